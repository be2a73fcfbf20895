import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { changeTicketState } from "@/lib/tickets/change-ticket-state";
import { findTicketRating, rateTicket, ticketRatingSurveyCode } from "@/lib/tickets/rate-ticket";

import { appErrorOf } from "./app-error-of";
import { createCategory, createUser, forceState, newFixtures, openTicket, removeFixtures } from "./ticket-fixtures";

const fixtures = newFixtures();
let customer: Awaited<ReturnType<typeof createUser>>;
let otherCustomer: Awaited<ReturnType<typeof createUser>>;
let operator: Awaited<ReturnType<typeof createUser>>;
let categoryId: string;

beforeAll(async () => {
  customer = await createUser(fixtures, ["holder"], true);
  otherCustomer = await createUser(fixtures, ["holder"], true);
  operator = await createUser(fixtures, ["siiOperator"]);
  categoryId = await createCategory(fixtures, "sii");
});

afterAll(async () => {
  await removeFixtures(fixtures);
  // Deleting the survey removes the responses and answers the tests stored under it.
  await db().satisfactionSurvey.deleteMany({ where: { code: ticketRatingSurveyCode } });
});

/** Opens a ticket for the customer and resolves it through the state machine. */
async function resolvedTicket(): Promise<string> {
  const ticket = await openTicket(operator, categoryId, customer.personId!);
  const version = await forceState(ticket.id, "inProgress");
  await changeTicketState(operator, { ticketId: ticket.id, version, toState: "resolved", reason: "Contatore sostituito" });
  return ticket.id;
}

async function storedTicket(ticketId: string) {
  return db().ticket.findUniqueOrThrow({ where: { id: ticketId }, select: { state: true, resolvedAt: true } });
}

async function eventsOf(ticketId: string) {
  return db().ticketEvent.findMany({ where: { ticketId }, orderBy: { sequence: "asc" }, select: { kind: true, visibility: true, body: true, fromState: true, toState: true } });
}

describe("rateTicket", () => {
  it("stores the score and comment as a survey response tied to the ticket", async () => {
    const ticketId = await resolvedTicket();

    const result = await rateTicket(customer, { ticketId, score: "5", comment: "  Tutto risolto in fretta  " });

    expect(result).toEqual({ responseId: expect.any(String), score: 5, reopened: false });
    const response = await db().surveyResponse.findUniqueOrThrow({
      where: { id: result.responseId },
      select: { userId: true, ticketId: true, channel: true, survey: { select: { code: true } }, answers: { select: { ratingValue: true, textValue: true } } },
    });
    expect(response).toMatchObject({ userId: customer.id, ticketId, channel: "onlineCounter", survey: { code: ticketRatingSurveyCode } });
    expect(response.answers).toEqual(
      expect.arrayContaining([
        { ratingValue: 5, textValue: null },
        { ratingValue: null, textValue: "Tutto risolto in fretta" },
      ]),
    );
    expect((await eventsOf(ticketId)).at(-1)).toEqual({
      kind: "customerMessage",
      visibility: "public",
      body: "Valutazione del cliente: 5 su 5.\nTutto risolto in fretta",
      fromState: null,
      toState: null,
    });
  });

  it.each([3, 4, 5])("leaves the ticket resolved for a score of %i", async (score) => {
    const ticketId = await resolvedTicket();

    const result = await rateTicket(customer, { ticketId, score });

    expect(result.reopened).toBe(false);
    expect((await storedTicket(ticketId)).state).toBe("resolved");
    expect((await eventsOf(ticketId)).filter((event) => event.kind === "internalNote")).toEqual([]);
  });

  it.each([1, 2])("reopens and flags on score %i", async (score) => {
    const ticketId = await resolvedTicket();

    const result = await rateTicket(customer, { ticketId, score, comment: "La perdita è ricomparsa" });

    expect(result.reopened).toBe(true);
    expect(await storedTicket(ticketId)).toEqual({ state: "reopened", resolvedAt: null });
    const events = await eventsOf(ticketId);
    expect(events).toContainEqual({ kind: "stateChanged", visibility: "public", body: "La perdita è ricomparsa", fromState: "resolved", toState: "reopened" });
    expect(events).toContainEqual({
      kind: "internalNote",
      visibility: "internal",
      body: `Valutazione negativa (${score} su 5): la segnalazione va verificata da un supervisore.`,
      fromState: null,
      toState: null,
    });
  });

  it("flags a closed ticket without reopening", async () => {
    const ticketId = await resolvedTicket();
    await forceState(ticketId, "closed");

    const result = await rateTicket(customer, { ticketId, score: 1 });

    expect(result.reopened).toBe(false);
    expect((await storedTicket(ticketId)).state).toBe("closed");
    expect((await eventsOf(ticketId)).filter((event) => event.kind === "internalNote")).toHaveLength(1);
  });

  it("rejects a second rating of the same ticket and keeps the first", async () => {
    const ticketId = await resolvedTicket();
    await rateTicket(customer, { ticketId, score: 4 });

    const error = await appErrorOf(rateTicket(customer, { ticketId, score: 1 }));

    expect(error.code).toBe("ticket.alreadyRated");
    expect(error.status).toBe(409);
    expect(await db().surveyResponse.count({ where: { ticketId } })).toBe(1);
    expect((await storedTicket(ticketId)).state).toBe("resolved");
  });

  it("answers not found for another customer's ticket", async () => {
    const ticketId = await resolvedTicket();

    const error = await appErrorOf(rateTicket(otherCustomer, { ticketId, score: 1 }));

    expect(error.code).toBe("ticket.notFound");
    expect(error.status).toBe(404);
    expect(await db().surveyResponse.count({ where: { ticketId } })).toBe(0);
  });

  it("rejects a ticket that is not resolved yet", async () => {
    const ticket = await openTicket(operator, categoryId, customer.personId!);

    const error = await appErrorOf(rateTicket(customer, { ticketId: ticket.id, score: 5 }));

    expect(error.code).toBe("ticket.notRateable");
    expect(error.details).toEqual({ state: "new" });
  });

  it.each([0, 6, 2.5, "tre"])("rejects the score %s", async (score) => {
    const ticketId = await resolvedTicket();

    const error = await appErrorOf(rateTicket(customer, { ticketId, score }));

    expect(error.code).toBe("ticket.invalidInput");
  });
});

describe("findTicketRating", () => {
  it("returns the customer's rating and hides it from another customer", async () => {
    const ticketId = await resolvedTicket();
    const at = new Date("2026-11-03T10:00:00Z");
    await rateTicket(customer, { ticketId, score: 4, comment: "Cortesi" }, at);

    expect(await findTicketRating(customer, ticketId)).toEqual({ score: 4, comment: "Cortesi", submittedAt: at });
    expect(await findTicketRating(otherCustomer, ticketId)).toBeNull();
  });

  it("returns null for a ticket not rated yet", async () => {
    const ticketId = await resolvedTicket();

    expect(await findTicketRating(customer, ticketId)).toBeNull();
  });
});
