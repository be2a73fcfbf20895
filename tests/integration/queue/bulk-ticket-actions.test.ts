import { randomUUID } from "node:crypto";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { bulkAssignTickets, bulkChangeTicketState, bulkTicketLimit } from "@/lib/tickets/queue/bulk-ticket-actions";

import { appErrorOf } from "../tickets/app-error-of";
import { createCategory, createUser, forceState, newFixtures, openTicket, removeFixtures } from "../tickets/ticket-fixtures";

const fixtures = newFixtures();
let siiOperator: Awaited<ReturnType<typeof createUser>>;
let otherSiiOperator: Awaited<ReturnType<typeof createUser>>;
let casaOperator: Awaited<ReturnType<typeof createUser>>;
let siiCategory: string;
let casaCategory: string;

beforeAll(async () => {
  siiOperator = await createUser(fixtures, ["siiOperator"]);
  otherSiiOperator = await createUser(fixtures, ["siiOperator"]);
  casaOperator = await createUser(fixtures, ["casaOperator"]);
  siiCategory = await createCategory(fixtures, "sii");
  casaCategory = await createCategory(fixtures, "casa");
});

afterAll(async () => {
  await removeFixtures(fixtures);
});

describe("bulkChangeTicketState", () => {
  it("reports rejected and stale tickets", async () => {
    const allowed = await openTicket(siiOperator, siiCategory);
    const resolved = await openTicket(siiOperator, siiCategory);
    const resolvedVersion = await forceState(resolved.id, "resolved");
    const stale = await openTicket(siiOperator, siiCategory);
    await db().ticket.update({ where: { id: stale.id }, data: { version: { increment: 1 } } });

    const outcome = await bulkChangeTicketState(siiOperator, {
      tickets: [
        { id: allowed.id, version: allowed.version },
        { id: resolved.id, version: resolvedVersion },
        { id: stale.id, version: stale.version },
      ],
      toState: "inProgress",
    });

    expect(outcome.applied).toEqual([{ id: allowed.id, protocol: allowed.protocol }]);
    expect(outcome.failed).toEqual([
      { id: resolved.id, protocol: resolved.protocol, code: "ticket.transitionNotAllowed" },
      { id: stale.id, protocol: stale.protocol, code: "ticket.conflict" },
    ]);

    const stored = await db().ticket.findMany({ where: { id: { in: [allowed.id, resolved.id, stale.id] } }, select: { id: true, state: true } });
    const states = Object.fromEntries(stored.map((ticket) => [ticket.id, ticket.state]));
    expect(states).toEqual({ [allowed.id]: "inProgress", [resolved.id]: "resolved", [stale.id]: "new" });

    const events = await db().ticketEvent.findMany({ where: { ticketId: { in: [allowed.id, resolved.id, stale.id] }, kind: "stateChanged" }, select: { ticketId: true, toState: true } });
    expect(events).toEqual([{ ticketId: allowed.id, toState: "inProgress" }]);
  });

  it("hides another division's ticket", async () => {
    const casaTicket = await openTicket(casaOperator, casaCategory);
    const siiTicket = await openTicket(siiOperator, siiCategory);

    const outcome = await bulkChangeTicketState(siiOperator, {
      tickets: [
        { id: casaTicket.id, version: casaTicket.version },
        { id: siiTicket.id, version: siiTicket.version },
      ],
      toState: "cancelled",
    });

    expect(outcome.applied).toEqual([{ id: siiTicket.id, protocol: siiTicket.protocol }]);
    expect(outcome.failed).toEqual([{ id: casaTicket.id, protocol: null, code: "ticket.notFound" }]);
    const casaStored = await db().ticket.findUniqueOrThrow({ where: { id: casaTicket.id }, select: { state: true, version: true } });
    expect(casaStored).toEqual({ state: "new", version: casaTicket.version });
  });

  it("rejects empty and oversized selections", async () => {
    const empty = await appErrorOf(bulkChangeTicketState(siiOperator, { tickets: [], toState: "inProgress" }));
    expect(empty.code).toBe("ticket.invalidInput");

    const tooMany = Array.from({ length: bulkTicketLimit + 1 }, () => ({ id: randomUUID(), version: 1 }));
    const overLimit = await appErrorOf(bulkChangeTicketState(siiOperator, { tickets: tooMany, toState: "inProgress" }));
    expect(overLimit.code).toBe("ticket.invalidInput");
  });
});

describe("bulkAssignTickets", () => {
  it("assigns and reports stale tickets", async () => {
    const first = await openTicket(siiOperator, siiCategory);
    const second = await openTicket(siiOperator, siiCategory);
    await db().ticket.update({ where: { id: second.id }, data: { version: { increment: 1 } } });

    const outcome = await bulkAssignTickets(siiOperator, {
      tickets: [
        { id: first.id, version: first.version },
        { id: second.id, version: second.version },
      ],
      assigneeId: otherSiiOperator.id,
    });

    expect(outcome.applied).toEqual([{ id: first.id, protocol: first.protocol }]);
    expect(outcome.failed).toEqual([{ id: second.id, protocol: second.protocol, code: "ticket.conflict" }]);
    const stored = await db().ticket.findMany({ where: { id: { in: [first.id, second.id] } }, select: { id: true, assigneeId: true }, orderBy: { createdAt: "asc" } });
    expect(Object.fromEntries(stored.map((ticket) => [ticket.id, ticket.assigneeId]))).toEqual({ [first.id]: otherSiiOperator.id, [second.id]: null });
    const assignedEvents = await db().ticketEvent.count({ where: { ticketId: first.id, kind: "assigned" } });
    expect(assignedEvents).toBe(1);
  });

  it("rejects an assignee of another division", async () => {
    const ticket = await openTicket(siiOperator, siiCategory);

    const outcome = await bulkAssignTickets(siiOperator, { tickets: [{ id: ticket.id, version: ticket.version }], assigneeId: casaOperator.id });

    expect(outcome.applied).toEqual([]);
    expect(outcome.failed).toEqual([{ id: ticket.id, protocol: ticket.protocol, code: "ticket.assigneeNotAllowed" }]);
  });
});
