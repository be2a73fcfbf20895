import "server-only";

import { getCurrentUser } from "@/lib/auth/session";
import { countUnreadNotifications } from "@/lib/notifications/count-unread-notifications";

/** Returns the signed-in user's unread notification count, or null when no user is signed in. */
export async function unreadCountForCurrentUser(): Promise<number | null> {
  const user = await getCurrentUser();
  if (!user) return null;

  return countUnreadNotifications(user.id);
}
