import { randomUUID } from "node:crypto";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { changeTicketState } from "@/lib/tickets/change-ticket-state";
import { createTicket } from "@/lib/tickets/create-ticket";
import { listTimelineForCustomer } from "@/lib/tickets/list-timeline";
import { mergeTickets } from "@/lib/tickets/merge-tickets";
import { replyToTicket } from "@/lib/tickets/reply-to-ticket";

import { createCategory, createUser, newFixtures, removeFixtures } from "./ticket-fixtures";

const fixtures = newFixtures();
const standardCodes = { reply: `test-reply-${randomUUID()}`, resolution: `test-resolution-${randomUUID()}`, broken: `test-broken-${randomUUID()}` };
let calendarId: string;
let operator: Awaited<ReturnType<typeof createUser>>;
let customer: Awaited<ReturnType<typeof createUser>>;
let replyCategoryId: string;
let resolutionCategoryId: string;

// Monday 9 March 2026, 10:00 in Milan. The calendar has no holidays, so 30 working days end on 20 April.
const openedAt = new Date("2026-03-09T09:00:00Z");

function hoursAfterOpening(hours: number): Date {
  return new Date(openedAt.getTime() + hours * 3_600_000);
}

beforeAll(async () => {
  const calendar = await db().businessCalendar.create({ data: { code: `test-${randomUUID()}`, name: "Calendario di prova senza festività" }, select: { id: true } });
  calendarId = calendar.id;

  const common = { division: "sii" as const, kind: "specific" as const, limitValue: 30, unit: "workingDays" as const, startEvent: "requestReceived", source: "Prova", effectiveFrom: new Date("2020-01-01"), calendarId };
  await db().serviceStandard.create({ data: { ...common, code: standardCodes.reply, name: "Risposta di prova", stopEvent: "replySent" } });
  await db().serviceStandard.create({ data: { ...common, code: standardCodes.resolution, name: "Lavori di prova", stopEvent: "worksCompleted" } });
  // No calendar of its own and, in the test database, no division default: starting its clock fails.
  await db().serviceStandard.create({ data: { ...common, calendarId: null, code: standardCodes.broken, name: "Standard senza calendario", stopEvent: "replySent" } });

  operator = await createUser(fixtures, ["siiOperator"]);
  customer = await createUser(fixtures, ["holder"], true);
  replyCategoryId = await createCategory(fixtures, "sii", { serviceStandardCode: standardCodes.reply });
  resolutionCategoryId = await createCategory(fixtures, "sii", { serviceStandardCode: standardCodes.resolution });
});

afterAll(async () => {
  await removeFixtures(fixtures);
  await db().serviceStandard.deleteMany({ where: { code: { in: Object.values(standardCodes) } } });
  await db().businessCalendar.delete({ where: { id: calendarId } });
});

async function open(categoryId: string) {
  const { ticket } = await createTicket(
    operator,
    {
      openedBy: "operator",
      channel: "pec",
      categoryId,
      requesterId: customer.personId,
      subject: "Reclamo sulla bolletta",
      description: "Il cliente contesta i consumi dell'ultima bolletta.",
      idempotencyKey: randomUUID(),
    },
    openedAt,
  );
  return ticket;
}

async function clockOf(ticketId: string) {
  return db().serviceClock.findFirstOrThrow({ where: { ticketId }, select: { state: true, metStandard: true } });
}

describe("service clock of a ticket", () => {
  it("rolls back the protocol number when the clock fails", async () => {
    const brokenCategoryId = await createCategory(fixtures, "sii", { serviceStandardCode: standardCodes.broken });
    const before = await open(replyCategoryId);

    await expect(open(brokenCategoryId)).rejects.toMatchObject({ code: "charter.calendarNotFound" });
    const after = await open(replyCategoryId);

    const sequenceOf = (protocol: string) => Number(protocol.split("-")[2]);
    expect(sequenceOf(after.protocol)).toBe(sequenceOf(before.protocol) + 1);
    expect(await db().ticket.count({ where: { categoryId: brokenCategoryId } })).toBe(0);
  });

  it("starts at creation and sets the due date", async () => {
    const ticket = await open(replyCategoryId);

    expect(ticket.dueAt).toEqual(new Date("2026-04-20T21:59:59.999Z"));
    expect((await clockOf(ticket.id)).state).toBe("running");
  });

  it("stops a reply standard at the first public reply", async () => {
    const ticket = await open(replyCategoryId);
    await replyToTicket(operator, { ticketId: ticket.id, version: ticket.version, body: "Abbiamo verificato le letture." }, hoursAfterOpening(24));

    expect(await clockOf(ticket.id)).toEqual({ state: "stopped", metStandard: true });
    const stored = await db().ticket.findUniqueOrThrow({ where: { id: ticket.id }, select: { dueAt: true } });
    expect(stored.dueAt).toBeNull();
  });

  it("keeps a resolution standard running after a reply", async () => {
    const ticket = await open(resolutionCategoryId);
    const replied = await replyToTicket(operator, { ticketId: ticket.id, version: ticket.version, body: "Abbiamo programmato i lavori." }, hoursAfterOpening(1));
    expect((await clockOf(ticket.id)).state).toBe("running");

    const started = await changeTicketState(operator, { ticketId: ticket.id, version: replied.version, toState: "inProgress" }, hoursAfterOpening(2));
    await changeTicketState(operator, { ticketId: ticket.id, version: started.version, toState: "resolved" }, hoursAfterOpening(48));
    expect(await clockOf(ticket.id)).toEqual({ state: "stopped", metStandard: true });
  });

  it("pauses while waiting for the customer and resumes after", async () => {
    const ticket = await open(resolutionCategoryId);
    const waiting = await changeTicketState(
      operator,
      { ticketId: ticket.id, version: ticket.version, toState: "waitingForCustomer", reason: "Inviata richiesta della foto del contatore." },
      hoursAfterOpening(1),
    );
    expect((await clockOf(ticket.id)).state).toBe("paused");

    await changeTicketState(operator, { ticketId: ticket.id, version: waiting.version, toState: "inProgress" }, hoursAfterOpening(72));
    expect((await clockOf(ticket.id)).state).toBe("running");

    const kinds = (await listTimelineForCustomer(customer, ticket.id)).map((entry) => entry.kind);
    expect(kinds).toEqual(expect.arrayContaining(["clockStarted", "clockPaused", "clockResumed"]));
  });

  it("takes the clock off a cancelled ticket", async () => {
    const ticket = await open(replyCategoryId);
    await changeTicketState(operator, { ticketId: ticket.id, version: ticket.version, toState: "cancelled" }, hoursAfterOpening(3));

    expect(await clockOf(ticket.id)).toEqual({ state: "notApplicable", metStandard: null });
  });

  it("takes the clock off a merged duplicate", async () => {
    const survivor = await open(replyCategoryId);
    const duplicate = await open(replyCategoryId);
    await mergeTickets(operator, { ticketId: duplicate.id, version: duplicate.version, survivorId: survivor.id }, hoursAfterOpening(3));

    expect((await clockOf(duplicate.id)).state).toBe("notApplicable");
    expect((await clockOf(survivor.id)).state).toBe("running");
  });
});
