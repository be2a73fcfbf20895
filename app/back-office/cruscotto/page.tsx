import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";

import { PageHeader } from "@/components/ui/page-header";
import { loadDashboard } from "@/lib/dashboard/load-dashboard";
import type { SearchParams } from "@/lib/pagination";

import { CensusSection } from "./census-section";
import { PeriodForm } from "./period-form";
import { SatisfactionSection } from "./satisfaction-section";
import { TicketSection } from "./ticket-section";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard");
  return { title: t("title") };
}

function firstOf(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

export default async function DashboardPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const locale = await getLocale();
  const dashboard = await loadDashboard(params, locale);

  const t = await getTranslations("dashboard");
  const tBackoffice = await getTranslations("backoffice");
  const scope = dashboard.divisions.length > 1 ? t("scope.both") : t("scope.one", { division: tBackoffice(`divisions.${dashboard.divisions[0] ?? "sii"}`) });

  return (
    <div className="space-y-10">
      <PageHeader title={t("title")} description={t("description")} />
      <p className="text-slate-700">{scope}</p>
      <PeriodForm period={dashboard.period} requested={{ from: firstOf(params.dal), to: firstOf(params.al) }} locale={locale} />
      <TicketSection tickets={dashboard.tickets} locale={locale} />
      <SatisfactionSection satisfaction={dashboard.satisfaction} locale={locale} />
      {dashboard.divisions.includes("casa") ? <CensusSection census={dashboard.census} locale={locale} /> : null}
    </div>
  );
}
