import "server-only";

import { db } from "@/lib/db/client";
import type { BillDelivery, PaymentMethod, PersonKind, SupplyState, SupplyUseType } from "@/lib/generated/prisma/client";
import { formatAddressLine } from "@/lib/requests/find-request-form-data";
import { customerSupplyScope } from "@/lib/supplies/customer-supply-scope";
import { personNameOf } from "@/lib/tickets/queue/list-ticket-queue";

export type SupplyMeter = { serialNumber: string; calibreMm: number; digits: number; installedOn: Date };

/** Everything the supply page shows, as plain values. */
export type CustomerSupply = {
  id: string;
  supplyCode: string;
  address: string;
  useType: SupplyUseType;
  housingUnits: number;
  state: SupplyState;
  contractStartOn: Date;
  contractEndOn: Date | null;
  paymentMethod: PaymentMethod;
  /** Last four characters of the debited IBAN, so the page confirms the account without showing it whole. */
  directDebitIbanEnd: string | null;
  billDelivery: BillDelivery;
  billingEmail: string | null;
  holder: { name: string | null; kind: PersonKind; fiscalCode: string; email: string | null };
  /** The meter installed now, null between a removal and the next installation. */
  meter: SupplyMeter | null;
  relation: "held" | "managed";
};

/**
 * Loads a supply the person holds or manages under a mandate in force, or null for any other
 * supply, which the page turns into a 404 as if it did not exist.
 */
export async function loadCustomerSupply(personId: string | null, supplyId: string): Promise<CustomerSupply | null> {
  if (!personId) return null;

  const record = await db().supply.findFirst({
    where: { AND: [{ id: supplyId }, customerSupplyScope(personId)] },
    select: {
      id: true,
      supplyCode: true,
      useType: true,
      housingUnits: true,
      state: true,
      contractStartOn: true,
      contractEndOn: true,
      paymentMethod: true,
      directDebitIban: true,
      billDelivery: true,
      billingEmail: true,
      holderId: true,
      address: { select: { street: true, houseNumber: true, extra: true, postalCode: true, city: true, province: true } },
      holder: { select: { kind: true, fiscalCode: true, givenName: true, familyName: true, legalName: true, email: true } },
      meters: {
        where: { removedOn: null },
        orderBy: { installedOn: "desc" },
        take: 1,
        select: { serialNumber: true, calibreMm: true, digits: true, installedOn: true },
      },
    },
  });
  if (!record) return null;

  return {
    id: record.id,
    supplyCode: record.supplyCode,
    address: formatAddressLine(record.address),
    useType: record.useType,
    housingUnits: record.housingUnits,
    state: record.state,
    contractStartOn: record.contractStartOn,
    contractEndOn: record.contractEndOn,
    paymentMethod: record.paymentMethod,
    directDebitIbanEnd: record.directDebitIban ? record.directDebitIban.slice(-4) : null,
    billDelivery: record.billDelivery,
    billingEmail: record.billingEmail,
    holder: { name: personNameOf(record.holder), kind: record.holder.kind, fiscalCode: record.holder.fiscalCode, email: record.holder.email },
    meter: record.meters[0] ?? null,
    relation: record.holderId === personId ? "held" : "managed",
  };
}
