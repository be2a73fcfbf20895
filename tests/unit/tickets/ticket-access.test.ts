import { randomUUID } from "node:crypto";

import { describe, expect, it } from "vitest";

import { isAppError } from "@/lib/errors/app-error";
import { customerTicketScope, mayUpdateDivision, operatorTicketScope } from "@/lib/tickets/ticket-access";

const id = randomUUID();

describe("operatorTicketScope", () => {
  it("limits an SII operator to SII tickets", () => {
    expect(operatorTicketScope({ id, roles: ["siiOperator"] }, "read")).toEqual({ division: { in: ["sii"] } });
  });

  it("gives a supervisor every division", () => {
    expect(operatorTicketScope({ id, roles: ["supervisor"] }, "update")).toEqual({});
  });

  it("rejects a customer with permissionDenied", () => {
    let caught: unknown;
    try {
      operatorTicketScope({ id, roles: ["holder"] }, "read");
    } catch (error) {
      caught = error;
    }
    expect(isAppError(caught, "ticket.permissionDenied")).toBe(true);
  });
});

describe("customerTicketScope", () => {
  it("matches tickets the user opened or is the requester of", () => {
    expect(customerTicketScope({ id, roles: ["tenant"] })).toEqual({
      OR: [{ reporterId: id }, { requester: { is: { user: { is: { id } } } } }],
    });
  });

  it("rejects an account without ticket:read:own", () => {
    expect(() => customerTicketScope({ id, roles: ["cafOperator"] })).toThrow("Missing permission ticket:read:own");
  });
});

describe("mayUpdateDivision", () => {
  it.each([
    [["siiOperator"], "sii", true],
    [["siiOperator"], "casa", false],
    [["casaOperator"], "casa", true],
    [["supervisor"], "casa", true],
    [["admin"], "sii", false],
    [["holder"], "sii", false],
  ] as const)("%j on %s is %s", (roles, division, expected) => {
    expect(mayUpdateDivision({ id, roles: [...roles] }, division)).toBe(expected);
  });
});
