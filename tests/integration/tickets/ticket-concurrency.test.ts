import { randomUUID } from "node:crypto";

import { afterAll, beforeAll, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { changeTicketState } from "@/lib/tickets/change-ticket-state";
import { createTicket } from "@/lib/tickets/create-ticket";
import { describeOnRealServer } from "@/tests/setup/database-kind";

import { createCategory, createUser, newFixtures, openTicket, removeFixtures } from "./ticket-fixtures";

const fixtures = newFixtures();
let operator: Awaited<ReturnType<typeof createUser>>;
let secondOperator: Awaited<ReturnType<typeof createUser>>;
let categoryId: string;

beforeAll(async () => {
  operator = await createUser(fixtures, ["siiOperator"]);
  secondOperator = await createUser(fixtures, ["siiOperator"]);
  categoryId = await createCategory(fixtures, "sii");
});

afterAll(async () => {
  await removeFixtures(fixtures);
});

function input(idempotencyKey = randomUUID()) {
  return {
    openedBy: "operator",
    channel: "email",
    categoryId,
    subject: "Richiesta di informazioni",
    description: "Il cliente chiede come comunicare l'autolettura.",
    idempotencyKey,
  };
}

describeOnRealServer("tickets under concurrency", () => {
  it("numbers concurrent creations without gaps or duplicates", async () => {
    const count = 30;
    const results = await Promise.all(Array.from({ length: count }, () => createTicket(operator, input())));

    const sequences = results.map((result) => Number(result.ticket.protocol.split("-")[2])).sort((left, right) => left - right);
    const first = sequences[0]!;
    expect(new Set(sequences).size).toBe(count);
    expect(sequences).toEqual(Array.from({ length: count }, (_, index) => first + index));
  });

  it("keeps a concurrent double submit to one ticket", async () => {
    const shared = input();
    const results = await Promise.all([createTicket(operator, shared), createTicket(operator, shared), createTicket(operator, shared)]);

    expect(new Set(results.map((result) => result.ticket.id)).size).toBe(1);
    expect(results.filter((result) => result.created)).toHaveLength(1);
    const stored = await db().ticket.count({ where: { reporterId: operator.id, idempotencyKey: shared.idempotencyKey } });
    expect(stored).toBe(1);
    const createdEvents = await db().ticketEvent.count({ where: { kind: "created", ticketId: results[0]!.ticket.id } });
    expect(createdEvents).toBe(1);
  });

  it("lets one of two simultaneous saves win", async () => {
    const ticket = await openTicket(operator, categoryId);
    const outcomes = await Promise.allSettled([
      changeTicketState(operator, { ticketId: ticket.id, version: ticket.version, toState: "inProgress" }),
      changeTicketState(secondOperator, { ticketId: ticket.id, version: ticket.version, toState: "cancelled" }),
    ]);

    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    const rejected = outcomes.find((outcome) => outcome.status === "rejected");
    expect((rejected as PromiseRejectedResult).reason).toMatchObject({ code: "ticket.conflict" });
    const stored = await db().ticket.findUniqueOrThrow({ where: { id: ticket.id }, select: { version: true } });
    expect(stored.version).toBe(ticket.version + 1);
  });
});
