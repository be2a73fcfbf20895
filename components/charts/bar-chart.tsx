import { DataTable, type DataTableColumn } from "@/components/ui/data-table";

import { axisTicks, barLength, niceAxisMax } from "./chart-scale";

export type BarChartRow = {
  key: string;
  label: string;
  value: number;
  /** The value as the table and the bar label show it, already formatted for the locale. */
  display: string;
};

type BarChartProps = {
  /** Names the chart and, as the caption, its data table. */
  title: string;
  labelHeader: string;
  valueHeader: string;
  rows: readonly BarChartRow[];
  /** Fixed axis maximum, for example 100 for percentages; defaults to a round number above the largest value. */
  axisMax?: number;
  /** Formats the axis tick values. */
  formatTick: (value: number) => string;
};

/** Colours with at least 4.5:1 contrast on white, so bars (3:1 needed) and labels (4.5:1) pass WCAG 2.1 AA. */
const barColour = "#1d4ed8";
const textColour = "#0f172a";
const gridColour = "#64748b";

const chartWidth = 640;
const labelWidth = 200;
const valueWidth = 80;
const barAreaWidth = chartWidth - labelWidth - valueWidth;
const rowHeight = 28;
const axisHeight = 24;
const maxLabelCharacters = 28;

function shortLabel(label: string): string {
  return label.length > maxLabelCharacters ? `${label.slice(0, maxLabelCharacters - 1)}…` : label;
}

/**
 * Renders a horizontal bar chart as server-side SVG followed by the same figures as a data
 * table. The SVG is hidden from assistive technology because the table, always visible,
 * carries every value and the full labels.
 */
export function BarChart({ title, labelHeader, valueHeader, rows, axisMax, formatTick }: BarChartProps) {
  const axisEnd = axisMax ?? niceAxisMax(Math.max(0, ...rows.map((row) => row.value)));
  const height = rows.length * rowHeight + axisHeight;
  const columns: DataTableColumn<BarChartRow>[] = [
    { key: "label", header: labelHeader, cell: (row) => row.label, isRowHeader: true },
    { key: "value", header: valueHeader, cell: (row) => row.display, align: "end" },
  ];

  return (
    <figure className="space-y-3">
      {rows.length > 0 ? (
        <svg
          aria-hidden="true"
          focusable="false"
          viewBox={`0 0 ${chartWidth} ${height}`}
          className="h-auto w-full max-w-3xl"
          // Bars grow from the start edge in every locale: the table carries the reading order for right-to-left readers.
          direction="ltr"
        >
          {axisTicks(axisEnd).map((tick) => {
            const x = labelWidth + barLength(tick, axisEnd, barAreaWidth);
            return (
              <g key={tick}>
                <line x1={x} x2={x} y1={0} y2={rows.length * rowHeight} stroke={gridColour} strokeWidth={0.5} strokeDasharray="3 3" />
                <text x={x} y={height - 6} textAnchor="middle" fontSize={12} fill={textColour}>
                  {formatTick(tick)}
                </text>
              </g>
            );
          })}
          {rows.map((row, index) => {
            const y = index * rowHeight;
            const width = barLength(row.value, axisEnd, barAreaWidth);
            return (
              <g key={row.key}>
                <text x={labelWidth - 8} y={y + rowHeight / 2 + 4} textAnchor="end" fontSize={13} fill={textColour}>
                  {shortLabel(row.label)}
                </text>
                <rect x={labelWidth} y={y + 5} width={width} height={rowHeight - 10} fill={barColour} rx={2} />
                <text x={labelWidth + width + 6} y={y + rowHeight / 2 + 4} fontSize={13} fill={textColour}>
                  {row.display}
                </text>
              </g>
            );
          })}
        </svg>
      ) : null}
      <DataTable caption={title} columns={columns} rows={rows} rowKey={(row) => row.key} />
    </figure>
  );
}
