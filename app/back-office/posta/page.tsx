import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";

import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { requirePermission } from "@/lib/auth/policy";
import { outboxEmailPath, outboxPath } from "@/lib/charter/admin/admin-paths";
import { formatDateTime } from "@/lib/i18n/format";
import { decodeOutboxCursor, listOutboxPage, type OutboxRow } from "@/lib/notifications/outbox-page";
import type { SearchParams } from "@/lib/pagination";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("backofficeAdmin.outbox");
  return { title: t("title") };
}

const badgeTones = { queued: "info", sent: "success", failed: "danger" } as const;

export default async function OutboxPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission("admin:config", { returnTo: outboxPath });
  const query = await searchParams;
  const cursorParam = typeof query.prima === "string" ? query.prima : undefined;
  const cursor = decodeOutboxCursor(cursorParam);
  const page = await listOutboxPage(user, { cursor });

  const t = await getTranslations("backofficeAdmin.outbox");
  const tAreas = await getTranslations("areas");
  const locale = await getLocale();

  const columns: DataTableColumn<OutboxRow>[] = [
    {
      key: "subject",
      header: t("columns.subject"),
      isRowHeader: true,
      cell: (row) => (
        <Link href={outboxEmailPath(row.id)} className="text-brand-800 underline underline-offset-2">
          {row.subject}
        </Link>
      ),
    },
    { key: "to", header: t("columns.to"), cell: (row) => row.toAddress },
    { key: "ticket", header: t("columns.ticket"), cell: (row) => row.ticketProtocol ?? t("noTicket") },
    { key: "createdAt", header: t("columns.createdAt"), cell: (row) => formatDateTime(row.createdAt, locale) },
    { key: "state", header: t("columns.state"), cell: (row) => <StatusBadge label={t(`states.${row.state}`)} tone={badgeTones[row.state]} /> },
    { key: "attempts", header: t("columns.attempts"), align: "end", cell: (row) => row.attempts },
  ];

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} breadcrumb={[{ label: tAreas("backOffice.title"), href: "/back-office" }, { label: t("title") }]} />
      <DataTable caption={t("caption")} columns={columns} rows={page.rows} rowKey={(row) => row.id} empty={<EmptyState title={t("empty")} />} />
      <nav aria-label={t("pages")} className="mt-4 flex flex-wrap gap-4">
        {cursor ? (
          <Link href={outboxPath} className="text-brand-800 underline underline-offset-2">
            {t("newest")}
          </Link>
        ) : null}
        {page.nextCursor ? (
          <Link href={`${outboxPath}?prima=${page.nextCursor}`} className="text-brand-800 underline underline-offset-2">
            {t("older")}
          </Link>
        ) : null}
      </nav>
    </>
  );
}
