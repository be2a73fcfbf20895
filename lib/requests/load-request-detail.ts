import "server-only";

import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors/app-error";
import { getTicketForCustomer } from "@/lib/tickets/get-ticket";
import { listTimelineForCustomer } from "@/lib/tickets/list-timeline";
import type { TicketView, TimelineEntry } from "@/lib/tickets/ticket-view";

/** A request as shown to its customer: the ticket, its category's names and its public timeline. */
export type RequestDetail = {
  ticket: TicketView;
  categoryLabels: { it: string; en: string; ar: string };
  timeline: TimelineEntry[];
};

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Loads one of the customer's water-service tickets with its public timeline; internal notes are
 * filtered out by `listTimelineForCustomer`. Returns null for a malformed id, a missing ticket,
 * another customer's ticket or a housing ticket, so the page renders a 404 for all of them.
 */
export async function loadRequestDetail(user: Pick<SessionUser, "id" | "roles">, ticketId: string): Promise<RequestDetail | null> {
  if (!uuidPattern.test(ticketId)) return null;

  try {
    const ticket = await getTicketForCustomer(user, ticketId);
    if (ticket.division !== "sii") return null;

    const timeline = await listTimelineForCustomer(user, ticketId);
    const category = await db().ticketCategory.findFirstOrThrow({
      where: { division: "sii", code: ticket.categoryCode },
      select: { labelIt: true, labelEn: true, labelAr: true },
    });

    return { ticket, categoryLabels: { it: category.labelIt, en: category.labelEn, ar: category.labelAr }, timeline };
  } catch (error) {
    if (isAppError(error, "ticket.notFound")) return null;
    throw error;
  }
}
