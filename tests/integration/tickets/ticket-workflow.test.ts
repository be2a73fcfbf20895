import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import type { TicketState } from "@/lib/generated/prisma/client";
import { addCustomerMessage } from "@/lib/tickets/add-customer-message";
import { addInternalNote } from "@/lib/tickets/add-internal-note";
import { assignTicket } from "@/lib/tickets/assign-ticket";
import { changeTicketState } from "@/lib/tickets/change-ticket-state";
import { getTicketForCustomer } from "@/lib/tickets/get-ticket";
import { listTimelineForCustomer, listTimelineForOperator } from "@/lib/tickets/list-timeline";
import { mergeTickets } from "@/lib/tickets/merge-tickets";
import { replyToTicket } from "@/lib/tickets/reply-to-ticket";
import { canTransition, ticketStates } from "@/lib/tickets/ticket-states";

import { appErrorOf } from "./app-error-of";
import { createCategory, createUser, forceState, newFixtures, openTicket, removeFixtures } from "./ticket-fixtures";

const fixtures = newFixtures();
let customer: Awaited<ReturnType<typeof createUser>>;
let operator: Awaited<ReturnType<typeof createUser>>;
let secondOperator: Awaited<ReturnType<typeof createUser>>;
let casaOperator: Awaited<ReturnType<typeof createUser>>;
let categoryId: string;
let casaCategoryId: string;

beforeAll(async () => {
  customer = await createUser(fixtures, ["holder"], true);
  operator = await createUser(fixtures, ["siiOperator"]);
  secondOperator = await createUser(fixtures, ["siiOperator"]);
  casaOperator = await createUser(fixtures, ["casaOperator"]);
  categoryId = await createCategory(fixtures, "sii");
  casaCategoryId = await createCategory(fixtures, "casa");
});

afterAll(async () => {
  await removeFixtures(fixtures);
});

/** Returns a time `seconds` after now, so events written one after the other sort in that order. */
function later(seconds: number): Date {
  return new Date(Date.now() + seconds * 1000);
}

const forbiddenMoves = ticketStates.flatMap((from) => ticketStates.filter((to) => !canTransition(from, to)).map((to): [TicketState, TicketState] => [from, to]));
const allowedMoves = ticketStates.flatMap((from) => ticketStates.filter((to) => canTransition(from, to)).map((to): [TicketState, TicketState] => [from, to]));

describe("changeTicketState", () => {
  it.each(forbiddenMoves)("rejects %s to %s", async (from, to) => {
    const ticket = await openTicket(operator, categoryId);
    const version = from === "new" ? ticket.version : await forceState(ticket.id, from);

    const error = await appErrorOf(changeTicketState(operator, { ticketId: ticket.id, version, toState: to, reason: "Motivo di prova" }));

    expect(error.code).toBe("ticket.transitionNotAllowed");
    expect(error.status).toBe(409);
    const stored = await db().ticket.findUniqueOrThrow({ where: { id: ticket.id }, select: { state: true, version: true } });
    expect(stored).toEqual({ state: from, version });
  });

  it.each(allowedMoves)("allows %s to %s with an event", async (from, to) => {
    const ticket = await openTicket(operator, categoryId);
    const version = from === "new" ? ticket.version : await forceState(ticket.id, from);

    const result = await changeTicketState(operator, { ticketId: ticket.id, version, toState: to, reason: "Serve la foto del contatore" });

    expect(result).toEqual({ state: to, version: version + 1 });
    const event = await db().ticketEvent.findFirstOrThrow({ where: { ticketId: ticket.id, kind: "stateChanged" }, select: { fromState: true, toState: true, authorId: true, visibility: true } });
    expect(event).toEqual({ fromState: from, toState: to, authorId: operator.id, visibility: "public" });
  });

  it("requires a reason to wait for the customer", async () => {
    const ticket = await openTicket(operator, categoryId);
    const error = await appErrorOf(changeTicketState(operator, { ticketId: ticket.id, version: ticket.version, toState: "waitingForCustomer" }));
    expect(error.code).toBe("ticket.invalidInput");
  });

  it("stamps resolution and closure times", async () => {
    const ticket = await openTicket(operator, categoryId);
    const started = await changeTicketState(operator, { ticketId: ticket.id, version: ticket.version, toState: "inProgress" });
    const resolvedAt = new Date("2026-04-01T10:00:00Z");
    const resolved = await changeTicketState(operator, { ticketId: ticket.id, version: started.version, toState: "resolved" }, resolvedAt);
    const closedAt = new Date("2026-04-08T10:00:00Z");
    await changeTicketState(operator, { ticketId: ticket.id, version: resolved.version, toState: "closed" }, closedAt);

    const stored = await db().ticket.findUniqueOrThrow({ where: { id: ticket.id }, select: { resolvedAt: true, closedAt: true } });
    expect(stored).toEqual({ resolvedAt, closedAt });
  });
});

