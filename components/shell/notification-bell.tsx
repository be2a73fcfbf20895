import { getTranslations } from "next-intl/server";

import { unreadCountForCurrentUser } from "@/lib/notifications/unread-count-for-current-user";

/**
 * Shows the signed-in user's unread notification count, and nothing when no user is signed in.
 * There is no notification list page yet, so the bell is not a link.
 */
export async function NotificationBell() {
  const count = await unreadCountForCurrentUser();
  if (count === null) return null;

  const t = await getTranslations("notifications");

  return (
    <span role="img" aria-label={t("bell.label", { count })} data-testid="notification-bell" className="relative inline-flex items-center">
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-6 w-6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {count > 0 ? (
        <span aria-hidden="true" className="absolute -end-2 -top-2 min-w-5 rounded-full bg-white px-1 text-center text-xs font-bold text-brand-900">
          {count > 99 ? "99+" : count}
        </span>
      ) : null}
    </span>
  );
}
