import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";

import { ButtonLink } from "@/components/ui/button";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { requirePermission } from "@/lib/auth/policy";
import { formatDate } from "@/lib/i18n/format";
import { parsePagination, type SearchParams } from "@/lib/pagination";
import { listReports, type ReportRow } from "@/lib/reports/list-reports";
import { newReportPath, reportDetailPath } from "@/lib/reports/report-kinds";
import { tenantPaths } from "@/lib/tenancy/tenant-paths";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reports.list");
  return { title: t("title") };
}

export default async function ReportsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission("ticket:read:own", { returnTo: tenantPaths.reports });
  const query = await searchParams;

  const { rows, summary } = await listReports(user, parsePagination(query));

  const t = await getTranslations("reports");
  const tStates = await getTranslations("tickets.states");
  const tAreas = await getTranslations("areas");
  const locale = await getLocale();
  const isCaretaker = user.roles.includes("caretaker");

  const columns: DataTableColumn<ReportRow>[] = [
    {
      key: "protocol",
      header: t("list.columns.protocol"),
      isRowHeader: true,
      cell: (row) => (
        <Link href={reportDetailPath(row.id)} className="text-brand-800 underline underline-offset-2">
          {row.protocol}
        </Link>
      ),
    },
    { key: "category", header: t("list.columns.category"), cell: (row) => row.categoryLabels[locale] },
    { key: "place", header: t("list.columns.place"), cell: (row) => (row.commonArea ? t("places.commonArea") : t("places.dwelling")) },
    {
      key: "state",
      header: t("list.columns.state"),
      cell: (row) => (
        <span className="inline-flex flex-wrap gap-1">
          <StatusBadge status={row.state} label={tStates(row.state)} />
          {row.priority === "urgent" ? <StatusBadge tone="danger" label={t("list.urgent")} /> : null}
        </span>
      ),
    },
    { key: "openedAt", header: t("list.columns.openedAt"), cell: (row) => formatDate(row.openedAt, locale) },
  ];

  return (
    <>
      <PageHeader
        title={t("list.title")}
        description={isCaretaker ? t("list.caretakerDescription") : t("list.description")}
        breadcrumb={[{ label: tAreas("erp.title"), href: tenantPaths.home }, { label: t("list.title") }]}
        actions={<ButtonLink href={newReportPath}>{t("list.newReport")}</ButtonLink>}
      />
      <DataTable
        caption={t("list.caption")}
        columns={columns}
        rows={rows}
        rowKey={(row) => row.id}
        empty={<EmptyState title={t("list.emptyTitle")} description={t("list.emptyDescription")} />}
        paging={{ summary, pathname: tenantPaths.reports, searchParams: query }}
      />
    </>
  );
}
