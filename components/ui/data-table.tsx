import { useTranslations } from "next-intl";
import { useId, type ReactNode } from "react";

import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import type { PageSummary, SearchParams } from "@/lib/pagination";

export type DataTableColumn<Row> = {
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** "end" for amounts and counts, so digits line up. */
  align?: "start" | "end";
  /** Marks the column that names the row (a protocol number, a supply code) as its row header. */
  isRowHeader?: boolean;
};

type DataTableProps<Row> = {
  /** Says what the table lists; required because it names the table for screen readers. */
  caption: string;
  columns: readonly DataTableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** Shown in place of the table when `rows` is empty; defaults to a generic "Nessun risultato". */
  empty?: ReactNode;
  /** Server-side paging: the page summary plus the list's path and query, for the page links. */
  paging?: { summary: PageSummary; pathname: string; searchParams: SearchParams };
};

/**
 * Renders a table of rows already loaded for the current page. The scroll container is
 * focusable and named by the caption, so a keyboard can scroll wide tables.
 */
export function DataTable<Row>({ caption, columns, rows, rowKey, empty, paging }: DataTableProps<Row>) {
  const t = useTranslations("common.table");
  const captionId = useId();

  const pagination = paging ? (
    <Pagination
      pathname={paging.pathname}
      searchParams={paging.searchParams}
      page={paging.summary.page}
      totalPages={paging.summary.totalPages}
    />
  ) : null;

  // A page past the end (an old link after rows were deleted) is empty but keeps the links back.
  if (rows.length === 0) {
    return (
      <div>
        {empty ?? <EmptyState title={t("empty")} />}
        {pagination}
      </div>
    );
  }

  return (
    <div>
      <div role="region" aria-labelledby={captionId} tabIndex={0} className="overflow-x-auto rounded-md border border-slate-300">
        <table className="w-full border-collapse text-start">
          <caption id={captionId} className="px-4 py-3 text-start text-lg font-semibold text-slate-900">
            {caption}
            {paging ? (
              <span className="block text-sm font-normal text-slate-700">
                {t("rowsSummary", { first: paging.summary.firstItem, last: paging.summary.lastItem, total: paging.summary.totalItems })}
              </span>
            ) : null}
          </caption>
          <thead className="bg-slate-100">
            <tr>
              {columns.map((column) => (
                <th
                  key={column.key}
                  scope="col"
                  className={`border-b-2 border-slate-400 px-4 py-2 font-semibold text-slate-900 ${column.align === "end" ? "text-end" : "text-start"}`}
                >
                  {column.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={rowKey(row)} className="border-b border-slate-200 last:border-b-0">
                {columns.map((column) => {
                  const className = `px-4 py-2 align-top ${column.align === "end" ? "text-end tabular-nums" : "text-start"}`;

                  return column.isRowHeader ? (
                    <th key={column.key} scope="row" className={`${className} font-semibold`}>
                      {column.cell(row)}
                    </th>
                  ) : (
                    <td key={column.key} className={className}>
                      {column.cell(row)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pagination}
    </div>
  );
}
