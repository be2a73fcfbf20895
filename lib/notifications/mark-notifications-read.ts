import "server-only";

import { db } from "@/lib/db/client";

/** Marks the listed notifications of the user as read and ignores ids of other users' notifications. Returns how many changed. */
export async function markNotificationsRead(userId: string, notificationIds: readonly string[], at: Date = new Date()): Promise<number> {
  if (notificationIds.length === 0) return 0;

  const { count } = await db().notification.updateMany({
    where: { recipientId: userId, id: { in: [...notificationIds] }, readAt: null },
    data: { readAt: at },
  });
  return count;
}

/** Marks every unread notification of the user as read. Returns how many changed. */
export async function markAllNotificationsRead(userId: string, at: Date = new Date()): Promise<number> {
  const { count } = await db().notification.updateMany({ where: { recipientId: userId, readAt: null }, data: { readAt: at } });
  return count;
}
