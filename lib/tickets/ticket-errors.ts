import { AppError } from "@/lib/errors/app-error";
import type { TicketState } from "@/lib/generated/prisma/enums";

/** Error codes of the ticket domain. Each one has a sentence under `errors` in messages/<locale>/tickets.json. */
export const ticketErrorCodes = [
  "ticket.notFound",
  "ticket.permissionDenied",
  "ticket.invalidInput",
  "ticket.categoryNotFound",
  "ticket.supplyNotFound",
  "ticket.dwellingNotFound",
  "ticket.transitionNotAllowed",
  "ticket.conflict",
  "ticket.finalState",
  "ticket.mergeNotAllowed",
  "ticket.assigneeNotAllowed",
  "ticket.fileNotFound",
  "ticket.notRateable",
  "ticket.alreadyRated",
] as const;

export type TicketErrorCode = (typeof ticketErrorCodes)[number];

/** The ticket does not exist, or the user may not see it: both raise this 404 error, so guessing ids reveals nothing. */
export function ticketNotFound(ticketId: string): AppError {
  return new AppError("ticket.notFound", `Ticket ${ticketId} not found for this user`, 404);
}

export function ticketPermissionDenied(permission: string): AppError {
  return new AppError("ticket.permissionDenied", `Missing permission ${permission}`, 403);
}

export function invalidTicketInput(issues: unknown): AppError {
  return new AppError("ticket.invalidInput", "Invalid ticket input", 400, { issues });
}

export function transitionNotAllowed(from: TicketState, to: TicketState): AppError {
  return new AppError("ticket.transitionNotAllowed", `A ticket cannot move from ${from} to ${to}`, 409, { from, to });
}

/**
 * Another user saved the ticket after this user loaded it. `details` carries the state and
 * version now stored, so the UI can reload and show what changed.
 */
export function ticketConflict(ticketId: string, current: { state: TicketState; version: number }): AppError {
  return new AppError("ticket.conflict", `Ticket ${ticketId} was changed by someone else (now version ${current.version})`, 409, {
    state: current.state,
    version: current.version,
  });
}

export function ticketInFinalState(ticketId: string, state: TicketState): AppError {
  return new AppError("ticket.finalState", `Ticket ${ticketId} is ${state} and takes no more changes`, 409, { state });
}
