import { getLocale, getTranslations } from "next-intl/server";

import type { CensusAggregates } from "@/lib/census/campaign-progress";
import { formatNumber } from "@/lib/i18n/format";

/** Draws a bar as wide as the count's share of the largest count. The number beside it gives the value, so the bar is hidden from screen readers. */
function Bar({ count, max }: { count: number; max: number }) {
  const width = max > 0 ? Math.round((count / max) * 100) : 0;
  return (
    <span aria-hidden="true" className="block h-3 rounded bg-brand-700" style={{ width: `${width}%` }} />
  );
}

type AggregateTableProps = { caption: string; labelHeader: string; rows: Array<{ key: string; label: string; count: number }> };

/** Renders one figure as a table with a bar per row, so the table is the accessible form of the chart. */
async function AggregateTable({ caption, labelHeader, rows }: AggregateTableProps) {
  const locale = await getLocale();
  const t = await getTranslations("census.aggregates");
  const max = Math.max(0, ...rows.map((row) => row.count));

  return (
    <table className="w-full border-collapse text-start">
      <caption className="mb-2 text-start text-lg font-semibold">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-400">
          <th scope="col" className="py-1 text-start">{labelHeader}</th>
          <th scope="col" className="py-1 text-end">{t("count")}</th>
          <th scope="col" className="w-1/2 py-1 text-start">
            <span className="sr-only">{t("chart")}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className="border-b border-slate-200">
            <th scope="row" className="py-1 text-start font-normal">{row.label}</th>
            <td className="py-1 text-end">{formatNumber(row.count, locale)}</td>
            <td className="py-1 ps-3">
              <Bar count={row.count} max={max} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Renders the dashboard figures of a campaign's completed declarations. */
export async function AggregateTables({ aggregates }: { aggregates: CensusAggregates }) {
  const t = await getTranslations("census.aggregates");
  const regionNames = new Intl.DisplayNames([await getLocale()], { type: "region" });
  const countryName = (code: string) => {
    if (code === "other") return t("otherCountries");
    try {
      return regionNames.of(code) ?? code;
    } catch {
      return code;
    }
  };

  return (
    <section aria-labelledby="aggregates-heading">
      <h2 id="aggregates-heading" className="mb-1 text-xl font-semibold">
        {t("heading")}
      </h2>
      <p className="mb-4 text-slate-700">{t("basis", { count: aggregates.declarations })}</p>
      <div className="grid gap-8 lg:grid-cols-3">
        <AggregateTable caption={t("ageCaption")} labelHeader={t("ageBand")} rows={aggregates.ageBands.map((row) => ({ key: row.band, label: t(`bands.${row.band}`), count: row.count }))} />
        <AggregateTable caption={t("nationalityCaption")} labelHeader={t("country")} rows={aggregates.nationalities.map((row) => ({ key: row.country, label: countryName(row.country), count: row.count }))} />
        <AggregateTable caption={t("sizeCaption")} labelHeader={t("members")} rows={aggregates.householdSizes.map((row) => ({ key: String(row.size), label: t("sizeLabel", { size: row.size }), count: row.count }))} />
      </div>
    </section>
  );
}
