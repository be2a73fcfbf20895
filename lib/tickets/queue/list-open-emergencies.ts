import "server-only";

import { db } from "@/lib/db/client";
import type { TicketState } from "@/lib/generated/prisma/enums";
import { queueDivisionsOf } from "@/lib/tickets/queue/queue-scope";
import type { TicketActor } from "@/lib/tickets/ticket-access";

/** States in which an emergency still needs someone: not yet answered, or reopened. */
const unansweredStates: readonly TicketState[] = ["new", "inProgress", "waitingForCustomer", "reopened"];

/** How many emergencies the panel lists; the count above it says when there are more. */
export const emergencyPanelSize = 10;

export type OpenEmergency = {
  id: string;
  protocol: string;
  subject: string;
  openedAt: Date;
  state: TicketState;
  assigneeName: string | null;
};

export type OpenEmergencies = { rows: OpenEmergency[]; more: boolean };

/**
 * Lists the unanswered tickets of urgent priority in the operator's divisions, oldest first,
 * so an emergency filed a minute ago is on top of the queue page whatever the sort below.
 * It reads the (division, priority, id) index and at most one row past the panel's size.
 */
export async function listOpenEmergencies(user: TicketActor): Promise<OpenEmergencies> {
  const rows = await db().ticket.findMany({
    where: { division: { in: queueDivisionsOf(user) }, priority: "urgent", state: { in: [...unansweredStates] }, mergedIntoId: null },
    orderBy: [{ openedAt: "asc" }, { id: "asc" }],
    take: emergencyPanelSize + 1,
    select: { id: true, protocol: true, subject: true, openedAt: true, state: true, assignee: { select: { displayName: true } } },
  });

  const shown = rows.slice(0, emergencyPanelSize).map((row) => ({
    id: row.id,
    protocol: row.protocol,
    subject: row.subject,
    openedAt: row.openedAt,
    state: row.state,
    assigneeName: row.assignee?.displayName ?? null,
  }));

  return { rows: shown, more: rows.length > emergencyPanelSize };
}
