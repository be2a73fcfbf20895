import { randomUUID } from "node:crypto";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { addInternalNote } from "@/lib/tickets/add-internal-note";

import { createCategory, createUser, newFixtures, openTicket, removeFixtures } from "./ticket-fixtures";

const fixtures = newFixtures();
let operator: Awaited<ReturnType<typeof createUser>>;
let categoryId: string;

beforeAll(async () => {
  operator = await createUser(fixtures, ["siiOperator"]);
  categoryId = await createCategory(fixtures, "sii");
});

afterAll(async () => {
  await removeFixtures(fixtures);
});

async function notesOf(ticketId: string): Promise<number> {
  return db().ticketEvent.count({ where: { ticketId, kind: "internalNote" } });
}

// Regression: the note composer had no idempotency key, so a double click stored the note twice.
describe("internal note of one form view", () => {
  it("stores one note for two submits, even at once", async () => {
    const ticket = await openTicket(operator, categoryId);
    const input = { ticketId: ticket.id, body: "Cliente richiamato, attende il tecnico.", idempotencyKey: randomUUID() };

    const [first, second] = await Promise.all([addInternalNote(operator, input), addInternalNote(operator, input)]);
    const third = await addInternalNote(operator, input);

    expect(second.eventId).toBe(first.eventId);
    expect(third.eventId).toBe(first.eventId);
    expect(await notesOf(ticket.id)).toBe(1);
  });

  it("stores a note of each new form view", async () => {
    const ticket = await openTicket(operator, categoryId);

    await addInternalNote(operator, { ticketId: ticket.id, body: "Prima nota.", idempotencyKey: randomUUID() });
    await addInternalNote(operator, { ticketId: ticket.id, body: "Prima nota.", idempotencyKey: randomUUID() });

    expect(await notesOf(ticket.id)).toBe(2);
  });
});
