import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";

import { buttonClassName } from "@/components/ui/button";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { SelectField } from "@/components/ui/select-field";
import { StatusBadge } from "@/components/ui/status-badge";
import { TextField } from "@/components/ui/text-field";
import { requirePermission } from "@/lib/auth/policy";
import { bonusCheckKinds } from "@/lib/bonus/bonus-checks";
import { bonusApplicationPath, bonusBackOfficePath } from "@/lib/bonus/bonus-form-state";
import { bonusSources, bonusStates, parseBonusQueueFilters } from "@/lib/bonus/bonus-queue-filters";
import { listBonusQueue, listBonusQueueOptions, type BonusQueueRow } from "@/lib/bonus/list-bonus-queue";
import { formatDate } from "@/lib/i18n/format";
import type { SearchParams } from "@/lib/pagination";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("bonus.queue");
  return { title: t("title") };
}

export default async function BonusQueuePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission("bonus:read:any", { returnTo: bonusBackOfficePath });
  const query = await searchParams;
  const filters = parseBonusQueueFilters(query);

  const [{ rows, summary }, options] = await Promise.all([listBonusQueue(filters), listBonusQueueOptions()]);

  const t = await getTranslations("bonus");
  const tAreas = await getTranslations("areas");
  const locale = await getLocale();

  const columns: DataTableColumn<BonusQueueRow>[] = [
    {
      key: "reference",
      header: t("queue.table.reference"),
      isRowHeader: true,
      cell: (row) => (
        <Link href={bonusApplicationPath(row.id)} className="text-brand-800 underline underline-offset-2">
          {row.reference}
        </Link>
      ),
    },
    { key: "applicant", header: t("queue.table.applicant"), cell: (row) => row.applicantName },
    { key: "source", header: t("queue.table.source"), cell: (row) => (row.cafOfficeName ? `${t(`sources.${row.source}`)} – ${row.cafOfficeName}` : t(`sources.${row.source}`)) },
    { key: "kind", header: t("queue.table.supplyKind"), cell: (row) => t(`supplyKinds.${row.supplyKind}`) },
    { key: "year", header: t("queue.table.year"), cell: (row) => row.competenceYear, align: "end" },
    { key: "received", header: t("queue.table.received"), cell: (row) => formatDate(row.receivedAt, locale) },
    { key: "state", header: t("queue.table.state"), cell: (row) => <StatusBadge status={row.state} label={t(`states.${row.state}`)} /> },
    {
      key: "attention",
      header: t("queue.table.attention"),
      cell: (row) => (
        <>
          {row.failedChecks > 0 ? <span className="block">{t("queue.table.failedChecks", { count: row.failedChecks })}</span> : null}
          {row.openInspections > 0 ? <span className="block">{t("queue.table.openInspections", { count: row.openInspections })}</span> : null}
        </>
      ),
    },
  ];

  const field = "mb-0";

  return (
    <>
      <PageHeader
        title={t("queue.title")}
        description={t("queue.description")}
        breadcrumb={[{ label: tAreas("backOffice.title"), href: "/back-office" }, { label: t("queue.title") }]}
        actions={
          <>
            <Link href={`${bonusBackOfficePath}/lotti`} className={buttonClassName("primary")}>
              {t("queue.batches")}
            </Link>
            <Link href={`${bonusBackOfficePath}/statistiche`} className={buttonClassName("secondary")}>
              {t("queue.statistics")}
            </Link>
          </>
        }
      />

      <form method="get" action={bonusBackOfficePath} role="search" aria-labelledby="bonus-filters-heading" className="mb-6 rounded-md border border-slate-300 bg-white p-4">
        <h2 id="bonus-filters-heading" className="mb-4 text-lg font-bold">
          {t("queue.filters.legend")}
        </h2>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <TextField id="filter-q" name="q" type="search" label={t("queue.filters.q")} hint={t("queue.filters.qHint")} defaultValue={filters.q ?? ""} className={field} />
          <SelectField id="filter-state" name="state" label={t("queue.filters.state")} placeholder={t("queue.filters.any")} options={bonusStates.map((state) => ({ value: state, label: t(`states.${state}`) }))} defaultValue={filters.state ?? ""} className={field} />
          <SelectField id="filter-source" name="source" label={t("queue.filters.source")} placeholder={t("queue.filters.any")} options={bonusSources.map((source) => ({ value: source, label: t(`sources.${source}`) }))} defaultValue={filters.source ?? ""} className={field} />
          <SelectField id="filter-caf" name="cafOffice" label={t("queue.filters.cafOffice")} placeholder={t("queue.filters.any")} options={options.cafOffices.map((office) => ({ value: office.id, label: office.name }))} defaultValue={filters.cafOffice ?? ""} className={field} />
          <SelectField id="filter-year" name="year" label={t("queue.filters.year")} placeholder={t("queue.filters.any")} options={options.years.map((year) => ({ value: String(year), label: String(year) }))} defaultValue={filters.year ? String(filters.year) : ""} className={field} />
          <SelectField id="filter-check" name="failedCheck" label={t("queue.filters.failedCheck")} placeholder={t("queue.filters.any")} options={bonusCheckKinds.map((kind) => ({ value: kind, label: t(`checks.${kind}`) }))} defaultValue={filters.failedCheck ?? ""} className={field} />
          <SelectField id="filter-inspection" name="needsInspection" label={t("queue.filters.needsInspection")} placeholder={t("queue.filters.any")} options={[{ value: "1", label: t("queue.filters.inspectionOpen") }]} defaultValue={filters.needsInspection ?? ""} className={field} />
        </div>
        <div className="mt-4 flex flex-wrap gap-3">
          <button type="submit" className={buttonClassName("primary")}>
            {t("queue.filters.apply")}
          </button>
          <Link href={bonusBackOfficePath} className={buttonClassName("secondary")}>
            {t("queue.filters.reset")}
          </Link>
        </div>
      </form>

      <p className="mb-2" role="status">
        {t("queue.summary", { first: summary.firstItem, last: summary.lastItem, total: summary.totalItems })}
      </p>
      <DataTable caption={t("queue.caption")} columns={columns} rows={rows} rowKey={(row) => row.id} paging={{ summary, pathname: bonusBackOfficePath, searchParams: query }} />
    </>
  );
}
