import { randomInt, randomUUID } from "node:crypto";

import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/client";

/** Rows one test file creates, removed again by `removeRequestFixtures`. */
export type RequestFixtures = {
  userIds: string[];
  personIds: string[];
  addressIds: string[];
  supplyIds: string[];
  categoryIds: string[];
  standardCodes: string[];
  calendarIds: string[];
};

export function newRequestFixtures(): RequestFixtures {
  return { userIds: [], personIds: [], addressIds: [], supplyIds: [], categoryIds: [], standardCodes: [], calendarIds: [] };
}

export async function removeRequestFixtures(fixtures: RequestFixtures): Promise<void> {
  const prisma = db();
  await prisma.ticket.deleteMany({ where: { supplyId: { in: fixtures.supplyIds } } });
  await prisma.ticket.deleteMany({ where: { reporterId: { in: fixtures.userIds } } });
  await prisma.ticketCategory.deleteMany({ where: { id: { in: fixtures.categoryIds } } });
  await prisma.serviceStandard.deleteMany({ where: { code: { in: fixtures.standardCodes } } });
  await prisma.businessCalendar.deleteMany({ where: { id: { in: fixtures.calendarIds } } });
  await prisma.bill.deleteMany({ where: { supplyId: { in: fixtures.supplyIds } } });
  await prisma.condoAdminMandate.deleteMany({ where: { supplyId: { in: fixtures.supplyIds } } });
  await prisma.supply.deleteMany({ where: { id: { in: fixtures.supplyIds } } });
  await prisma.user.deleteMany({ where: { id: { in: fixtures.userIds } } });
  await prisma.person.deleteMany({ where: { id: { in: fixtures.personIds } } });
  await prisma.address.deleteMany({ where: { id: { in: fixtures.addressIds } } });
  await prisma.protocolCounter.deleteMany({ where: { scope: { startsWith: "ticket:" } } });
}

export type TestCustomer = SessionUser & { personId: string };

/** Creates a customer account and the person it speaks for, with an e-mail and a postal address. */
export async function createCustomer(fixtures: RequestFixtures, roles: Role[] = ["holder"]): Promise<TestCustomer> {
  const address = await db().address.create({ data: { street: "Via Padova", houseNumber: String(randomInt(1, 300)), postalCode: "20127" }, select: { id: true } });
  fixtures.addressIds.push(address.id);

  // Unique but not a valid codice fiscale: the request domain does not check it.
  const person = await db().person.create({
    data: {
      kind: "natural",
      fiscalCode: `REQ${randomUUID().replaceAll("-", "").slice(0, 13).toUpperCase()}`,
      givenName: "Lucia",
      familyName: "Ferrari",
      email: `lucia-${randomUUID()}@esempio.it`,
      addressId: address.id,
    },
    select: { id: true },
  });
  fixtures.personIds.push(person.id);

  const user = await db().user.create({
    data: { email: `request-test-${randomUUID()}@esempio.it`, passwordHash: "not-used", displayName: "Lucia Ferrari", roles, personId: person.id },
    select: { id: true, displayName: true, roles: true },
  });
  fixtures.userIds.push(user.id);

  return { ...user, personId: person.id };
}

/** Creates an active domestic supply held by `holderId`. */
export async function createSupply(fixtures: RequestFixtures, holderId: string): Promise<{ id: string; supplyCode: string }> {
  const address = await db().address.create({ data: { street: "Corso Buenos Aires", houseNumber: String(randomInt(1, 200)), postalCode: "20124" }, select: { id: true } });
  fixtures.addressIds.push(address.id);

  const supply = await db().supply.create({
    data: {
      supplyCode: `R${randomInt(100_000_000, 999_999_999)}`,
      holderId,
      addressId: address.id,
      useType: "domesticResident",
      state: "active",
      contractStartOn: new Date("2020-01-01"),
    },
    select: { id: true, supplyCode: true },
  });
  fixtures.supplyIds.push(supply.id);

  return supply;
}

/** Creates an issued bill of the supply. */
export async function createBill(supplyId: string): Promise<{ id: string; number: string }> {
  return db().bill.create({
    data: {
      number: `2026/${randomInt(1_000_000, 9_999_999)}`,
      supplyId,
      periodStart: new Date("2025-10-01"),
      periodEnd: new Date("2025-12-31"),
      issuedOn: new Date("2026-01-20"),
      dueOn: new Date("2026-02-20"),
      consumptionCubicMetres: 42,
      totalCents: 5_480,
    },
    select: { id: true, number: true },
  });
}

/**
 * Makes sure the SII categories the request kinds open exist, each bound to a test standard of
 * `workingDays` working days on a calendar without holidays. Categories already present are reused.
 */
export async function ensureRequestCategories(fixtures: RequestFixtures, workingDays: Record<string, number>): Promise<void> {
  const calendar = await db().businessCalendar.create({ data: { code: `test-${randomUUID()}`, name: "Calendario di prova senza festività" }, select: { id: true } });
  fixtures.calendarIds.push(calendar.id);

  for (const [code, limitValue] of Object.entries(workingDays)) {
    const existing = await db().ticketCategory.findFirst({ where: { division: "sii", code }, select: { id: true } });
    if (existing) continue;

    const standardCode = `test-${code}-${randomUUID()}`;
    await db().serviceStandard.create({
      data: {
        code: standardCode,
        division: "sii",
        kind: "specific",
        name: `Standard di prova ${code}`,
        limitValue,
        unit: "workingDays",
        startEvent: "requestReceived",
        stopEvent: "replySent",
        source: "Prova",
        effectiveFrom: new Date("2020-01-01"),
        calendarId: calendar.id,
      },
    });
    fixtures.standardCodes.push(standardCode);

    const category = await db().ticketCategory.create({
      data: { division: "sii", code, nature: "administrative", labelIt: `Categoria ${code}`, labelEn: `Category ${code}`, labelAr: "فئة", serviceStandardCode: standardCode },
      select: { id: true },
    });
    fixtures.categoryIds.push(category.id);
  }
}
