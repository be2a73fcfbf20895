import { randomInt, randomUUID } from "node:crypto";

import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db/client";
import type { PersonKind, Role, SupplyUseType } from "@/lib/generated/prisma/client";
import { computeNumericCheckDigit } from "@/lib/identifiers/numeric-fiscal-code";

/** Rows one test file creates, removed again by `removeSupplyFixtures`. */
export type SupplyFixtures = { userIds: string[]; personIds: string[]; addressIds: string[]; supplyIds: string[] };

export function newSupplyFixtures(): SupplyFixtures {
  return { userIds: [], personIds: [], addressIds: [], supplyIds: [] };
}

export async function removeSupplyFixtures(fixtures: SupplyFixtures): Promise<void> {
  const prisma = db();
  const mandates = await prisma.condoAdminMandate.findMany({ where: { supplyId: { in: fixtures.supplyIds } }, select: { id: true } });
  await prisma.auditLog.deleteMany({ where: { entityId: { in: mandates.map((mandate) => mandate.id) } } });
  const readings = await prisma.meterReading.findMany({ where: { supplyId: { in: fixtures.supplyIds } }, select: { id: true } });
  await prisma.auditLog.deleteMany({ where: { entityId: { in: readings.map((reading) => reading.id) } } });

  await prisma.condoAdminMandate.deleteMany({ where: { supplyId: { in: fixtures.supplyIds } } });
  await prisma.meterReading.deleteMany({ where: { supplyId: { in: fixtures.supplyIds } } });
  await prisma.meter.deleteMany({ where: { supplyId: { in: fixtures.supplyIds } } });
  await prisma.supply.deleteMany({ where: { id: { in: fixtures.supplyIds } } });
  await prisma.storedFile.deleteMany({ where: { uploadedById: { in: fixtures.userIds } } });
  await prisma.user.deleteMany({ where: { id: { in: fixtures.userIds } } });
  await prisma.person.deleteMany({ where: { id: { in: fixtures.personIds } } });
  await prisma.address.deleteMany({ where: { id: { in: fixtures.addressIds } } });
}

export type TestAccount = SessionUser & { personId: string };

/** Returns a random 11-digit codice fiscale with a valid check digit. */
export function randomNumericFiscalCode(): string {
  const first10 = String(randomInt(1_000_000_000, 9_999_999_999));
  return first10 + computeNumericCheckDigit(first10);
}

async function createAddress(fixtures: SupplyFixtures): Promise<string> {
  const address = await db().address.create({ data: { street: "Via Padova", houseNumber: String(randomInt(1, 300)), postalCode: "20127" }, select: { id: true } });
  fixtures.addressIds.push(address.id);
  return address.id;
}

/** Creates a person of `kind`; an account with `roles` speaks for it when roles are given. */
export async function createPerson(fixtures: SupplyFixtures, kind: PersonKind = "natural"): Promise<{ id: string; fiscalCode: string }> {
  // Natural persons get a unique code that is not a valid codice fiscale: no domain here checks it.
  const fiscalCode = kind === "natural" ? `SUP${randomUUID().replaceAll("-", "").slice(0, 13).toUpperCase()}` : randomNumericFiscalCode();
  const person = await db().person.create({
    data: kind === "natural" ? { kind, fiscalCode, givenName: "Giulia", familyName: "Conti" } : { kind, fiscalCode, legalName: `Condominio di prova ${fiscalCode}` },
    select: { id: true, fiscalCode: true },
  });
  fixtures.personIds.push(person.id);
  return person;
}

/** Creates an account with `roles` that speaks for a new natural person. */
export async function createAccount(fixtures: SupplyFixtures, roles: Role[]): Promise<TestAccount> {
  const person = await createPerson(fixtures);
  const user = await db().user.create({
    data: { email: `supply-test-${randomUUID()}@esempio.it`, passwordHash: "not-used", displayName: "Giulia Conti", roles, personId: person.id },
    select: { id: true, displayName: true, roles: true },
  });
  fixtures.userIds.push(user.id);
  return { ...user, personId: person.id };
}

/** Creates a staff account without a person. */
export async function createStaff(fixtures: SupplyFixtures, roles: Role[]): Promise<SessionUser> {
  const user = await db().user.create({
    data: { email: `supply-staff-${randomUUID()}@esempio.it`, passwordHash: "not-used", displayName: "Operatore di prova", roles },
    select: { id: true, displayName: true, roles: true },
  });
  fixtures.userIds.push(user.id);
  return user;
}

export type TestSupply = { id: string; supplyCode: string; meterId: string };

/** Creates an active supply held by `holderId`, with a five-digit meter installed in 2024. */
export async function createSupplyWithMeter(fixtures: SupplyFixtures, holderId: string, useType: SupplyUseType = "domesticResident"): Promise<TestSupply> {
  const addressId = await createAddress(fixtures);
  const supply = await db().supply.create({
    data: {
      supplyCode: String(randomInt(1_000_000_000, 9_999_999_999)),
      holderId,
      addressId,
      useType,
      housingUnits: useType === "condominium" ? 12 : 1,
      state: "active",
      contractStartOn: new Date("2020-01-01"),
    },
    select: { id: true, supplyCode: true },
  });
  fixtures.supplyIds.push(supply.id);

  const meter = await db().meter.create({
    data: { serialNumber: `T${randomUUID().slice(0, 12)}`, supplyId: supply.id, calibreMm: 15, digits: 5, installedOn: new Date("2024-01-10") },
    select: { id: true },
  });
  return { ...supply, meterId: meter.id };
}

/** Adds an accepted reading of the meter at `readAt`. */
export async function addReading(supply: TestSupply, readAt: string, cubicMetres: number, source: "actual" | "self" | "estimated" = "actual"): Promise<string> {
  const reading = await db().meterReading.create({
    data: { meterId: supply.meterId, supplyId: supply.id, readAt: new Date(readAt), cubicMetres, source, channel: source === "actual" ? "meterReader" : "web" },
    select: { id: true },
  });
  return reading.id;
}

/** A 1×1 PNG, enough for the upload checks that read the file's signature. */
export const tinyPng = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");

/** A minimal PDF header and trailer, recognised as PDF by its signature. */
export const tinyPdf = Buffer.from("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n", "latin1");
