import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";

import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { StatusBadge } from "@/components/ui/status-badge";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import type { PageSummary, SearchParams } from "@/lib/pagination";
import type { ReadingHistoryRow } from "@/lib/readings/list-reading-history";
import { readingReceiptPath } from "@/lib/supplies/supply-paths";

type ReadingHistoryProps = { supplyId: string; rows: ReadingHistoryRow[]; summary: PageSummary; pathname: string; query: SearchParams };

/** Lists the supply's readings, newest first, with source, state and the reason of a rejection or review. */
export async function ReadingHistory({ supplyId, rows, summary, pathname, query }: ReadingHistoryProps) {
  const t = await getTranslations("readings");
  const locale = await getLocale();

  const columns: DataTableColumn<ReadingHistoryRow>[] = [
    { key: "readAt", header: t("history.columns.readAt"), isRowHeader: true, cell: (row) => formatDate(row.readAt, locale) },
    { key: "cubicMetres", header: t("history.columns.cubicMetres"), align: "end", cell: (row) => formatNumber(row.cubicMetres, locale) },
    { key: "source", header: t("history.columns.source"), cell: (row) => t(`sources.${row.source}`) },
    {
      key: "state",
      header: t("history.columns.state"),
      cell: (row) => (
        <>
          <StatusBadge status={row.state} label={t(`states.${row.state}`)} />
          {row.stateReason && row.state !== "accepted" ? <p className="mt-1 text-sm text-slate-700">{row.stateReason}</p> : null}
        </>
      ),
    },
    {
      key: "protocol",
      header: t("history.columns.protocol"),
      cell: (row) =>
        row.protocol && row.source === "self" ? (
          <Link href={readingReceiptPath(supplyId, row.id)} className="text-brand-800 underline underline-offset-2">
            {row.protocol}
          </Link>
        ) : (
          "—"
        ),
    },
    { key: "meter", header: t("history.columns.meter"), cell: (row) => row.meterSerialNumber },
  ];

  return (
    <DataTable
      caption={t("history.caption")}
      columns={columns}
      rows={rows}
      rowKey={(row) => row.id}
      empty={<EmptyState title={t("history.emptyTitle")} />}
      paging={{ summary, pathname, searchParams: query }}
    />
  );
}
