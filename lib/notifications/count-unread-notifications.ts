import "server-only";

import { db } from "@/lib/db/client";

/** Counts the user's in-app notifications not read yet. */
export async function countUnreadNotifications(userId: string): Promise<number> {
  return db().notification.count({ where: { recipientId: userId, readAt: null } });
}
