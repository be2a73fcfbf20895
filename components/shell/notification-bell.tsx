import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { unreadCountForCurrentUser } from "@/lib/notifications/unread-count-for-current-user";

/**
 * Links the signed-in user to their notifications, with the unread count in the link's
 * accessible name and as a badge. Shows nothing when no user is signed in.
 */
export async function NotificationBell() {
  const count = await unreadCountForCurrentUser();
  if (count === null) return null;

  const t = await getTranslations("notifications");

  return (
    <Link href="/notifiche" aria-label={t("bell.label", { count })} data-testid="notification-bell" className="relative inline-flex items-center rounded-md p-1">
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-6 w-6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {count > 0 ? (
        <span aria-hidden="true" className="absolute -end-1 -top-1 min-w-5 rounded-full bg-white px-1 text-center text-xs font-bold text-brand-900">
          {count > 99 ? "99+" : count}
        </span>
      ) : null}
    </Link>
  );
}
