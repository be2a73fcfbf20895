import { describe, expect, it } from "vitest";

import type { TicketState } from "@/lib/generated/prisma/enums";
import { canMerge, canTransition, isFinalState, ticketStates } from "@/lib/tickets/ticket-states";

/** Every allowed move, written out by hand so that a change to the table must change this test too. */
const expectedMoves = new Set([
  "new>inProgress",
  "new>waitingForCustomer",
  "new>cancelled",
  "inProgress>waitingForCustomer",
  "inProgress>resolved",
  "inProgress>cancelled",
  "waitingForCustomer>inProgress",
  "waitingForCustomer>resolved",
  "waitingForCustomer>cancelled",
  "resolved>closed",
  "resolved>reopened",
  "reopened>inProgress",
  "reopened>waitingForCustomer",
  "reopened>resolved",
]);

const everyPair: Array<[TicketState, TicketState]> = ticketStates.flatMap((from) => ticketStates.map((to): [TicketState, TicketState] => [from, to]));

describe("canTransition", () => {
  it("covers all 49 pairs of states", () => {
    expect(everyPair).toHaveLength(49);
  });

  it.each(everyPair)("%s to %s", (from, to) => {
    expect(canTransition(from, to)).toBe(expectedMoves.has(`${from}>${to}`));
  });

  it("never allows staying in the same state", () => {
    for (const state of ticketStates) expect(canTransition(state, state)).toBe(false);
  });

  it("allows no move out of closed or cancelled", () => {
    for (const to of ticketStates) {
      expect(canTransition("closed", to)).toBe(false);
      expect(canTransition("cancelled", to)).toBe(false);
    }
  });
});

describe("final states", () => {
  it("are closed and cancelled only", () => {
    expect(ticketStates.filter(isFinalState)).toEqual(["closed", "cancelled"]);
  });

  it("cannot take part in a merge", () => {
    expect(ticketStates.filter(canMerge)).toEqual(["new", "inProgress", "waitingForCustomer", "resolved", "reopened"]);
  });
});
