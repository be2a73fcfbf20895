import { randomInt, randomUUID } from "node:crypto";

import { db } from "@/lib/db/client";

import type { Fixtures } from "../tickets/ticket-fixtures";

/** Housing rows a customer fixture adds beyond the ticket fixtures, removed by `removeHousing`. */
export type HousingFixtures = { tenancyIds: string[]; householdIds: string[]; dwellingIds: string[]; buildingIds: string[] };

export function newHousingFixtures(): HousingFixtures {
  return { tenancyIds: [], householdIds: [], dwellingIds: [], buildingIds: [] };
}

export async function removeHousing(housing: HousingFixtures): Promise<void> {
  const prisma = db();
  await prisma.ticket.deleteMany({ where: { dwellingId: { in: housing.dwellingIds } } });
  await prisma.tenancy.deleteMany({ where: { id: { in: housing.tenancyIds } } });
  await prisma.household.deleteMany({ where: { id: { in: housing.householdIds } } });
  await prisma.dwelling.deleteMany({ where: { id: { in: housing.dwellingIds } } });
  await prisma.building.deleteMany({ where: { id: { in: housing.buildingIds } } });
}

/** Random lower-case letters, so names and streets built from them survive title-casing unchanged. */
function letters(count: number): string {
  return Array.from({ length: count }, () => String.fromCharCode(97 + randomInt(26))).join("");
}

export type SeededCustomer = {
  personId: string;
  fiscalCode: string;
  familyName: string;
  givenName: string;
  street: string;
  houseNumber: string;
  supply: { id: string; supplyCode: string };
  dwelling: { id: string; code: string; contractCode: string };
};

/**
 * Creates a person who has a water supply at one address and rents an ERP dwelling in a
 * building at another, with names and streets unique to this run.
 */
export async function seedCustomer(fixtures: Fixtures, housing: HousingFixtures): Promise<SeededCustomer> {
  const prisma = db();
  const token = letters(8);
  const familyName = `Verdi${token}`;
  const givenName = "Anna";
  const streetName = `${token.charAt(0).toUpperCase()}${token.slice(1)}`;
  const street = `Via ${streetName}`;
  const houseNumber = String(randomInt(1, 200));
  const fiscalCode = `TST${randomUUID().replaceAll("-", "").slice(0, 13).toUpperCase()}`;

  const home = await prisma.address.create({ data: { street, houseNumber, postalCode: "20121" }, select: { id: true } });
  const buildingAddress = await prisma.address.create({ data: { street: `Viale ${streetName}`, houseNumber: "1", postalCode: "20135" }, select: { id: true } });
  fixtures.addressIds.push(home.id, buildingAddress.id);

  const person = await prisma.person.create({ data: { kind: "natural", fiscalCode, givenName, familyName, addressId: home.id }, select: { id: true } });
  fixtures.personIds.push(person.id);

  const supply = await prisma.supply.create({
    data: { supplyCode: `T${randomInt(100_000_000, 999_999_999)}`, holderId: person.id, addressId: home.id, useType: "domesticResident", state: "active", contractStartOn: new Date("2020-01-01") },
    select: { id: true, supplyCode: true },
  });
  fixtures.supplyIds.push(supply.id);

  const building = await prisma.building.create({ data: { code: `B-${randomUUID()}`, addressId: buildingAddress.id }, select: { id: true } });
  const dwelling = await prisma.dwelling.create({ data: { code: `D-${randomUUID()}`.toUpperCase(), buildingId: building.id, floor: 2, unit: "7", state: "occupied" }, select: { id: true, code: true } });
  const household = await prisma.household.create({ data: { code: `H-${randomUUID()}` }, select: { id: true } });
  const tenancy = await prisma.tenancy.create({
    data: { contractCode: `C-${randomUUID()}`.toUpperCase(), dwellingId: dwelling.id, householdId: household.id, holderId: person.id, startsOn: new Date("2019-03-01"), rentArea: "protection", monthlyRentCents: 18_000 },
    select: { id: true, contractCode: true },
  });
  housing.buildingIds.push(building.id);
  housing.dwellingIds.push(dwelling.id);
  housing.householdIds.push(household.id);
  housing.tenancyIds.push(tenancy.id);

  return { personId: person.id, fiscalCode, familyName, givenName, street, houseNumber, supply, dwelling: { ...dwelling, contractCode: tenancy.contractCode } };
}
