import { randomInt, randomUUID } from "node:crypto";

import { db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/client";
import { computeCodiceFiscale } from "@/lib/identifiers/codice-fiscale";

/** Rows one bonus test file creates, removed again by `removeBonusFixtures`. */
export type BonusFixtures = {
  userIds: string[];
  personIds: string[];
  addressIds: string[];
  supplyIds: string[];
  cafOfficeIds: string[];
  configurationIds: string[];
  tariffIds: string[];
};

export function newBonusFixtures(): BonusFixtures {
  return { userIds: [], personIds: [], addressIds: [], supplyIds: [], cafOfficeIds: [], configurationIds: [], tariffIds: [] };
}

export async function removeBonusFixtures(fixtures: BonusFixtures): Promise<void> {
  const prisma = db();
  const applications = { OR: [{ supplyId: { in: fixtures.supplyIds } }, { cafOfficeId: { in: fixtures.cafOfficeIds } }, { batch: { importedById: { in: fixtures.userIds } } }] };
  const ids = (await prisma.waterBonusApplication.findMany({ where: applications, select: { id: true } })).map((row) => row.id);

  await prisma.auditLog.deleteMany({ where: { entityId: { in: ids } } });
  await prisma.auditLog.deleteMany({ where: { entity: "Supply", entityId: { in: fixtures.supplyIds } } });
  await prisma.billLine.deleteMany({ where: { bonusApplicationId: { in: ids } } });
  await prisma.inspection.deleteMany({ where: { bonusApplicationId: { in: ids } } });
  await prisma.waterBonusApplication.deleteMany({ where: { id: { in: ids } } });
  await prisma.waterBonusBatch.deleteMany({ where: { importedById: { in: fixtures.userIds } } });
  await prisma.bill.deleteMany({ where: { supplyId: { in: fixtures.supplyIds } } });
  await prisma.supply.deleteMany({ where: { id: { in: fixtures.supplyIds } } });
  await prisma.storedFile.deleteMany({ where: { uploadedById: { in: fixtures.userIds } } });
  await prisma.user.deleteMany({ where: { id: { in: fixtures.userIds } } });
  await prisma.cafOffice.deleteMany({ where: { id: { in: fixtures.cafOfficeIds } } });
  await prisma.person.deleteMany({ where: { id: { in: fixtures.personIds } } });
  await prisma.address.deleteMany({ where: { id: { in: fixtures.addressIds } } });
  await prisma.bonusConfiguration.deleteMany({ where: { id: { in: fixtures.configurationIds } } });
  await prisma.tariff.deleteMany({ where: { id: { in: fixtures.tariffIds } } });
}

const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));

/** Adds the three dated rows of bonus rules and a domestic resident tariff valued at 0.80 €/m³, unless present. */
export async function ensureBonusConfiguration(fixtures: BonusFixtures): Promise<void> {
  const common = {
    largeFamilyIseeThresholdCents: 2_000_000,
    largeFamilyMinChildren: 4,
    cubicMetresPerMemberPerYear: 18.25,
    benefitMonths: 12,
    indirectPaymentDays: 60,
    supplementaryCentsPerMemberPerYear: 1500,
    source: "test",
  };
  const rows = [
    { effectiveFrom: utc(2018, 1, 1), effectiveTo: utc(2022, 12, 31), iseeThresholdCents: 826_500 },
    { effectiveFrom: utc(2023, 1, 1), effectiveTo: utc(2025, 12, 31), iseeThresholdCents: 953_000 },
    { effectiveFrom: utc(2026, 1, 1), effectiveTo: null, iseeThresholdCents: 979_600 },
  ];
  for (const row of rows) {
    const existing = await db().bonusConfiguration.findUnique({ where: { effectiveFrom: row.effectiveFrom }, select: { id: true } });
    if (existing) continue;
    const created = await db().bonusConfiguration.create({ data: { ...common, ...row }, select: { id: true } });
    fixtures.configurationIds.push(created.id);
  }

  const tariff = await db().tariff.findFirst({ where: { useType: "domesticResident" }, select: { id: true } });
  if (tariff) return;
  const created = await db().tariff.create({
    data: {
      code: `TEST-DOM-${randomInt(1000, 9999)}`,
      name: "Test domestic resident",
      useType: "domesticResident",
      effectiveFrom: utc(2018, 1, 1),
      source: "test",
      vatRate: 0.1,
      rates: {
        create: [
          { service: "waterSupply", kind: "volume", band: "subsidised", pricePerCubicMetre: 0.25, bandPerPerson: true, bandUpToCubicMetres: 33, position: 1 },
          { service: "waterSupply", kind: "volume", band: "base", pricePerCubicMetre: 0.6, position: 2 },
          { service: "sewerage", kind: "volume", pricePerCubicMetre: 0.15, position: 3 },
          { service: "treatment", kind: "volume", pricePerCubicMetre: 0.4, position: 4 },
        ],
      },
    },
    select: { id: true },
  });
  fixtures.tariffIds.push(created.id);
}

export type TestPerson = { id: string; fiscalCode: string; familyName: string; givenName: string };

/** Creates a person with a valid codice fiscale built from a random name and birth date. */
export async function createPerson(fixtures: BonusFixtures, familyName: string, birthYear = 1975): Promise<TestPerson> {
  const givenName = ["Anna", "Paolo", "Giulia", "Marco", "Elena", "Luca"][randomInt(0, 6)]!;
  const fiscalCode = computeCodiceFiscale({ surname: familyName, name: givenName, birthDate: utc(birthYear, randomInt(1, 13), randomInt(1, 29)), sex: "F", placeCode: "F205" });
  const person = await db().person.create({ data: { kind: "natural", fiscalCode, givenName, familyName }, select: { id: true } });
  fixtures.personIds.push(person.id);
  return { id: person.id, fiscalCode, familyName, givenName };
}

/** Creates an active supply of the use type at an address. */
export async function createSupply(
  fixtures: BonusFixtures,
  holderId: string,
  address: { street: string; houseNumber: string; postalCode: string },
  useType: "domesticResident" | "domesticNonResident" | "condominium" = "domesticResident",
): Promise<{ id: string; supplyCode: string }> {
  const row = await db().address.create({ data: address, select: { id: true } });
  fixtures.addressIds.push(row.id);

  const supply = await db().supply.create({
    data: { supplyCode: String(randomInt(1_000_000_000, 9_999_999_999)), holderId, addressId: row.id, useType, state: "active", contractStartOn: utc(2015, 1, 1) },
    select: { id: true, supplyCode: true },
  });
  fixtures.supplyIds.push(supply.id);
  return supply;
}

/** Creates a staff or CAF account. */
export async function createUser(fixtures: BonusFixtures, roles: Role[], cafOfficeId?: string): Promise<{ id: string; displayName: string; roles: Role[] }> {
  const user = await db().user.create({
    data: { email: `bonus-test-${randomUUID()}@esempio.it`, passwordHash: "not-used", displayName: "Operatore di prova", roles, cafOfficeId },
    select: { id: true, displayName: true, roles: true },
  });
  fixtures.userIds.push(user.id);
  return user;
}

export async function createCafOffice(fixtures: BonusFixtures): Promise<{ id: string; code: string }> {
  const office = await db().cafOffice.create({ data: { code: `CAF-TEST-${randomInt(100_000, 999_999)}`, name: "CAF di prova", fiscalCode: "01234567890" }, select: { id: true, code: true } });
  fixtures.cafOfficeIds.push(office.id);
  return office;
}
