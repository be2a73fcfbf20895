import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

import { buttonClassName } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { PageHeader } from "@/components/ui/page-header";
import { TextField } from "@/components/ui/text-field";
import { requirePermission } from "@/lib/auth/policy";
import { bonusBackOfficePath } from "@/lib/bonus/bonus-form-state";
import { computeBonusStatistics, listReceiptYears } from "@/lib/bonus/bonus-statistics";
import { formatNumber } from "@/lib/i18n/format";
import type { SearchParams } from "@/lib/pagination";

const statisticsPath = `${bonusBackOfficePath}/statistiche`;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("bonus.statistics");
  return { title: t("title") };
}

function StatTable({ id, caption, headers, rows }: { id: string; caption: string; headers: [string, string]; rows: Array<[ReactNode, ReactNode]> }) {
  return (
    <div role="region" aria-labelledby={id} tabIndex={0} className="overflow-x-auto rounded-md border border-slate-300 bg-white">
      <table className="w-full border-collapse text-start">
        <caption id={id} className="p-2 text-start text-lg font-bold">
          {caption}
        </caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="p-2 text-start">{headers[0]}</th>
            <th scope="col" className="p-2 text-end">{headers[1]}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, value], index) => (
            <tr key={index} className="border-t border-slate-300">
              <th scope="row" className="p-2 text-start font-normal">{label}</th>
              <td className="p-2 text-end tabular-nums">{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default async function BonusStatisticsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission("bonus:read:any", { returnTo: statisticsPath });
  const query = await searchParams;
  const years = await listReceiptYears();
  const requested = Number(Array.isArray(query.anno) ? query.anno[0] : query.anno);
  const year = years.includes(requested) ? requested : (years[0] ?? new Date().getUTCFullYear());
  const stats = await computeBonusStatistics(year);

  const t = await getTranslations("bonus");
  const tAreas = await getTranslations("areas");
  const locale = await getLocale();
  const number = (value: number) => formatNumber(value, locale);
  const share = stats.acceptedShare === null ? "–" : `${formatNumber(stats.acceptedShare * 100, locale, 1)}%`;

  return (
    <>
      <PageHeader
        title={t("statistics.title")}
        description={t("statistics.description")}
        breadcrumb={[{ label: tAreas("backOffice.title"), href: "/back-office" }, { label: t("queue.title"), href: bonusBackOfficePath }, { label: t("statistics.title") }]}
      />

      <form method="get" action={statisticsPath} className="mb-6 flex flex-wrap items-end gap-4 rounded-md border border-slate-300 bg-white p-4">
        <SelectField id="stats-year" name="anno" label={t("statistics.year")} options={years.map((option) => ({ value: String(option), label: String(option) }))} defaultValue={String(year)} className="mb-0" />
        <button type="submit" className={buttonClassName("primary")}>
          {t("statistics.show")}
        </button>
      </form>

      <h2 className="mb-4 text-2xl font-bold">{t("statistics.heading", { year })}</h2>
      <dl className="mb-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-5" data-testid="bonus-stat-cards">
        {(
          [
            ["received", number(stats.received)],
            ["accepted", number(stats.accepted)],
            ["rejected", number(stats.rejected)],
            ["pending", number(stats.pending)],
            ["acceptedShare", share],
          ] as const
        ).map(([key, value]) => (
          <div key={key} className="rounded-md border border-slate-300 bg-white p-4">
            <dt className="text-slate-700">{t(`statistics.cards.${key}`)}</dt>
            <dd className="text-3xl font-bold tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>

      <div className="grid gap-6 lg:grid-cols-2">
        <StatTable
          id="stats-start-year"
          caption={t("statistics.byStartYear")}
          headers={[t("statistics.startYear"), t("statistics.count")]}
          rows={stats.byStartYear.map((row) => [row.year, number(row.count)])}
        />
        <StatTable
          id="stats-kind"
          caption={t("statistics.bySupplyKind")}
          headers={[t("statistics.supplyKind"), t("statistics.count")]}
          rows={stats.bySupplyKind.map((row) => [t(`supplyKinds.${row.supplyKind}`), number(row.count)])}
        />
        <StatTable
          id="stats-source"
          caption={t("statistics.bySource")}
          headers={[t("statistics.source"), t("statistics.count")]}
          rows={stats.bySource.map((row) => [t(`sources.${row.source}`), number(row.count)])}
        />
        <StatTable
          id="stats-reasons"
          caption={t("statistics.rejectionReasons")}
          headers={[t("statistics.reason"), t("statistics.count")]}
          rows={stats.rejectionReasons.map((row) => [t(`rejectionCodes.${row.code}`), number(row.count)])}
        />
      </div>

      <section aria-labelledby="export-heading" className="mt-8 rounded-md border border-slate-300 bg-white p-4">
        <h2 id="export-heading" className="mb-2 text-xl font-bold">
          {t("export.title")}
        </h2>
        <p className="mb-4">{t("export.description")}</p>
        <form method="get" action={`${bonusBackOfficePath}/esportazione`} className="flex flex-wrap items-end gap-4">
          <TextField id="export-from" name="dal" type="date" label={t("export.from")} required defaultValue={`${year}-01-01`} className="mb-0" />
          <TextField id="export-to" name="al" type="date" label={t("export.to")} required defaultValue={`${year}-12-31`} className="mb-0" />
          <button type="submit" className={buttonClassName("secondary")}>
            {t("export.submit")}
          </button>
        </form>
      </section>

      <p className="mt-6">
        <Link href={bonusBackOfficePath} className="text-brand-800 underline underline-offset-2">
          {t("statistics.backToQueue")}
        </Link>
      </p>
    </>
  );
}
