import { getTranslations } from "next-intl/server";

import { BarChart } from "@/components/charts/bar-chart";
import { EmptyState } from "@/components/ui/empty-state";
import type { CensusOverview } from "@/lib/dashboard/census-overview";
import type { Locale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";

/** Returns the country's name in the locale, or the code when the runtime does not know it. */
function countryNameOf(code: string, regionNames: Intl.DisplayNames): string {
  try {
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Renders the tenant figures of the newest census campaign: members by age band and citizenship, households by size. */
export async function CensusSection({ census, locale }: { census: CensusOverview; locale: Locale }) {
  const t = await getTranslations("dashboard.census");
  const count = (value: number) => formatNumber(value, locale);
  const regionNames = new Intl.DisplayNames([locale], { type: "region" });

  const body = census ? (
    <>
      <p className="text-slate-900">{t("campaign", { name: census.campaign.name, code: census.campaign.code, count: census.aggregates.declarations })}</p>
      <BarChart
        title={t("ageTitle")}
        labelHeader={t("ageBand")}
        valueHeader={t("people")}
        rows={census.aggregates.ageBands.map((row) => ({ key: row.band, label: t(`ageBands.${row.band}`), value: row.count, display: count(row.count) }))}
        formatTick={count}
      />
      <BarChart
        title={t("nationalityTitle")}
        labelHeader={t("country")}
        valueHeader={t("people")}
        rows={census.aggregates.nationalities.map((row) => ({
          key: row.country,
          label: row.country === "other" ? t("otherCountries") : countryNameOf(row.country, regionNames),
          value: row.count,
          display: count(row.count),
        }))}
        formatTick={count}
      />
      <BarChart
        title={t("householdSizeTitle")}
        labelHeader={t("householdSize")}
        valueHeader={t("households")}
        rows={census.aggregates.householdSizes.map((row) => ({ key: String(row.size), label: t("householdSizeValue", { size: row.size }), value: row.count, display: count(row.count) }))}
        formatTick={count}
      />
    </>
  ) : (
    <EmptyState title={t("noCampaign")} />
  );

  return (
    <section aria-labelledby="dashboard-census" className="space-y-8" data-testid="dashboard-census">
      <h2 id="dashboard-census" className="text-2xl font-bold text-slate-900">
        {t("heading")}
      </h2>
      {body}
    </section>
  );
}
