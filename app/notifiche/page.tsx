import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";

import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { SubmitButton } from "@/components/ui/submit-button";
import { requireUser } from "@/lib/auth/policy";
import { formatDateTime } from "@/lib/i18n/format";
import { listNotifications, ticketPathFor } from "@/lib/notifications/list-notifications";
import { markNotificationsRead } from "@/lib/notifications/mark-notifications-read";
import { parsePagination, type SearchParams } from "@/lib/pagination";
import { practicePathFor } from "@/lib/practices/practice-paths";

import { markAllNotificationsReadAction } from "./actions";

const notificationsPath = "/notifiche";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("notifications.list");
  return { title: t("title") };
}

/**
 * Renders the signed-in user's notifications, newest first. Listing a page marks its notifications as
 * read: the rows still show as new this once, because they were loaded before the update.
 */
export default async function NotificationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser({ returnTo: notificationsPath });
  const query = await searchParams;
  const request = parsePagination(query);

  const list = await listNotifications(user.id, request.page, request.pageSize);
  await markNotificationsRead(
    user.id,
    list.items.filter((item) => item.readAt === null).map((item) => item.id),
  );

  const locale = await getLocale();
  const t = await getTranslations("notifications");
  const hasUnread = list.items.some((item) => item.readAt === null);

  return (
    <>
      <PageHeader title={t("list.title")} description={t("list.description")} />

      {hasUnread ? (
        <form action={markAllNotificationsReadAction} className="mb-4">
          <SubmitButton variant="secondary" pendingLabel={t("list.marking")}>
            {t("list.markAll")}
          </SubmitButton>
        </form>
      ) : null}

      {list.items.length === 0 ? (
        <EmptyState title={t("list.emptyTitle")} description={t("list.emptyDescription")} />
      ) : (
        <ul className="divide-y-2 divide-slate-200 rounded-md border-2 border-slate-300" data-testid="notification-list">
          {list.items.map((item) => {
            const text = t(`kinds.${item.kind}`, { protocol: item.protocol ?? "" });

            return (
              <li key={item.id} className="flex flex-wrap items-baseline justify-between gap-2 p-4">
                <span className={item.readAt === null ? "font-semibold" : undefined}>
                  {item.readAt === null ? <span className="me-2 rounded bg-brand-900 px-2 py-0.5 text-xs font-bold text-white">{t("list.new")}</span> : null}
                  {item.ticketId ? (
                    <Link href={ticketPathFor(user, item.ticketId)} className="text-brand-800 underline">
                      {text}
                    </Link>
                  ) : item.practiceId ? (
                    <Link href={practicePathFor(user, item.practiceId)} className="text-brand-800 underline">
                      {text}
                    </Link>
                  ) : (
                    text
                  )}
                </span>
                <time dateTime={item.createdAt.toISOString()} className="text-sm text-slate-700">
                  {formatDateTime(item.createdAt, locale)}
                </time>
              </li>
            );
          })}
        </ul>
      )}

      <Pagination pathname={notificationsPath} searchParams={query} page={list.page} totalPages={list.pageCount} />
    </>
  );
}
