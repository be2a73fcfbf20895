import { randomInt, randomUUID } from "node:crypto";

import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db/client";
import type { Role, TicketNature, TicketPriority } from "@/lib/generated/prisma/client";
import { buildPagoPaNoticeCode } from "@/lib/identifiers/pagopa-notice";
import { computeCodiceFiscale } from "@/lib/identifiers/codice-fiscale";

/** Rows one test file creates, removed again by `removeTenantFixtures`. */
export type TenantFixtures = { userIds: string[]; personIds: string[]; addressIds: string[]; buildingIds: string[]; householdIds: string[] };

export function newTenantFixtures(): TenantFixtures {
  return { userIds: [], personIds: [], addressIds: [], buildingIds: [], householdIds: [] };
}

export type TestTenant = SessionUser & { personId: string; tenancyId: string; dwellingId: string; buildingId: string; householdId: string };

const consonants = "BCDFGHLMNPRSTVZ";

function randomLetters(length: number): string {
  return Array.from({ length }, () => consonants[randomInt(0, consonants.length)]).join("");
}

/** Returns a valid codice fiscale, random enough that two fixtures do not share it. */
export function uniqueCodiceFiscale(): string {
  return computeCodiceFiscale({
    surname: randomLetters(6),
    name: randomLetters(6),
    birthDate: new Date(Date.UTC(randomInt(1940, 2005), randomInt(0, 12), randomInt(1, 29))),
    sex: randomInt(0, 2) === 0 ? "M" : "F",
    placeCode: `F${String(randomInt(100, 999))}`,
  });
}

export async function createPerson(fixtures: TenantFixtures, givenName: string, familyName: string): Promise<string> {
  const person = await db().person.create({
    data: { kind: "natural", fiscalCode: uniqueCodiceFiscale(), givenName, familyName, email: `${randomUUID()}@esempio.it` },
    select: { id: true },
  });
  fixtures.personIds.push(person.id);
  return person.id;
}

export async function createUser(fixtures: TenantFixtures, roles: Role[], personId: string | null = null): Promise<SessionUser> {
  const user = await db().user.create({
    data: { email: `tenant-area-${randomUUID()}@esempio.it`, passwordHash: "not-used", displayName: `Utente ${roles.join(" ")}`, roles, personId },
    select: { id: true, displayName: true, roles: true },
  });
  fixtures.userIds.push(user.id);
  return user;
}

/** Creates an ERP building with one staircase. */
export async function createBuilding(fixtures: TenantFixtures): Promise<{ id: string; staircaseId: string }> {
  const address = await db().address.create({ data: { street: "Via Giambellino", houseNumber: String(randomInt(1, 300)), postalCode: "20146" }, select: { id: true } });
  fixtures.addressIds.push(address.id);

  const building = await db().building.create({ data: { code: `TEST-${randomUUID().slice(0, 8)}`, addressId: address.id }, select: { id: true } });
  fixtures.buildingIds.push(building.id);
  const staircase = await db().staircase.create({ data: { buildingId: building.id, code: "A" }, select: { id: true } });

  return { id: building.id, staircaseId: staircase.id };
}

/** Creates a tenant account with an active tenancy of a new dwelling in `building` (a new building when omitted). */
export async function createTenant(fixtures: TenantFixtures, building?: { id: string; staircaseId: string }): Promise<TestTenant> {
  const where = building ?? (await createBuilding(fixtures));
  const personId = await createPerson(fixtures, "Paola", "Mancini");
  const user = await createUser(fixtures, ["tenant"], personId);

  const dwelling = await db().dwelling.create({
    data: { code: `TEST-${randomUUID().slice(0, 12)}`, buildingId: where.id, staircaseId: where.staircaseId, floor: 1, unit: String(randomInt(100, 999)), state: "occupied" },
    select: { id: true },
  });
  const household = await db().household.create({ data: { code: `NF-TEST-${randomUUID().slice(0, 8)}` }, select: { id: true } });
  fixtures.householdIds.push(household.id);
  await db().householdMember.create({ data: { householdId: household.id, personId, relationship: "holder", joinedOn: new Date("2020-01-01") } });

  const tenancy = await db().tenancy.create({
    data: { contractCode: `LOC-TEST-${randomUUID().slice(0, 8)}`, dwellingId: dwelling.id, householdId: household.id, holderId: personId, startsOn: new Date("2020-01-01"), rentArea: "protection", monthlyRentCents: 9_000 },
    select: { id: true },
  });

  return { ...user, personId, tenancyId: tenancy.id, dwellingId: dwelling.id, buildingId: where.id, householdId: household.id };
}

