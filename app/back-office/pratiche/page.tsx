import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";

import { buttonClassName } from "@/components/ui/button";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { SelectField } from "@/components/ui/select-field";
import { requirePermission } from "@/lib/auth/policy";
import { formatDateTime } from "@/lib/i18n/format";
import { parsePagination, type SearchParams } from "@/lib/pagination";
import { listPracticeQueue, parsePracticeQueueFilters } from "@/lib/practices/list-practice-queue";
import { onlinePracticeKinds } from "@/lib/practices/practice-kinds";
import { practiceQueueDetailPath, practiceQueuePath } from "@/lib/practices/practice-paths";
import type { PracticeRow } from "@/lib/practices/practice-views";
import { PracticeState } from "@/lib/generated/prisma/enums";

import { PracticeStateBadge } from "@/components/practices/practice-state-badge";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("practices.queue");
  return { title: t("title") };
}

const filterableStates = Object.values(PracticeState).filter((state) => state !== "draft");

export default async function PracticeQueuePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission("practice:read:any", { returnTo: practiceQueuePath });
  const query = await searchParams;
  const filters = parsePracticeQueueFilters(query);

  const { rows, summary } = await listPracticeQueue(user, filters, parsePagination(query));

  const t = await getTranslations("practices");
  const tAreas = await getTranslations("areas");
  const locale = await getLocale();

  const columns: DataTableColumn<PracticeRow>[] = [
    {
      key: "protocol",
      header: t("queue.columns.protocol"),
      isRowHeader: true,
      cell: (row) => (
        <Link href={practiceQueueDetailPath(row.id)} className="text-brand-800 underline underline-offset-2">
          {row.protocol}
        </Link>
      ),
    },
    { key: "kind", header: t("queue.columns.kind"), cell: (row) => t(`kinds.${row.kind}.title`) },
    { key: "state", header: t("queue.columns.state"), cell: (row) => <PracticeStateBadge state={row.state} label={t(`states.${row.state}`)} /> },
    { key: "applicant", header: t("queue.columns.applicant"), cell: (row) => row.submitterName ?? t("detail.empty") },
    { key: "supply", header: t("queue.columns.supply"), cell: (row) => row.supplyCode ?? t("list.noSupply") },
    { key: "submittedAt", header: t("queue.columns.submittedAt"), cell: (row) => (row.submittedAt ? formatDateTime(row.submittedAt, locale) : t("detail.empty")) },
  ];

  return (
    <>
      <PageHeader
        title={t("queue.title")}
        description={t("queue.description")}
        breadcrumb={[{ label: tAreas("backOffice.title"), href: "/back-office" }, { label: t("queue.title") }]}
      />

      <form method="get" action={practiceQueuePath} role="search" aria-labelledby="practice-filters-title" className="mb-6 rounded-md border border-slate-300 bg-white p-4">
        <h2 id="practice-filters-title" className="mb-4 text-lg font-bold">
          {t("queue.filtersTitle")}
        </h2>
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            id="filter-kind"
            name="kind"
            label={t("queue.kind")}
            placeholder={t("queue.allKinds")}
            options={onlinePracticeKinds.map((kind) => ({ value: kind, label: t(`kinds.${kind}.title`) }))}
            defaultValue={filters.kind ?? ""}
            className="mb-0"
          />
          <SelectField
            id="filter-state"
            name="state"
            label={t("queue.state")}
            placeholder={t("queue.allStates")}
            options={filterableStates.map((state) => ({ value: state, label: t(`states.${state}`) }))}
            defaultValue={filters.state ?? ""}
            className="mb-0"
          />
        </div>
        <button type="submit" className={`${buttonClassName("primary")} mt-4`}>
          {t("queue.apply")}
        </button>
      </form>

      <DataTable
        caption={t("queue.caption")}
        columns={columns}
        rows={rows}
        rowKey={(row) => row.id}
        empty={<EmptyState title={t("queue.emptyTitle")} description={t("queue.emptyDescription")} />}
        paging={{ summary, pathname: practiceQueuePath, searchParams: query }}
      />
    </>
  );
}
