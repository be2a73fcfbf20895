import "server-only";

import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db/client";
import { customerSupplyScope } from "@/lib/supplies/customer-supply-scope";

/** How many recent bills of each supply the forms offer. Older bills go through an operator. */
const billsPerSupply = 24;

export type RequestFormSupply = { id: string; supplyCode: string; address: string };

export type RequestFormBill = { id: string; supplyId: string; supplyCode: string; number: string; issuedOn: Date; totalCents: number };

/** Data the request forms show and prefill: the supplies and bills to choose from and the account's contact data. */
export type RequestFormData = {
  supplies: RequestFormSupply[];
  bills: RequestFormBill[];
  fullName: string;
  email: string;
  postalAddress: string;
};

type AddressParts = { street: string; houseNumber: string; extra: string | null; postalCode: string; city: string; province: string };

/** Writes an address on one line as Poste Italiane prints it: "Via Dante 12, scala B, 20121 Milano (MI)". */
export function formatAddressLine(address: AddressParts): string {
  const extra = address.extra ? `, ${address.extra}` : "";
  return `${address.street} ${address.houseNumber}${extra}, ${address.postalCode} ${address.city} (${address.province})`;
}

/** Loads the form data for the signed-in customer. An account with no person behind it gets empty lists. */
export async function findRequestFormData(user: Pick<SessionUser, "id">): Promise<RequestFormData> {
  const account = await db().user.findUniqueOrThrow({
    where: { id: user.id },
    select: {
      email: true,
      person: { select: { id: true, givenName: true, familyName: true, legalName: true, email: true, address: true } },
    },
  });

  const person = account.person;
  if (!person) return { supplies: [], bills: [], fullName: "", email: account.email, postalAddress: "" };

  const supplies = await db().supply.findMany({
    where: customerSupplyScope(person.id),
    orderBy: { supplyCode: "asc" },
    select: {
      id: true,
      supplyCode: true,
      address: true,
      bills: { orderBy: { issuedOn: "desc" }, take: billsPerSupply, select: { id: true, number: true, issuedOn: true, totalCents: true } },
    },
  });

  const fullName = person.legalName ?? [person.givenName, person.familyName].filter(Boolean).join(" ");

  return {
    supplies: supplies.map((supply) => ({ id: supply.id, supplyCode: supply.supplyCode, address: formatAddressLine(supply.address) })),
    bills: supplies.flatMap((supply) => supply.bills.map((bill) => ({ ...bill, supplyId: supply.id, supplyCode: supply.supplyCode }))),
    fullName,
    email: person.email ?? account.email,
    postalAddress: person.address ? formatAddressLine(person.address) : "",
  };
}
