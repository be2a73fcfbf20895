import "server-only";

import type { Prisma } from "@/lib/generated/prisma/client";
import { composeTicketEmail, type TicketNotificationKind } from "@/lib/notifications/compose-ticket-email";
import { findTicketRecipient } from "@/lib/notifications/find-ticket-recipient";

export type TicketNotificationRequest = {
  ticketId: string;
  kind: TicketNotificationKind;
  replyBody?: string | null;
  resolutionNote?: string | null;
  survivorProtocol?: string | null;
};

/**
 * Writes the in-app notification and the outbox e-mail for a ticket event, inside the caller's
 * transaction, so both exist exactly when the ticket change commits. Does nothing when the
 * ticket has no one to tell.
 */
export async function enqueueTicketNotification(tx: Prisma.TransactionClient, request: TicketNotificationRequest): Promise<void> {
  const recipient = await findTicketRecipient(tx, request.ticketId);
  if (!recipient) return;

  if (recipient.userId) {
    await tx.notification.create({ data: { recipientId: recipient.userId, kind: request.kind, ticketId: request.ticketId }, select: { id: true } });
  }

  if (!recipient.email) return;

  const ticket = await tx.ticket.findUniqueOrThrow({ where: { id: request.ticketId }, select: { protocol: true, subject: true, dueAt: true } });
  const email = composeTicketEmail({
    kind: request.kind,
    locale: recipient.locale,
    recipientName: recipient.name,
    protocol: ticket.protocol,
    ticketSubject: ticket.subject,
    dueAt: request.kind === "ticketCreated" ? ticket.dueAt : null,
    replyBody: request.replyBody ?? null,
    resolutionNote: request.resolutionNote ?? null,
    survivorProtocol: request.survivorProtocol ?? null,
  });

  await tx.outboundEmail.create({
    data: { toAddress: recipient.email, locale: recipient.locale, subject: email.subject, textBody: email.text, ticketId: request.ticketId },
    select: { id: true },
  });
}
