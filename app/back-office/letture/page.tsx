import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";

import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/policy";
import { formatDate, formatDateTime, formatNumber } from "@/lib/i18n/format";
import { parsePagination, type SearchParams } from "@/lib/pagination";
import { listReadingsToReview, type ReadingToReviewRow } from "@/lib/readings/list-readings-to-review";

const readingsToReviewPath = "/back-office/letture";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("readings.review");
  return { title: t("title") };
}

export default async function ReadingsToReviewPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission("reading:update:any", { returnTo: readingsToReviewPath });
  const query = await searchParams;

  const { rows, summary } = await listReadingsToReview(parsePagination(query));

  const t = await getTranslations("readings.review");
  const tAreas = await getTranslations("areas");
  const locale = await getLocale();

  const columns: DataTableColumn<ReadingToReviewRow>[] = [
    {
      key: "protocol",
      header: t("columns.protocol"),
      isRowHeader: true,
      cell: (row) => (
        <Link href={`${readingsToReviewPath}/${row.id}`} className="text-brand-800 underline underline-offset-2">
          {row.protocol ?? t("noProtocol")}
        </Link>
      ),
    },
    {
      key: "supply",
      header: t("columns.supply"),
      cell: (row) => (
        <>
          {row.supplyCode}
          <span className="block text-sm text-slate-700">{row.address}</span>
        </>
      ),
    },
    { key: "readAt", header: t("columns.readAt"), cell: (row) => formatDate(row.readAt, locale) },
    { key: "cubicMetres", header: t("columns.cubicMetres"), align: "end", cell: (row) => formatNumber(row.cubicMetres, locale) },
    { key: "reason", header: t("columns.reason"), cell: (row) => row.stateReason ?? "—" },
    { key: "createdAt", header: t("columns.createdAt"), cell: (row) => formatDateTime(row.createdAt, locale) },
  ];

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} breadcrumb={[{ label: tAreas("backOffice.title"), href: "/back-office" }, { label: t("title") }]} />
      <DataTable
        caption={t("caption")}
        columns={columns}
        rows={rows}
        rowKey={(row) => row.id}
        empty={<EmptyState title={t("emptyTitle")} />}
        paging={{ summary, pathname: readingsToReviewPath, searchParams: query }}
      />
    </>
  );
}
