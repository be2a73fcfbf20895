import { getTranslations } from "next-intl/server";

import { BarChart } from "@/components/charts/bar-chart";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import type { Division } from "@/lib/auth/permissions";
import { sharePercent } from "@/lib/dashboard/shares";
import { openTicketStates, type DivisionTicketKpis, type IndemnityTotals, type StandardCompliance, type TicketKpis } from "@/lib/dashboard/ticket-kpis";
import type { Locale } from "@/lib/i18n/config";
import { formatMoneyCents, formatNumber } from "@/lib/i18n/format";

type IndicatorRow = { key: string; label: string; value: string };

function percentText(share: number | null, locale: Locale, noValue: string): string {
  return share === null ? noValue : `${formatNumber(share, locale, 1)}%`;
}

/** Renders one division's ticket figures: indicators, open tickets by state, channels, charter compliance and indemnities. */
async function DivisionTickets({ kpis, compliance, indemnities, locale }: { kpis: DivisionTicketKpis; compliance: StandardCompliance[]; indemnities: IndemnityTotals[]; locale: Locale }) {
  const t = await getTranslations("dashboard.tickets");
  const tBackoffice = await getTranslations("backoffice");
  const division = tBackoffice(`divisions.${kpis.division}`);
  const count = (value: number) => formatNumber(value, locale);
  const openNow = openTicketStates.reduce((sum, state) => sum + kpis.openByState[state], 0);

  const indicators: IndicatorRow[] = [
    { key: "openNow", label: t("openNow"), value: count(openNow) },
    { key: "openedInPeriod", label: t("openedInPeriod"), value: count(kpis.openedInPeriod) },
    { key: "resolvedInPeriod", label: t("resolvedInPeriod"), value: count(kpis.resolvedInPeriod) },
    { key: "overdue", label: t("overdue"), value: count(kpis.overdue) },
    {
      key: "firstReply",
      label: t("firstReply"),
      value: kpis.firstReplyAverageHours === null ? t("noValue") : t("firstReplyValue", { hours: formatNumber(kpis.firstReplyAverageHours, locale, 1), count: kpis.firstReplyCount }),
    },
  ];
  const indicatorColumns: DataTableColumn<IndicatorRow>[] = [
    { key: "label", header: t("indicator"), cell: (row) => row.label, isRowHeader: true },
    { key: "value", header: t("value"), cell: (row) => row.value, align: "end" },
  ];

  const complianceColumns: DataTableColumn<StandardCompliance>[] = [
    { key: "name", header: t("standard"), cell: (row) => row.name, isRowHeader: true },
    { key: "stopped", header: t("stopped"), cell: (row) => count(row.stopped), align: "end" },
    { key: "met", header: t("met"), cell: (row) => count(row.met), align: "end" },
    { key: "share", header: t("metShare"), cell: (row) => percentText(sharePercent(row.met, row.stopped), locale, t("noValue")), align: "end" },
  ];

  const indemnityColumns: DataTableColumn<IndemnityTotals>[] = [
    { key: "level", header: t("level"), cell: (row) => t(`levels.${row.level}`), isRowHeader: true },
    { key: "count", header: t("indemnityCount"), cell: (row) => count(row.count), align: "end" },
    { key: "total", header: t("indemnityTotal"), cell: (row) => formatMoneyCents(row.totalCents, locale), align: "end" },
    { key: "exempt", header: t("exempt"), cell: (row) => count(row.exempt), align: "end" },
  ];

  return (
    <section aria-labelledby={`tickets-${kpis.division}`} className="space-y-6" data-testid={`tickets-${kpis.division}`}>
      <h3 id={`tickets-${kpis.division}`} className="text-xl font-semibold text-slate-900">
        {division}
      </h3>
      <DataTable caption={t("summaryCaption", { division })} columns={indicatorColumns} rows={indicators} rowKey={(row) => row.key} />
      <BarChart
        title={t("openByStateTitle", { division })}
        labelHeader={t("state")}
        valueHeader={t("count")}
        rows={openTicketStates.map((state) => ({ key: state, label: tBackoffice(`states.${state}`), value: kpis.openByState[state], display: count(kpis.openByState[state]) }))}
        formatTick={count}
      />
      {kpis.channels.length > 0 ? (
        <BarChart
          title={t("channelsTitle", { division })}
          labelHeader={t("channel")}
          valueHeader={t("count")}
          rows={kpis.channels.map((row) => ({ key: row.channel, label: tBackoffice(`channels.${row.channel}`), value: row.count, display: count(row.count) }))}
          formatTick={count}
        />
      ) : (
        <EmptyState title={t("noTickets")} />
      )}
      <DataTable
        caption={t("complianceCaption", { division })}
        columns={complianceColumns}
        rows={compliance}
        rowKey={(row) => row.code}
        empty={<EmptyState title={t("noCompliance")} />}
      />
      <DataTable caption={t("indemnityCaption", { division })} columns={indemnityColumns} rows={indemnities} rowKey={(row) => row.level} />
    </section>
  );
}

/** Renders the ticket figures of every division in the user's scope. */
export async function TicketSection({ tickets, locale }: { tickets: TicketKpis; locale: Locale }) {
  const t = await getTranslations("dashboard.tickets");
  const ofDivision = <Row extends { division: Division }>(rows: Row[], division: Division) => rows.filter((row) => row.division === division);

  return (
    <section aria-labelledby="dashboard-tickets" className="space-y-8">
      <h2 id="dashboard-tickets" className="text-2xl font-bold text-slate-900">
        {t("heading")}
      </h2>
      {tickets.divisions.map((kpis) => (
        <DivisionTickets
          key={kpis.division}
          kpis={kpis}
          compliance={ofDivision(tickets.compliance, kpis.division)}
          indemnities={ofDivision(tickets.indemnities, kpis.division)}
          locale={locale}
        />
      ))}
    </section>
  );
}
