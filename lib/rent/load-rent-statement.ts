import "server-only";

import type { SessionUser } from "@/lib/auth/session-user";
import { romeDateOf } from "@/lib/charter/rome-time";
import { db } from "@/lib/db/client";
import type { PaymentMethod, PaymentState, RentChargeLineKind, RentArea, ServiceChargeKind } from "@/lib/generated/prisma/client";
import { buildPagoPaQrPayload, formatPagoPaNoticeCode } from "@/lib/identifiers/pagopa-notice";
import { isoDate } from "@/lib/rent/list-rent-statements";
import { tenantRentChargeScope } from "@/lib/rent/rent-charge-scope";
import { rentCreditorFiscalCode } from "@/lib/rent/rent-creditor";
import { monthBalanceOf, parseStatementMonth, statementMonthKey, totalsOfLines, type MonthBalance } from "@/lib/rent/statement-arithmetic";
import { findAccountPersonId } from "@/lib/tenancy/find-account-person";

/** The pagoPA payment notice of an unpaid month, as text and as the QR payload a payment app reads. */
export type PaymentNotice = {
  noticeCode: string;
  /** The code in groups of four digits, as printed. */
  noticeCodeFormatted: string;
  creditorFiscalCode: string;
  amountCents: number;
  qrPayload: string;
};

/** One month's statement: every line, the payments and, while unpaid, the payment notice. */
export type RentStatement = MonthBalance & {
  month: string;
  monthDate: Date;
  contractCode: string;
  rentArea: RentArea;
  dwellingCode: string;
  buildingAddress: string;
  holderName: string;
  issuedOn: Date;
  dueOn: Date;
  paymentState: PaymentState;
  lines: { position: number; kind: RentChargeLineKind; service: ServiceChargeKind | null; description: string; amountCents: number }[];
  rentCents: number;
  serviceChargesCents: number;
  adjustmentsCents: number;
  /** False when the lines do not add up to the charge's total: the page then warns instead of hiding it. */
  linesMatchTotal: boolean;
  payments: { paidAt: Date; amountCents: number; method: PaymentMethod; receiptReference: string | null }[];
  notice: PaymentNotice | null;
};

/**
 * Loads the tenant's statement of `month` (`YYYY-MM`). Returns null for a malformed month, a
 * month without a charge, and another tenant's charge alike, so the page answers 404 to each.
 */
export async function loadRentStatement(user: Pick<SessionUser, "id">, month: string, now: Date = new Date()): Promise<RentStatement | null> {
  const monthDate = parseStatementMonth(month);
  if (!monthDate) return null;

  const personId = await findAccountPersonId(user.id);
  if (!personId) return null;

  const charge = await db().rentCharge.findFirst({
    where: { AND: [tenantRentChargeScope(personId), { month: monthDate }] },
    select: {
      month: true,
      totalCents: true,
      issuedOn: true,
      dueOn: true,
      paymentState: true,
      pagoPaNoticeCode: true,
      lines: { orderBy: { position: "asc" }, select: { position: true, kind: true, service: true, description: true, amountCents: true } },
      payments: { orderBy: { paidAt: "asc" }, select: { paidAt: true, amountCents: true, method: true, receiptReference: true } },
      tenancy: {
        select: {
          contractCode: true,
          rentArea: true,
          holder: { select: { givenName: true, familyName: true } },
          dwelling: { select: { code: true, building: { select: { address: { select: { street: true, houseNumber: true, postalCode: true, city: true } } } } } },
        },
      },
    },
  });
  if (!charge) return null;

  const paidCents = charge.payments.reduce((sum, payment) => sum + payment.amountCents, 0);
  const balance = monthBalanceOf({ totalCents: charge.totalCents, paidCents, dueOn: isoDate(charge.dueOn) }, romeDateOf(now));
  const totals = totalsOfLines(charge.lines, charge.totalCents);
  const { tenancy } = charge;
  const address = tenancy.dwelling.building.address;

  return {
    ...balance,
    month: statementMonthKey(charge.month),
    monthDate: charge.month,
    contractCode: tenancy.contractCode,
    rentArea: tenancy.rentArea,
    dwellingCode: tenancy.dwelling.code,
    buildingAddress: `${address.street} ${address.houseNumber}, ${address.postalCode} ${address.city}`,
    holderName: [tenancy.holder.givenName, tenancy.holder.familyName].filter(Boolean).join(" "),
    issuedOn: charge.issuedOn,
    dueOn: charge.dueOn,
    paymentState: charge.paymentState,
    lines: charge.lines,
    rentCents: totals.rentCents,
    serviceChargesCents: totals.serviceChargesCents,
    adjustmentsCents: totals.adjustmentsCents,
    linesMatchTotal: totals.matchesTotal,
    payments: charge.payments,
    notice: charge.paymentState === "paid" ? null : noticeOf(charge.pagoPaNoticeCode, charge.totalCents),
  };
}

/**
 * The notice carries the charge's full amount, as issued: a pagoPA notice has a fixed amount, so
 * a partial payment does not change it.
 */
function noticeOf(noticeCode: string, amountCents: number): PaymentNotice {
  const creditorFiscalCode = rentCreditorFiscalCode();
  return {
    noticeCode,
    noticeCodeFormatted: formatPagoPaNoticeCode(noticeCode),
    creditorFiscalCode,
    amountCents,
    qrPayload: buildPagoPaQrPayload(noticeCode, creditorFiscalCode, amountCents),
  };
}