/** Creates the rent charge of `month` (`YYYY-MM`) with a rent line and one service line, paid in full when `paid`. */
export async function createRentCharge(tenancyId: string, month: string, { rentCents = 9_000, serviceCents = 2_500, paid = false, dueOn = `${month}-16` } = {}): Promise<string> {
  const noticeCode = buildPagoPaNoticeCode("01", String(randomInt(1_000_000, 9_999_999)) + String(randomInt(100_000, 999_999)));
  const totalCents = rentCents + serviceCents;

  const charge = await db().rentCharge.create({
    data: {
      tenancyId,
      month: new Date(`${month}-01T00:00:00Z`),
      rentCents,
      serviceChargesCents: serviceCents,
      totalCents,
      issuedOn: new Date(`${month}-01T00:00:00Z`),
      dueOn: new Date(`${dueOn}T00:00:00Z`),
      pagoPaNoticeCode: noticeCode,
      paymentState: paid ? "paid" : "unpaid",
      lines: {
        create: [
          { position: 1, kind: "rent", description: "Canone di locazione", amountCents: rentCents },
          { position: 2, kind: "serviceCharge", service: "cleaning", description: "Pulizia parti comuni", amountCents: serviceCents },
        ],
      },
    },
    select: { id: true },
  });
  if (paid) await db().payment.create({ data: { rentChargeId: charge.id, amountCents: totalCents, paidAt: new Date(`${month}-10T10:00:00Z`), method: "pagoPa", pagoPaNoticeCode: noticeCode } });

  return charge.id;
}

/** Assigns a new caretaker account to the buildings, from 2020 with no end. */
export async function createCaretaker(fixtures: TenantFixtures, buildingIds: string[]): Promise<SessionUser> {
  const caretaker = await createUser(fixtures, ["caretaker"]);
  for (const buildingId of buildingIds) {
    await db().caretakerAssignment.create({ data: { caretakerId: caretaker.id, buildingId, startsOn: new Date("2020-01-01"), residentOnSite: true } });
  }
  return caretaker;
}

/** Returns the id of the active Casa category `code`, creating it when the database lacks it. */
export async function ensureCasaCategory(code: string, nature: TicketNature, defaultPriority: TicketPriority = "normal"): Promise<string> {
  const existing = await db().ticketCategory.findFirst({ where: { division: "casa", code }, select: { id: true } });
  if (existing) return existing.id;

  const created = await db().ticketCategory.create({
    data: { division: "casa", code, nature, defaultPriority, labelIt: `Categoria ${code}`, labelEn: `Category ${code}`, labelAr: `فئة ${code}` },
    select: { id: true },
  });
  return created.id;
}

/** Removes every row the fixtures created, children first. */
export async function removeTenantFixtures(fixtures: TenantFixtures): Promise<void> {
  const prisma = db();
  const tenancies = { household: { id: { in: fixtures.householdIds } } };

  await prisma.ticket.deleteMany({ where: { OR: [{ reporterId: { in: fixtures.userIds } }, { buildingId: { in: fixtures.buildingIds } }] } });
  await prisma.practice.deleteMany({ where: { submittedById: { in: fixtures.userIds } } });
  await prisma.payment.deleteMany({ where: { rentCharge: { tenancy: tenancies } } });
  await prisma.rentCharge.deleteMany({ where: { tenancy: tenancies } });
  await prisma.tenancy.deleteMany({ where: tenancies });
  await prisma.householdMember.deleteMany({ where: { householdId: { in: fixtures.householdIds } } });
  await prisma.household.deleteMany({ where: { id: { in: fixtures.householdIds } } });
  await prisma.dwelling.deleteMany({ where: { buildingId: { in: fixtures.buildingIds } } });
  await prisma.caretakerAssignment.deleteMany({ where: { buildingId: { in: fixtures.buildingIds } } });
  await prisma.building.deleteMany({ where: { id: { in: fixtures.buildingIds } } });
  await prisma.outboundEmail.deleteMany({ where: { ticketId: null, createdAt: { gte: new Date(Date.now() - 3_600_000) }, subject: { startsWith: "MM Casa" } } });
  await prisma.user.deleteMany({ where: { id: { in: fixtures.userIds } } });
  await prisma.person.deleteMany({ where: { id: { in: fixtures.personIds } } });
  await prisma.address.deleteMany({ where: { id: { in: fixtures.addressIds } } });
}
