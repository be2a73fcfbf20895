import "server-only";

import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db/client";
import { addCustomerMessage } from "@/lib/tickets/add-customer-message";
import { attachStoredFiles } from "@/lib/tickets/attach-stored-files";
import { customerTicketScope } from "@/lib/tickets/ticket-access";
import { ticketInFinalState, ticketNotFound } from "@/lib/tickets/ticket-errors";
import { isFinalState } from "@/lib/tickets/ticket-states";
import { saveUploadsWith } from "@/lib/uploads/store-uploads";
import type { ValidUpload } from "@/lib/uploads/validate-uploads";

/**
 * Adds the reporter's message to their own Casa report, then the photos sent with it. Raises
 * `ticket.notFound` for a report that is not theirs and `ticket.finalState` for a closed one,
 * before anything is written.
 */
export async function addReportMessage(user: Pick<SessionUser, "id" | "roles">, ticketId: string, body: string, photos: readonly ValidUpload[], at: Date = new Date()): Promise<void> {
  const ticket = await db().ticket.findFirst({ where: { AND: [{ id: ticketId, division: "casa" }, customerTicketScope(user)] }, select: { state: true } });
  if (!ticket) throw ticketNotFound(ticketId);
  if (isFinalState(ticket.state)) throw ticketInFinalState(ticketId, ticket.state);

  await addCustomerMessage(user, { ticketId, body }, at);
  if (photos.length === 0) return;

  await saveUploadsWith(photos, user.id, (tx, fileIds) => attachStoredFiles(tx, { ticketId, fileIds, visibility: "public", actorId: user.id, at }));
}
