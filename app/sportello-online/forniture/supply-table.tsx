import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { StatusBadge } from "@/components/ui/status-badge";
import type { PageSummary, SearchParams } from "@/lib/pagination";
import type { CustomerSupplyRow } from "@/lib/supplies/list-customer-supplies";

type SupplyTableProps = {
  rows: CustomerSupplyRow[];
  summary: PageSummary;
  pathname: string;
  query: SearchParams;
  /** Link target of each supply code: its page, or its self-reading form. */
  linkOf: (supplyId: string) => string;
  searching: boolean;
};

/** Lists the customer's supplies, one page at a time, each code linking to `linkOf`. */
export async function SupplyTable({ rows, summary, pathname, query, linkOf, searching }: SupplyTableProps) {
  const t = await getTranslations("supplies");

  const columns: DataTableColumn<CustomerSupplyRow>[] = [
    {
      key: "code",
      header: t("list.columns.code"),
      isRowHeader: true,
      cell: (row) => (
        <Link href={linkOf(row.id)} className="text-brand-800 underline underline-offset-2">
          {row.supplyCode}
        </Link>
      ),
    },
    { key: "address", header: t("list.columns.address"), cell: (row) => row.address },
    { key: "holder", header: t("list.columns.holder"), cell: (row) => row.holderName ?? "—" },
    { key: "useType", header: t("list.columns.useType"), cell: (row) => t(`useTypes.${row.useType}`) },
    { key: "relation", header: t("list.columns.relation"), cell: (row) => t(`relations.${row.relation}`) },
    { key: "state", header: t("list.columns.state"), cell: (row) => <StatusBadge status={row.state} label={t(`states.${row.state}`)} /> },
  ];

  const empty = searching ? (
    <EmptyState title={t("list.noMatchTitle")} description={t("list.noMatchDescription")} />
  ) : (
    <EmptyState title={t("list.emptyTitle")} description={t("list.emptyDescription")} />
  );

  return <DataTable caption={t("list.caption")} columns={columns} rows={rows} rowKey={(row) => row.id} empty={empty} paging={{ summary, pathname, searchParams: query }} />;
}
