import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";

import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { requirePermission } from "@/lib/auth/policy";
import { householdReviewDetailPath, householdReviewPath } from "@/lib/household/household-paths";
import { listHouseholdChangesForReview, type HouseholdChangeRow, type ReviewFilter } from "@/lib/household/list-household-changes";
import { formatCalendarDate, formatDate } from "@/lib/i18n/format";
import { parsePagination, type SearchParams } from "@/lib/pagination";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("household.review");
  return { title: t("title") };
}

export default async function HouseholdReviewPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission("household:update:any", { returnTo: householdReviewPath });
  const query = await searchParams;
  const filter: ReviewFilter = query.filter === "decided" ? "decided" : "open";

  const { rows, summary } = await listHouseholdChangesForReview(filter, parsePagination(query));

  const t = await getTranslations("household");
  const tAreas = await getTranslations("areas");
  const locale = await getLocale();

  const columns: DataTableColumn<HouseholdChangeRow>[] = [
    {
      key: "protocol",
      header: t("review.columns.protocol"),
      isRowHeader: true,
      cell: (row) => (
        <Link href={householdReviewDetailPath(row.id)} className="text-brand-800 underline underline-offset-2">
          {row.protocol}
        </Link>
      ),
    },
    { key: "contract", header: t("review.columns.contract"), cell: (row) => row.contractCode ?? "" },
    { key: "change", header: t("review.columns.change"), cell: (row) => t(`kinds.${row.change}`) },
    { key: "member", header: t("review.columns.member"), cell: (row) => row.memberName },
    { key: "effectiveOn", header: t("review.columns.effectiveOn"), cell: (row) => formatCalendarDate(row.effectiveOn, locale) },
    { key: "submittedAt", header: t("review.columns.submittedAt"), cell: (row) => (row.submittedAt ? formatDate(row.submittedAt, locale) : "") },
    { key: "state", header: t("review.columns.state"), cell: (row) => <StatusBadge status={row.state} label={t(`states.${row.state}`)} /> },
  ];

  const tabClass = (active: boolean) =>
    `inline-flex min-h-11 items-center rounded-md border-2 px-4 ${active ? "border-brand-800 bg-brand-50 font-semibold" : "border-slate-300"}`;

  return (
    <>
      <PageHeader title={t("review.title")} description={t("review.description")} breadcrumb={[{ label: tAreas("backOffice.title"), href: "/back-office" }, { label: t("review.title") }]} />
      <nav aria-label={t("review.filtersLabel")} className="mb-6 flex flex-wrap gap-3">
        <Link href={householdReviewPath} className={tabClass(filter === "open")} aria-current={filter === "open" ? "page" : undefined}>
          {t("review.open")}
        </Link>
        <Link href={`${householdReviewPath}?filter=decided`} className={tabClass(filter === "decided")} aria-current={filter === "decided" ? "page" : undefined}>
          {t("review.decided")}
        </Link>
      </nav>
      <DataTable
        caption={filter === "open" ? t("review.captionOpen") : t("review.captionDecided")}
        columns={columns}
        rows={rows}
        rowKey={(row) => row.id}
        empty={<EmptyState title={t("review.emptyTitle")} description={t("review.emptyDescription")} />}
        paging={{ summary, pathname: householdReviewPath, searchParams: query }}
      />
    </>
  );
}
