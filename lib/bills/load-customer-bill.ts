import "server-only";

import { z } from "zod";

import { customerBillScope } from "@/lib/bills/customer-bill-scope";
import type { BillDetail, BillReadingView } from "@/lib/bills/bill-view";
import { db } from "@/lib/db/client";
import { formatAddressLine } from "@/lib/requests/find-request-form-data";

type PersonName = { givenName: string | null; familyName: string | null; legalName: string | null };

function displayNameOf(person: PersonName): string {
  return person.legalName ?? [person.givenName, person.familyName].filter(Boolean).join(" ");
}

function readingView(reading: BillReadingView | null): BillReadingView | null {
  return reading ? { readAt: reading.readAt, cubicMetres: reading.cubicMetres, source: reading.source } : null;
}

/**
 * Loads one bill with its lines, readings and payments when it belongs to a supply in the
 * customer's scope. Returns null for a malformed id, a missing bill or another customer's bill,
 * so the page and the PDF route respond with 404 to all of them alike.
 */
export async function loadCustomerBill(personId: string | null, billId: string, today: Date = new Date()): Promise<BillDetail | null> {
  if (!z.uuid().safeParse(billId).success) return null;

  const bill = await db().bill.findFirst({
    where: { AND: [{ id: billId }, customerBillScope(personId, today)] },
    select: {
      id: true,
      number: true,
      periodStart: true,
      periodEnd: true,
      issuedOn: true,
      dueOn: true,
      consumptionCubicMetres: true,
      estimated: true,
      totalCents: true,
      state: true,
      paymentState: true,
      paidOn: true,
      pagoPaNoticeCode: true,
      supply: {
        select: {
          id: true,
          supplyCode: true,
          paymentMethod: true,
          address: { select: { street: true, houseNumber: true, extra: true, postalCode: true, city: true, province: true } },
          holder: { select: { givenName: true, familyName: true, legalName: true } },
        },
      },
      tariff: { select: { name: true, vatRate: true } },
      fromReading: { select: { readAt: true, cubicMetres: true, source: true } },
      toReading: { select: { readAt: true, cubicMetres: true, source: true } },
      lines: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          position: true,
          kind: true,
          service: true,
          band: true,
          quantity: true,
          unitPrice: true,
          amountCents: true,
          description: true,
          periodStart: true,
          periodEnd: true,
          indemnity: { select: { serviceClock: { select: { ticket: { select: { protocol: true } } } } } },
        },
      },
      payments: { select: { amountCents: true } },
    },
  });
  if (!bill) return null;

  return {
    id: bill.id,
    number: bill.number,
    supply: {
      id: bill.supply.id,
      supplyCode: bill.supply.supplyCode,
      address: formatAddressLine(bill.supply.address),
      holderName: displayNameOf(bill.supply.holder),
      paymentMethod: bill.supply.paymentMethod,
    },
    periodStart: bill.periodStart,
    periodEnd: bill.periodEnd,
    issuedOn: bill.issuedOn,
    dueOn: bill.dueOn,
    consumptionCubicMetres: bill.consumptionCubicMetres,
    estimated: bill.estimated,
    fromReading: readingView(bill.fromReading),
    toReading: readingView(bill.toReading),
    tariffName: bill.tariff?.name ?? null,
    vatRate: bill.tariff ? bill.tariff.vatRate.toNumber() : null,
    lines: bill.lines.map(({ indemnity, quantity, unitPrice, ...line }) => ({
      ...line,
      quantity: quantity === null ? null : quantity.toNumber(),
      unitPrice: unitPrice === null ? null : unitPrice.toNumber(),
      indemnityTicketProtocol: indemnity?.serviceClock?.ticket?.protocol ?? null,
    })),
    totalCents: bill.totalCents,
    cancelled: bill.state === "cancelled",
    paymentState: bill.paymentState,
    paidOn: bill.paidOn,
    paidCents: bill.payments.reduce((sum, payment) => sum + payment.amountCents, 0),
    pagoPaNoticeCode: bill.pagoPaNoticeCode,
  };
}
