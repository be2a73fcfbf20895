import { getTranslations } from "next-intl/server";

import { BarChart } from "@/components/charts/bar-chart";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import type { Division } from "@/lib/auth/permissions";
import { averageOf, sharePercent } from "@/lib/dashboard/shares";
import { ratingScores, type CategoryRatings, type RatingComment, type RatingSummary, type SatisfactionOverview } from "@/lib/dashboard/satisfaction-overview";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatNumber } from "@/lib/i18n/format";

type DivisionRatings = RatingSummary & { division: Division };

/** Renders the 1-5 ratings of the period per division and category, and the latest comments. */
export async function SatisfactionSection({ satisfaction, locale }: { satisfaction: SatisfactionOverview; locale: Locale }) {
  const t = await getTranslations("dashboard.satisfaction");
  const tTickets = await getTranslations("dashboard.tickets");
  const tBackoffice = await getTranslations("backoffice");
  const noValue = tTickets("noValue");
  const divisionName = (division: Division) => tBackoffice(`divisions.${division}`);
  const count = (value: number) => formatNumber(value, locale);
  const average = (summary: RatingSummary) => {
    const value = averageOf(summary.sum, summary.count);
    return value === null ? noValue : formatNumber(value, locale, 2);
  };
  const lowShare = (summary: RatingSummary) => {
    const share = sharePercent(summary.byScore[1] + summary.byScore[2], summary.count);
    return share === null ? noValue : `${formatNumber(share, locale, 1)}%`;
  };

  const divisionColumns: DataTableColumn<DivisionRatings>[] = [
    { key: "division", header: t("division"), cell: (row) => divisionName(row.division), isRowHeader: true },
    { key: "count", header: t("ratings"), cell: (row) => count(row.count), align: "end" },
    { key: "average", header: t("average"), cell: average, align: "end" },
    { key: "low", header: t("lowShare"), cell: lowShare, align: "end" },
  ];

  const categoryColumns: DataTableColumn<CategoryRatings>[] = [
    { key: "category", header: t("category"), cell: (row) => row.label, isRowHeader: true },
    { key: "division", header: t("division"), cell: (row) => divisionName(row.division) },
    { key: "count", header: t("ratings"), cell: (row) => count(row.count), align: "end" },
    { key: "average", header: t("average"), cell: average, align: "end" },
    { key: "low", header: t("lowShare"), cell: lowShare, align: "end" },
  ];

  const commentColumns: DataTableColumn<RatingComment>[] = [
    { key: "submittedAt", header: t("submittedAt"), cell: (row) => formatDate(row.submittedAt, locale) },
    { key: "protocol", header: t("protocol"), cell: (row) => row.protocol ?? t("noProtocol"), isRowHeader: true },
    { key: "score", header: t("score"), cell: (row) => (row.score === null ? noValue : t("scoreLabel", { score: row.score })), align: "end" },
    { key: "comment", header: t("comment"), cell: (row) => <span className="whitespace-pre-line">{row.text}</span> },
  ];

  return (
    <section aria-labelledby="dashboard-satisfaction" className="space-y-8" data-testid="dashboard-satisfaction">
      <h2 id="dashboard-satisfaction" className="text-2xl font-bold text-slate-900">
        {t("heading")}
      </h2>
      <DataTable caption={t("summaryCaption")} columns={divisionColumns} rows={satisfaction.divisions} rowKey={(row) => row.division} />
      {satisfaction.divisions.map((summary) => (
        <BarChart
          key={summary.division}
          title={t("distributionTitle", { division: divisionName(summary.division) })}
          labelHeader={t("score")}
          valueHeader={t("ratings")}
          rows={ratingScores.map((score) => ({ key: String(score), label: t("scoreLabel", { score }), value: summary.byScore[score], display: count(summary.byScore[score]) }))}
          formatTick={count}
        />
      ))}
      <DataTable
        caption={t("categoriesCaption")}
        columns={categoryColumns}
        rows={satisfaction.categories}
        rowKey={(row) => `${row.division}-${row.code}`}
        empty={<EmptyState title={t("noCategories")} />}
      />
      <DataTable
        caption={t("commentsCaption")}
        columns={commentColumns}
        rows={satisfaction.comments}
        rowKey={(row) => `${row.submittedAt.toISOString()}-${row.protocol ?? ""}-${row.text.slice(0, 20)}`}
        empty={<EmptyState title={t("noComments")} />}
      />
    </section>
  );
}
