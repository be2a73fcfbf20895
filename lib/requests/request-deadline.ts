import type { TicketState } from "@/lib/generated/prisma/enums";

/** States after which MM owes the customer no more reply, so no deadline is shown. */
const answeredStates: readonly TicketState[] = ["resolved", "closed", "cancelled"];

/** Returns the date a reply is owed by while a request is still open, or null when none runs. */
export function pendingDeadline(state: TicketState, dueAt: Date | null): Date | null {
  if (dueAt === null || answeredStates.includes(state)) return null;
  return dueAt;
}
