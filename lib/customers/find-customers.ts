import "server-only";

import { db } from "@/lib/db/client";
import type { Division, Prisma } from "@/lib/generated/prisma/client";
import { customerSearchLimit, normalizeCode, type CustomerSearch } from "@/lib/customers/customer-search";
import { findAddressIdsByText, findPersonIdsByName } from "@/lib/customers/find-person-ids";

export type CustomerSupply = { id: string; supplyCode: string; address: string };
export type CustomerDwelling = { id: string; code: string; contractCode: string; address: string };

/** A person the operator may open a ticket for, with the records of the operator's divisions only. */
export type CustomerMatch = {
  personId: string;
  name: string;
  fiscalCode: string;
  supplies: CustomerSupply[];
  dwellings: CustomerDwelling[];
};

const addressSelect = { street: true, houseNumber: true, postalCode: true, city: true } satisfies Prisma.AddressSelect;

function addressLine(address: { street: string; houseNumber: string; postalCode: string; city: string }): string {
  return `${address.street} ${address.houseNumber}, ${address.postalCode} ${address.city}`;
}

/**
 * Builds the filter of one lookup. The codice fiscale, the supply code and the contract code
 * match exactly on their unique columns. A name or an address matches any part of it without
 * regard to case or accents, through the trigram indexes behind `find-person-ids.ts`.
 */
async function personWhere(search: CustomerSearch): Promise<Prisma.PersonWhereInput> {
  if (search.by === "fiscalCode") return { fiscalCode: normalizeCode(search.q) };
  if (search.by === "supplyCode") return { heldSupplies: { some: { supplyCode: normalizeCode(search.q) } } };
  if (search.by === "contractCode") return { tenancies: { some: { contractCode: normalizeCode(search.q) } } };

  if (search.by === "name") return { id: { in: await findPersonIdsByName(search.q) } };

  const addressId = { in: await findAddressIdsByText(search.q) };
  return {
    OR: [{ addressId }, { heldSupplies: { some: { addressId } } }, { tenancies: { some: { dwelling: { building: { addressId } } } } }],
  };
}

/**
 * Looks up the people an operator may open a ticket for, at most 20. Supplies come back only
 * for a water-service (SII) operator and dwellings only for a housing (Casa) one, so neither
 * can pick a record of the other division.
 */
export async function findCustomers(divisions: readonly Division[], search: CustomerSearch): Promise<CustomerMatch[]> {
  return loadMatches(divisions, await personWhere(search));
}

/** Loads the person the operator picked from the results, with the same division rule; null when there is none. */
export async function findCustomer(divisions: readonly Division[], personId: string): Promise<CustomerMatch | null> {
  const [match] = await loadMatches(divisions, { id: personId });
  return match ?? null;
}

async function loadMatches(divisions: readonly Division[], where: Prisma.PersonWhereInput): Promise<CustomerMatch[]> {
  const withSupplies = divisions.includes("sii");
  const withDwellings = divisions.includes("casa");

  const people = await db().person.findMany({
    where,
    orderBy: [{ familyName: "asc" }, { givenName: "asc" }, { legalName: "asc" }],
    take: customerSearchLimit,
    select: {
      id: true,
      fiscalCode: true,
      givenName: true,
      familyName: true,
      legalName: true,
      // `take: 0` keeps the other division's records out while the result keeps one type.
      heldSupplies: {
        where: { state: { not: "terminated" } },
        orderBy: { supplyCode: "asc" },
        take: withSupplies ? undefined : 0,
        select: { id: true, supplyCode: true, address: { select: addressSelect } },
      },
      tenancies: {
        where: { state: { not: "ended" } },
        orderBy: { contractCode: "asc" },
        take: withDwellings ? undefined : 0,
        select: { contractCode: true, dwelling: { select: { id: true, code: true, building: { select: { address: { select: addressSelect } } } } } },
      },
    },
  });

  return people.map((person) => ({
    personId: person.id,
    name: person.legalName ?? [person.familyName, person.givenName].filter(Boolean).join(" "),
    fiscalCode: person.fiscalCode,
    supplies: person.heldSupplies.map((supply) => ({ id: supply.id, supplyCode: supply.supplyCode, address: addressLine(supply.address) })),
    dwellings: person.tenancies.map((tenancy) => ({
      id: tenancy.dwelling.id,
      code: tenancy.dwelling.code,
      contractCode: tenancy.contractCode,
      address: addressLine(tenancy.dwelling.building.address),
    })),
  }));
}