describe("optimistic locking", () => {
  it("gives the second of two saves a conflict", async () => {
    const ticket = await openTicket(operator, categoryId);

    const first = await changeTicketState(operator, { ticketId: ticket.id, version: ticket.version, toState: "inProgress" });
    const error = await appErrorOf(changeTicketState(secondOperator, { ticketId: ticket.id, version: ticket.version, toState: "cancelled" }));

    expect(first.version).toBe(ticket.version + 1);
    expect(error.code).toBe("ticket.conflict");
    expect(error.status).toBe(409);
    expect(error.details).toEqual({ state: "inProgress", version: ticket.version + 1 });
  });

  it("applies to assignments and replies too", async () => {
    const ticket = await openTicket(operator, categoryId);
    const assigned = await assignTicket(operator, { ticketId: ticket.id, version: ticket.version, assigneeId: operator.id });

    const staleAssignment = await appErrorOf(assignTicket(secondOperator, { ticketId: ticket.id, version: ticket.version, assigneeId: secondOperator.id }));
    const staleReply = await appErrorOf(replyToTicket(secondOperator, { ticketId: ticket.id, version: ticket.version, body: "Risposta" }));

    expect(assigned.version).toBe(ticket.version + 1);
    expect(staleAssignment.code).toBe("ticket.conflict");
    expect(staleReply.code).toBe("ticket.conflict");
    const stored = await db().ticket.findUniqueOrThrow({ where: { id: ticket.id }, select: { assigneeId: true } });
    expect(stored.assigneeId).toBe(operator.id);
  });
});

describe("assignTicket", () => {
  it("writes an internal event with the previous and new assignee", async () => {
    const ticket = await openTicket(operator, categoryId);
    await assignTicket(operator, { ticketId: ticket.id, version: ticket.version, assigneeId: secondOperator.id });

    const event = await db().ticketEvent.findFirstOrThrow({ where: { ticketId: ticket.id, kind: "assigned" }, select: { visibility: true, data: true, authorId: true } });
    expect(event).toEqual({ visibility: "internal", data: { from: null, to: secondOperator.id }, authorId: operator.id });
  });

  it("rejects an operator of another division", async () => {
    const ticket = await openTicket(operator, categoryId);
    const error = await appErrorOf(assignTicket(operator, { ticketId: ticket.id, version: ticket.version, assigneeId: casaOperator.id }));
    expect(error.code).toBe("ticket.assigneeNotAllowed");
  });
});

describe("replies and internal notes", () => {
  it("shows replies to the customer and hides notes", async () => {
    const ticket = await openTicket(operator, categoryId, customer.personId!);
    const reply = await replyToTicket(operator, { ticketId: ticket.id, version: ticket.version, body: "Abbiamo programmato la verifica." }, later(1));
    const note = await addInternalNote(operator, { ticketId: ticket.id, body: "Cliente già noto per perdite ricorrenti." }, later(2));

    const customerTimeline = await listTimelineForCustomer(customer, ticket.id);
    const operatorTimeline = await listTimelineForOperator(operator, ticket.id);

    expect(customerTimeline.map((entry) => entry.kind)).toEqual(["created", "publicReply"]);
    expect(customerTimeline.some((entry) => entry.id === note.eventId)).toBe(false);
    expect(customerTimeline.every((entry) => entry.visibility === "public")).toBe(true);
    expect(customerTimeline[1]).toMatchObject({ id: reply.eventId, body: "Abbiamo programmato la verifica.", byStaff: true });
    expect(operatorTimeline.map((entry) => entry.kind)).toEqual(["created", "publicReply", "internalNote"]);
    expect(operatorTimeline[2]).toMatchObject({ visibility: "internal", authorId: operator.id, body: "Cliente già noto per perdite ricorrenti." });
  });

  it("keeps same-millisecond events in write order", async () => {
    const ticket = await openTicket(operator, categoryId, customer.personId!);
    const at = later(1);
    const bodies = ["Prima nota", "Seconda nota", "Terza nota", "Quarta nota", "Quinta nota"];
    for (const body of bodies) await addInternalNote(operator, { ticketId: ticket.id, body }, at);

    const operatorTimeline = await listTimelineForOperator(operator, ticket.id);

    expect(operatorTimeline.map((entry) => entry.body).slice(1)).toEqual(bodies);
  });

  it("hides internal data of public events from the customer", async () => {
    const ticket = await openTicket(operator, categoryId, customer.personId!);
    const customerTimeline = await listTimelineForCustomer(customer, ticket.id);
    const operatorTimeline = await listTimelineForOperator(operator, ticket.id);

    expect(customerTimeline[0]?.data).toBeNull();
    expect(operatorTimeline[0]?.data).toMatchObject({ channel: "callCenter" });
  });

  it("puts a waiting ticket back in progress on the customer's answer", async () => {
    const ticket = await openTicket(operator, categoryId, customer.personId!);
    await changeTicketState(operator, { ticketId: ticket.id, version: ticket.version, toState: "waitingForCustomer", reason: "Serve la foto del contatore." }, later(1));

    await addCustomerMessage(customer, { ticketId: ticket.id, body: "Ecco la foto del contatore." }, later(2));

    const stored = await getTicketForCustomer(customer, ticket.id);
    expect(stored.state).toBe("inProgress");
    const timeline = await listTimelineForCustomer(customer, ticket.id);
    const moves = timeline.filter((entry) => entry.kind === "stateChanged").map((entry) => `${entry.fromState}>${entry.toState}`);
    expect(moves.sort()).toEqual(["new>waitingForCustomer", "waitingForCustomer>inProgress"]);
    expect(timeline.find((entry) => entry.kind === "customerMessage")).toMatchObject({ body: "Ecco la foto del contatore.", byStaff: false });
  });

  it("rejects a reply on a closed ticket", async () => {
    const ticket = await openTicket(operator, categoryId);
    const version = await forceState(ticket.id, "closed");
    const error = await appErrorOf(replyToTicket(operator, { ticketId: ticket.id, version, body: "Risposta tardiva" }));
    expect(error.code).toBe("ticket.finalState");
  });
});

