import "server-only";

import { db } from "@/lib/db/client";
import type { NotificationKind } from "@/lib/generated/prisma/client";
import { isTicketOperator, type TicketActor } from "@/lib/tickets/ticket-access";

export const notificationsPageSize = 20;

export type NotificationItem = {
  id: string;
  kind: NotificationKind;
  ticketId: string | null;
  practiceId: string | null;
  protocol: string | null;
  createdAt: Date;
  readAt: Date | null;
};

export type NotificationPage = { items: NotificationItem[]; page: number; pageCount: number; total: number };

/**
 * Returns one page of the user's notifications, newest first. The `where` clause contains the
 * recipient, so another user's notification can never appear. A page past the end is clamped
 * to the last one.
 */
export async function listNotifications(userId: string, requestedPage = 1, pageSize = notificationsPageSize): Promise<NotificationPage> {
  const where = { recipientId: userId };
  const total = await db().notification.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, Math.trunc(requestedPage) || 1), pageCount);

  const rows = await db().notification.findMany({
    where,
    // The id breaks ties between notifications written in the same millisecond, so pages never overlap.
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * pageSize,
    take: pageSize,
    select: {
      id: true,
      kind: true,
      ticketId: true,
      practiceId: true,
      createdAt: true,
      readAt: true,
      ticket: { select: { protocol: true } },
      practice: { select: { protocol: true } },
    },
  });

  const items = rows.map(({ ticket, practice, ...row }) => ({ ...row, protocol: ticket?.protocol ?? practice?.protocol ?? null }));
  return { items, page, pageCount, total };
}

/** Path of the ticket page in the user's own area: the back-office for staff, the customer's requests otherwise. */
export function ticketPathFor(user: TicketActor, ticketId: string): string {
  if (isTicketOperator(user)) return `/back-office/ticket/${ticketId}`;
  return `/sportello-online/richieste/${ticketId}`;
}
