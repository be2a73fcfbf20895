import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { changeTicketState } from "@/lib/tickets/change-ticket-state";
import { getTicketForCustomer, getTicketForOperator } from "@/lib/tickets/get-ticket";
import { listTimelineForCustomer, listTimelineForOperator } from "@/lib/tickets/list-timeline";
import { replyToTicket } from "@/lib/tickets/reply-to-ticket";

import { appErrorOf } from "./app-error-of";
import { createCategory, createUser, newFixtures, openTicket, removeFixtures } from "./ticket-fixtures";

const fixtures = newFixtures();
let customer: Awaited<ReturnType<typeof createUser>>;
let otherCustomer: Awaited<ReturnType<typeof createUser>>;
let siiOperator: Awaited<ReturnType<typeof createUser>>;
let casaOperator: Awaited<ReturnType<typeof createUser>>;
let supervisor: Awaited<ReturnType<typeof createUser>>;
let admin: Awaited<ReturnType<typeof createUser>>;
let siiTicket: { id: string; version: number; protocol: string };
let casaTicket: { id: string; version: number; protocol: string };

beforeAll(async () => {
  customer = await createUser(fixtures, ["tenant"], true);
  otherCustomer = await createUser(fixtures, ["tenant"], true);
  siiOperator = await createUser(fixtures, ["siiOperator"]);
  casaOperator = await createUser(fixtures, ["casaOperator"]);
  supervisor = await createUser(fixtures, ["supervisor"]);
  admin = await createUser(fixtures, ["admin"]);
  siiTicket = await openTicket(siiOperator, await createCategory(fixtures, "sii"));
  casaTicket = await openTicket(casaOperator, await createCategory(fixtures, "casa"), customer.personId!);
});

afterAll(async () => {
  await removeFixtures(fixtures);
});

describe("getTicketForCustomer", () => {
  it("returns the customer's own ticket without staff fields", async () => {
    const ticket = await getTicketForCustomer(customer, casaTicket.id);
    expect(ticket.protocol).toBe(casaTicket.protocol);
    expect(ticket).not.toHaveProperty("assigneeId");
    expect(ticket).not.toHaveProperty("version");
  });

  it("answers not found for another customer's ticket", async () => {
    const error = await appErrorOf(getTicketForCustomer(otherCustomer, casaTicket.id));
    expect(error.code).toBe("ticket.notFound");
    expect(error.status).toBe(404);
  });

  it("answers not found for the timeline of another customer's ticket", async () => {
    const error = await appErrorOf(listTimelineForCustomer(otherCustomer, casaTicket.id));
    expect(error.code).toBe("ticket.notFound");
  });
});

describe("getTicketForOperator", () => {
  it("returns a ticket of the operator's division", async () => {
    const ticket = await getTicketForOperator(casaOperator, casaTicket.id);
    expect(ticket.division).toBe("casa");
    expect(ticket.version).toBe(casaTicket.version);
  });

  it("answers not found to an SII operator opening a Casa ticket", async () => {
    const error = await appErrorOf(getTicketForOperator(siiOperator, casaTicket.id));
    expect(error.code).toBe("ticket.notFound");
    expect(error.status).toBe(404);
  });

  it("answers not found for the timeline too", async () => {
    const error = await appErrorOf(listTimelineForOperator(siiOperator, casaTicket.id));
    expect(error.code).toBe("ticket.notFound");
  });

  it("lets a supervisor see both divisions", async () => {
    const sii = await getTicketForOperator(supervisor, siiTicket.id);
    const casa = await getTicketForOperator(supervisor, casaTicket.id);
    expect([sii.division, casa.division]).toEqual(["sii", "casa"]);
  });

  it("denies an admin without a case role", async () => {
    const error = await appErrorOf(getTicketForOperator(admin, siiTicket.id));
    expect(error.code).toBe("ticket.permissionDenied");
    expect(error.status).toBe(403);
  });

  it("denies a customer the operator view", async () => {
    const error = await appErrorOf(getTicketForOperator(customer, casaTicket.id));
    expect(error.code).toBe("ticket.permissionDenied");
  });
});

describe("updates across divisions", () => {
  it("answers not found to an SII operator moving a Casa ticket", async () => {
    const error = await appErrorOf(changeTicketState(siiOperator, { ticketId: casaTicket.id, version: casaTicket.version, toState: "inProgress" }));
    expect(error.code).toBe("ticket.notFound");
  });

  it("answers not found to an SII operator replying on a Casa ticket", async () => {
    const error = await appErrorOf(replyToTicket(siiOperator, { ticketId: casaTicket.id, version: casaTicket.version, body: "Risposta" }));
    expect(error.code).toBe("ticket.notFound");
  });
});