describe("mergeTickets", () => {
  it("closes the duplicate, points it to the survivor and tells the customer", async () => {
    const survivor = await openTicket(operator, categoryId, customer.personId!);
    const duplicate = await openTicket(operator, categoryId, customer.personId!);

    const result = await mergeTickets(operator, { ticketId: duplicate.id, version: duplicate.version, survivorId: survivor.id });

    const stored = await db().ticket.findUniqueOrThrow({ where: { id: duplicate.id }, select: { state: true, mergedIntoId: true, closedAt: true, version: true } });
    expect(result.version).toBe(duplicate.version + 1);
    expect(stored.state).toBe("closed");
    expect(stored.mergedIntoId).toBe(survivor.id);
    expect(stored.closedAt).toBeInstanceOf(Date);

    const customerView = await getTicketForCustomer(customer, duplicate.id);
    expect(customerView.mergedIntoProtocol).toBe(survivor.protocol);

    const customerTimeline = await listTimelineForCustomer(customer, duplicate.id);
    const mergedEntry = customerTimeline.find((entry) => entry.kind === "merged");
    expect(mergedEntry).toMatchObject({ visibility: "public", fromState: "new", toState: "closed", data: { survivorId: survivor.id, survivorProtocol: survivor.protocol } });

    const survivorEvents = await listTimelineForOperator(operator, survivor.id);
    expect(survivorEvents.find((entry) => entry.kind === "merged")).toMatchObject({ visibility: "internal", data: { mergedTicketId: duplicate.id } });
    expect((await listTimelineForCustomer(customer, survivor.id)).some((entry) => entry.kind === "merged")).toBe(false);
  });

  it("rejects merging a ticket into itself", async () => {
    const ticket = await openTicket(operator, categoryId);
    const error = await appErrorOf(mergeTickets(operator, { ticketId: ticket.id, version: ticket.version, survivorId: ticket.id }));
    expect(error.code).toBe("ticket.mergeNotAllowed");
  });

  it("rejects a closed survivor", async () => {
    const survivor = await openTicket(operator, categoryId);
    await forceState(survivor.id, "closed");
    const duplicate = await openTicket(operator, categoryId);

    const error = await appErrorOf(mergeTickets(operator, { ticketId: duplicate.id, version: duplicate.version, survivorId: survivor.id }));
    expect(error.code).toBe("ticket.mergeNotAllowed");
  });

  it("rejects tickets of two divisions", async () => {
    const supervisor = await createUser(fixtures, ["supervisor"]);
    const survivor = await openTicket(casaOperator, casaCategoryId);
    const duplicate = await openTicket(operator, categoryId);

    const error = await appErrorOf(mergeTickets(supervisor, { ticketId: duplicate.id, version: duplicate.version, survivorId: survivor.id }));
    expect(error.code).toBe("ticket.mergeNotAllowed");
  });

  it("gives a stale version a conflict", async () => {
    const survivor = await openTicket(operator, categoryId);
    const duplicate = await openTicket(operator, categoryId);
    await assignTicket(operator, { ticketId: duplicate.id, version: duplicate.version, assigneeId: operator.id });

    const error = await appErrorOf(mergeTickets(secondOperator, { ticketId: duplicate.id, version: duplicate.version, survivorId: survivor.id }));
    expect(error.code).toBe("ticket.conflict");
  });
});
