import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { layoutConsumptionChart, tickY, type ConsumptionPoint } from "@/lib/bills/consumption-chart";
import type { Locale } from "@/lib/i18n/config";
import { intlLocaleTags } from "@/lib/i18n/config";
import { formatCalendarDate, formatNumber } from "@/lib/i18n/format";

type ConsumptionChartProps = {
  points: readonly ConsumptionPoint[];
  locale: Locale;
  /** True when the data table is shown on screen; it is always available to screen readers. */
  tableVisible: boolean;
  /** Link that shows or hides the table, keeping the rest of the page's query. */
  toggleTableHref: string;
};

// Colours checked against white for WCAG 2.1 non-text contrast (3:1 or more):
// brand-700 #0a4f91 is 8.6:1, amber-800 #92400e is 7.1:1, slate-700 #334155 is 10.3:1.
const barColour = "#0a4f91";
const dailyColour = "#92400e";
const axisColour = "#334155";

function shortMonth(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocaleTags[locale], { timeZone: "UTC", month: "short", year: "2-digit" }).format(date);
}

/**
 * Renders the consumption of the last 24 months as an SVG drawn on the server: bars for the m³ of
 * each billed period and a line for the litres per day, with the same figures in a table.
 */
export async function ConsumptionChart({ points, locale, tableVisible, toggleTableHref }: ConsumptionChartProps) {
  const t = await getTranslations("bills.chart");

  if (points.length === 0) {
    return (
      <section aria-labelledby="consumption-title" className="mb-8">
        <h2 id="consumption-title" className="mb-2 text-xl font-semibold text-slate-900">
          {t("title")}
        </h2>
        <p>{t("empty")}</p>
      </section>
    );
  }

  const chart = layoutConsumptionChart(points);
  const totalCubicMetres = points.reduce((sum, point) => sum + point.cubicMetres, 0);
  const totalDays = points.reduce((sum, point) => sum + point.days, 0);
  const imageLabel = t("imageLabel", {
    start: formatCalendarDate(points[0]!.periodStart, locale),
    end: formatCalendarDate(points[points.length - 1]!.periodEnd, locale),
    count: points.length,
    total: formatNumber(totalCubicMetres, locale),
    average: formatNumber(Math.round((totalCubicMetres * 1000) / totalDays), locale),
  });
  const linePoints = chart.bars.map((bar) => `${bar.dotX.toFixed(1)},${bar.dotY.toFixed(1)}`).join(" ");

  return (
    <section aria-labelledby="consumption-title" className="mb-8">
      <h2 id="consumption-title" className="mb-2 text-xl font-semibold text-slate-900">
        {t("title")}
      </h2>
      <p className="mb-3 max-w-3xl text-slate-700">{t("description")}</p>

      <figure className="overflow-x-auto rounded-md border border-slate-300 bg-white p-2">
        {/* Time runs left to right in every language, so the drawing stays left to right in Arabic too. */}
        <div dir="ltr">
          <svg
            role="img"
            aria-label={imageLabel}
            viewBox={`0 0 ${chart.width} ${chart.height}`}
            className="h-auto w-full min-w-[36rem]"
            data-testid="consumption-chart"
          >
            <defs>
              <pattern id="estimated-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <rect width="6" height="6" fill="#ffffff" />
                <rect width="3" height="6" fill={barColour} />
              </pattern>
            </defs>

            {chart.volumeAxis.ticks.map((tick) => (
              <g key={`volume-${tick}`}>
                <line x1={chart.plot.left} x2={chart.plot.right} y1={tickY(chart, chart.volumeAxis, tick)} y2={tickY(chart, chart.volumeAxis, tick)} stroke="#cbd5e1" />
                <text x={chart.plot.left - 6} y={tickY(chart, chart.volumeAxis, tick) + 4} textAnchor="end" fontSize="12" fill={axisColour}>
                  {formatNumber(tick, locale)}
                </text>
              </g>
            ))}
            {chart.dailyAxis.ticks.map((tick) => (
              <text key={`daily-${tick}`} x={chart.plot.right + 6} y={tickY(chart, chart.dailyAxis, tick) + 4} fontSize="12" fill={dailyColour}>
                {formatNumber(tick, locale)}
              </text>
            ))}
            <text x={chart.plot.left} y={chart.plot.top - 4} fontSize="12" fill={axisColour} textAnchor="start">
              {t("axisVolume")}
            </text>
            <text x={chart.plot.right} y={chart.plot.top - 4} fontSize="12" fill={dailyColour} textAnchor="end">
              {t("axisDaily")}
            </text>

            {chart.bars.map((bar) => (
              <g key={bar.point.billId}>
                <rect
                  x={bar.x}
                  y={bar.y}
                  width={bar.width}
                  height={Math.max(bar.height, 1)}
                  fill={bar.point.estimated ? "url(#estimated-hatch)" : barColour}
                  stroke={barColour}
                />
                <text x={bar.x + bar.width / 2} y={chart.plot.bottom + 16} textAnchor="middle" fontSize="11" fill={axisColour}>
                  {shortMonth(bar.point.periodEnd, locale)}
                </text>
              </g>
            ))}
            <line x1={chart.plot.left} x2={chart.plot.right} y1={chart.plot.bottom} y2={chart.plot.bottom} stroke={axisColour} />

            <polyline points={linePoints} fill="none" stroke={dailyColour} strokeWidth="2" />
            {chart.bars.map((bar) => (
              <circle key={`dot-${bar.point.billId}`} cx={bar.dotX} cy={bar.dotY} r="4.5" fill={dailyColour} stroke="#ffffff" strokeWidth="1.5" />
            ))}
          </svg>
        </div>
        <figcaption className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-sm text-slate-800">
          <span className="inline-flex items-center gap-2">
            <span aria-hidden="true" className="inline-block size-3 bg-brand-700" />
            {t("legendVolume")}
          </span>
          <span className="inline-flex items-center gap-2">
            <span aria-hidden="true" className="inline-block size-3 rounded-full bg-amber-800" />
            {t("legendDaily")}
          </span>
          <span className="inline-flex items-center gap-2">
            <svg aria-hidden="true" width="12" height="12" viewBox="0 0 12 12">
              <rect width="12" height="12" fill="url(#estimated-hatch)" stroke={barColour} />
            </svg>
            {t("legendEstimated")}
          </span>
        </figcaption>
      </figure>

      <p className="mt-3">
        <Link href={toggleTableHref} className="text-brand-800 underline underline-offset-2" scroll={false}>
          {tableVisible ? t("hideTable") : t("showTable")}
        </Link>
      </p>

      <div className={tableVisible ? "mt-3 overflow-x-auto" : "sr-only"} data-testid="consumption-table">
        <table className="w-full border-collapse text-start">
          <caption className="px-2 py-2 text-start font-semibold">{t("tableCaption")}</caption>
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="border-b-2 border-slate-400 px-3 py-2 text-start">
                {t("period")}
              </th>
              <th scope="col" className="border-b-2 border-slate-400 px-3 py-2 text-end">
                {t("days")}
              </th>
              <th scope="col" className="border-b-2 border-slate-400 px-3 py-2 text-end">
                {t("cubicMetres")}
              </th>
              <th scope="col" className="border-b-2 border-slate-400 px-3 py-2 text-end">
                {t("litresPerDay")}
              </th>
              <th scope="col" className="border-b-2 border-slate-400 px-3 py-2 text-start">
                {t("reading")}
              </th>
            </tr>
          </thead>
          <tbody>
            {points.map((point) => (
              <tr key={point.billId} className="border-b border-slate-200">
                <th scope="row" className="px-3 py-2 text-start font-normal">
                  {formatCalendarDate(point.periodStart, locale)} – {formatCalendarDate(point.periodEnd, locale)}
                </th>
                <td className="px-3 py-2 text-end tabular-nums">{formatNumber(point.days, locale)}</td>
                <td className="px-3 py-2 text-end tabular-nums">{formatNumber(point.cubicMetres, locale)}</td>
                <td className="px-3 py-2 text-end tabular-nums">{formatNumber(point.litresPerDay, locale)}</td>
                <td className="px-3 py-2">{point.estimated ? t("estimated") : t("measured")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
