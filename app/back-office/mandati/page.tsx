import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";

import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { requirePermission } from "@/lib/auth/policy";
import { formatCalendarDate, formatDate } from "@/lib/i18n/format";
import { listMandatesForReview, mandateStates, parseMandateStateFilter, type MandateReviewRow } from "@/lib/mandates/list-mandates-for-review";
import { backOfficeMandatePath, backOfficeMandatesPath } from "@/lib/mandates/mandate-paths";
import { parsePagination, type SearchParams } from "@/lib/pagination";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("mandates.review");
  return { title: t("title") };
}

export default async function MandateReviewListPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission("mandate:read:any", { returnTo: backOfficeMandatesPath });
  const query = await searchParams;

  const state = parseMandateStateFilter(query.stato);
  const { rows, summary } = await listMandatesForReview(state, parsePagination(query));

  const t = await getTranslations("mandates");
  const tAreas = await getTranslations("areas");
  const locale = await getLocale();

  const columns: DataTableColumn<MandateReviewRow>[] = [
    {
      key: "supply",
      header: t("review.columns.supply"),
      isRowHeader: true,
      cell: (row) => (
        <Link href={backOfficeMandatePath(row.id)} className="text-brand-800 underline underline-offset-2">
          {row.supplyCode}
        </Link>
      ),
    },
    {
      key: "condominium",
      header: t("review.columns.condominium"),
      cell: (row) => (
        <>
          {row.condominiumName ?? "—"}
          <span className="block text-sm text-slate-700">{row.address}</span>
        </>
      ),
    },
    { key: "admin", header: t("review.columns.admin"), cell: (row) => row.adminName ?? "—" },
    { key: "appointedOn", header: t("review.columns.appointedOn"), cell: (row) => (row.appointedOn ? formatCalendarDate(row.appointedOn, locale) : "—") },
    { key: "requestedAt", header: t("review.columns.requestedAt"), cell: (row) => formatDate(row.requestedAt, locale) },
    { key: "state", header: t("review.columns.state"), cell: (row) => <StatusBadge status={row.state} label={t(`states.${row.state}`)} /> },
  ];

  return (
    <>
      <PageHeader title={t("review.title")} description={t("review.description")} breadcrumb={[{ label: tAreas("backOffice.title"), href: "/back-office" }, { label: t("review.title") }]} />
      <nav aria-label={t("review.filterLabel")} className="mb-6">
        <ul className="flex flex-wrap gap-2">
          {mandateStates.map((item) => (
            <li key={item}>
              <Link
                href={item === "requested" ? backOfficeMandatesPath : `${backOfficeMandatesPath}?stato=${item}`}
                aria-current={item === state ? "page" : undefined}
                className={`inline-block rounded-md border px-3 py-1.5 ${item === state ? "border-brand-800 bg-brand-800 text-white" : "border-slate-500 bg-white text-slate-900 underline underline-offset-2"}`}
              >
                {t(`review.filters.${item}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <DataTable
        caption={t("review.caption", { state: t(`states.${state}`) })}
        columns={columns}
        rows={rows}
        rowKey={(row) => row.id}
        empty={<EmptyState title={t("review.emptyTitle")} />}
        paging={{ summary, pathname: backOfficeMandatesPath, searchParams: query }}
      />
    </>
  );
}
