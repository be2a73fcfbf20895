import { randomInt, randomUUID } from "node:crypto";

import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db/client";
import type { Division, Role, TicketState } from "@/lib/generated/prisma/client";
import { createTicket } from "@/lib/tickets/create-ticket";

/**
 * Rows one test file creates, removed again by `removeFixtures` so the next file finds the
 * empty database it expects.
 */
export type Fixtures = {
  userIds: string[];
  personIds: string[];
  addressIds: string[];
  supplyIds: string[];
  categoryIds: string[];
};

export function newFixtures(): Fixtures {
  return { userIds: [], personIds: [], addressIds: [], supplyIds: [], categoryIds: [] };
}

export async function removeFixtures(fixtures: Fixtures): Promise<void> {
  const prisma = db();
  await prisma.ticket.deleteMany({ where: { categoryId: { in: fixtures.categoryIds } } });
  await prisma.ticketCategory.deleteMany({ where: { id: { in: fixtures.categoryIds } } });
  await prisma.supply.deleteMany({ where: { id: { in: fixtures.supplyIds } } });
  await prisma.user.deleteMany({ where: { id: { in: fixtures.userIds } } });
  await prisma.person.deleteMany({ where: { id: { in: fixtures.personIds } } });
  await prisma.address.deleteMany({ where: { id: { in: fixtures.addressIds } } });
  await prisma.protocolCounter.deleteMany({ where: { scope: { startsWith: "ticket:" } } });
}

/** Creates an account with the roles given, and for customers the person it speaks for. */
export async function createUser(fixtures: Fixtures, roles: Role[], withPerson = false): Promise<SessionUser & { personId: string | null }> {
  let personId: string | null = null;

  if (withPerson) {
    // Unique but not a valid codice fiscale: nothing in the ticket domain checks it.
    const person = await db().person.create({
      data: { kind: "natural", fiscalCode: `TST${randomUUID().replaceAll("-", "").slice(0, 13).toUpperCase()}`, givenName: "Giulia", familyName: "Bianchi" },
      select: { id: true },
    });
    personId = person.id;
    fixtures.personIds.push(person.id);
  }

  const user = await db().user.create({
    data: { email: `ticket-test-${randomUUID()}@esempio.it`, passwordHash: "not-used", displayName: `Test ${roles.join("+")}`, roles, personId },
    select: { id: true, displayName: true, roles: true },
  });
  fixtures.userIds.push(user.id);

  return { ...user, personId };
}

/** Creates an active ticket category of the division, with no service standard unless one is named. */
export async function createCategory(
  fixtures: Fixtures,
  division: Division,
  options: { nature?: "administrative" | "technical"; serviceStandardCode?: string } = {},
): Promise<string> {
  const category = await db().ticketCategory.create({
    data: {
      division,
      code: `test-${randomUUID()}`,
      nature: options.nature ?? "administrative",
      labelIt: "Categoria di prova",
      labelEn: "Test category",
      labelAr: "فئة تجريبية",
      serviceStandardCode: options.serviceStandardCode ?? null,
    },
    select: { id: true },
  });
  fixtures.categoryIds.push(category.id);

  return category.id;
}

/** Creates an active domestic supply held by the person. */
export async function createSupply(fixtures: Fixtures, holderId: string): Promise<string> {
  const address = await db().address.create({ data: { street: "Via Dante", houseNumber: String(randomInt(1, 200)), postalCode: "20121" }, select: { id: true } });
  fixtures.addressIds.push(address.id);

  const supply = await db().supply.create({
    data: {
      supplyCode: `T${randomInt(100_000_000, 999_999_999)}`,
      holderId,
      addressId: address.id,
      useType: "domesticResident",
      state: "active",
      contractStartOn: new Date("2020-01-01"),
    },
    select: { id: true },
  });
  fixtures.supplyIds.push(supply.id);

  return supply.id;
}

/** Opens a ticket as an operator of the category's division, through the domain function. */
export async function openTicket(operator: SessionUser, categoryId: string, requesterId?: string): Promise<{ id: string; version: number; protocol: string }> {
  const { ticket } = await createTicket(operator, {
    openedBy: "operator",
    channel: "callCenter",
    categoryId,
    requesterId,
    subject: "Perdita dal contatore",
    description: "Il cliente segnala una perdita d'acqua vicino al contatore.",
    idempotencyKey: randomUUID(),
  });
  return ticket;
}

/** Puts a ticket straight into a state, bypassing the state machine, to test the moves out of it. */
export async function forceState(ticketId: string, state: TicketState): Promise<number> {
  const ticket = await db().ticket.update({ where: { id: ticketId }, data: { state, version: { increment: 1 } }, select: { version: true } });
  return ticket.version;
}
