import type { TicketState } from "@/lib/generated/prisma/enums";

/** Every ticket state, in the order a ticket usually goes through them. */
export const ticketStates = [
  "new",
  "inProgress",
  "waitingForCustomer",
  "resolved",
  "closed",
  "reopened",
  "cancelled",
] as const satisfies readonly TicketState[];

/**
 * The moves an operator may make from each state. A resolved ticket is closed once the customer
 * accepts the answer, or reopened when the problem comes back. Closed and cancelled tickets are
 * final, so a new request about the same matter becomes a new ticket. Merging a duplicate closes
 * it by its own rule (see `canMerge`), not through this table.
 */
export const allowedTransitions: Readonly<Record<TicketState, readonly TicketState[]>> = {
  new: ["inProgress", "waitingForCustomer", "cancelled"],
  inProgress: ["waitingForCustomer", "resolved", "cancelled"],
  waitingForCustomer: ["inProgress", "resolved", "cancelled"],
  resolved: ["closed", "reopened"],
  closed: [],
  reopened: ["inProgress", "waitingForCustomer", "resolved"],
  cancelled: [],
};

/** Returns true when an operator may move a ticket from `from` to `to`. Staying in the same state is not a move. */
export function canTransition(from: TicketState, to: TicketState): boolean {
  return allowedTransitions[from].includes(to);
}

/** States in which a ticket is finished and takes no more replies, moves or merges. */
export const finalStates: readonly TicketState[] = ["closed", "cancelled"];

export function isFinalState(state: TicketState): boolean {
  return finalStates.includes(state);
}

/** Returns true when a ticket in this state may be merged into another as a duplicate, or receive one. */
export function canMerge(state: TicketState): boolean {
  return !isFinalState(state);
}
