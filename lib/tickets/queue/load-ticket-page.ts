import "server-only";

import { notFound } from "next/navigation";
import { cache } from "react";
import { z } from "zod";

import { isAppError } from "@/lib/errors/app-error";
import { getTicketForOperator } from "@/lib/tickets/get-ticket";
import { listTimelineForOperator } from "@/lib/tickets/list-timeline";
import { getTicketContext } from "@/lib/tickets/queue/get-ticket-context";
import { listAssignableOperators } from "@/lib/tickets/queue/list-queue-options";
import { mayUpdateDivision, type TicketActor } from "@/lib/tickets/ticket-access";
import { ticketNotFound } from "@/lib/tickets/ticket-errors";

/**
 * Loads everything the operator's ticket page shows. A malformed id, a missing ticket and a
 * ticket of another division all render the 404 page, so the URL reveals nothing. Cached per
 * request, because the page's metadata needs the protocol too.
 */
export const loadTicketPage = cache(async (user: TicketActor, ticketId: string) => {
  try {
    if (!z.uuid().safeParse(ticketId).success) throw ticketNotFound(ticketId);

    const ticket = await getTicketForOperator(user, ticketId);
    const timeline = await listTimelineForOperator(user, ticketId);
    const context = await getTicketContext(user, ticketId);
    const canUpdate = mayUpdateDivision(user, ticket.division);
    const operators = canUpdate ? await listAssignableOperators(ticket.division) : [];

    return { ticket, timeline, ...context, canUpdate, operators };
  } catch (error) {
    if (isAppError(error, "ticket.notFound")) notFound();
    throw error;
  }
});
