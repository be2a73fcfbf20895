import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";

import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { StatusBadge, type BadgeTone } from "@/components/ui/status-badge";
import { billDetailPath } from "@/lib/bills/bill-links";
import type { IndemnityState } from "@/lib/generated/prisma/enums";
import { formatCalendarDate, formatDate, formatMoneyCents } from "@/lib/i18n/format";
import type { IndemnityCounter } from "@/lib/indemnities/customer-indemnity-scope";
import type { CustomerIndemnityRow } from "@/lib/indemnities/list-customer-indemnities";
import type { PageSummary, SearchParams } from "@/lib/pagination";
import { requestDetailPath } from "@/lib/requests/request-kinds";

const stateTones: Record<IndemnityState, BadgeTone> = { due: "warning", credited: "success", exempt: "neutral", paidOut: "success" };

type IndemnityTableProps = {
  counter: IndemnityCounter;
  rows: readonly CustomerIndemnityRow[];
  paging: { summary: PageSummary; pathname: string; searchParams: SearchParams };
};

/** Renders a customer's indemnities at either counter; the water counter links each one to its request and bill. */
export async function IndemnityTable({ counter, rows, paging }: IndemnityTableProps) {
  const t = await getTranslations("bills.indemnities");
  const locale = await getLocale();

  const standardLabel = (row: CustomerIndemnityRow) => (t.has(`standards.${row.standardCode}`) ? t(`standards.${row.standardCode}`) : row.standardName);

  const stateDetail = (row: CustomerIndemnityRow) => {
    if (row.state === "credited" && row.creditedOn) {
      const text = t("creditedOn", { number: row.creditedOn.billNumber, date: formatCalendarDate(row.creditedOn.issuedOn, locale) });
      return counter === "sii" ? (
        <Link href={billDetailPath(row.creditedOn.billId)} className="text-brand-800 underline underline-offset-2">
          {text}
        </Link>
      ) : (
        text
      );
    }
    if (row.state === "due") return counter === "sii" ? t("dueNote") : t("dueNoteErp");
    if (row.state === "exempt" && row.exemptionReason) return t(`exemptionReasons.${row.exemptionReason}`);
    return null;
  };

  const columns: DataTableColumn<CustomerIndemnityRow>[] = [
    {
      key: "request",
      header: t("columns.request"),
      isRowHeader: true,
      cell: (row) => {
        if (!row.ticket) return t("noRequest");
        return counter === "sii" ? (
          <Link href={requestDetailPath(row.ticket.id)} className="whitespace-nowrap text-brand-800 underline underline-offset-2">
            {row.ticket.protocol}
          </Link>
        ) : (
          <span className="whitespace-nowrap">{row.ticket.protocol}</span>
        );
      },
    },
    { key: "standard", header: t("columns.standard"), cell: standardLabel },
    ...(counter === "sii" ? [{ key: "supply", header: t("columns.supply"), cell: (row: CustomerIndemnityRow) => row.supplyCode ?? "" }] : []),
    { key: "recordedAt", header: t("columns.recordedAt"), cell: (row) => formatDate(row.recordedAt, locale) },
    { key: "level", header: t("columns.level"), cell: (row) => t(`levels.${row.level}`) },
    { key: "amount", header: t("columns.amount"), align: "end", cell: (row) => formatMoneyCents(row.amountCents, locale) },
    {
      key: "state",
      header: t("columns.state"),
      cell: (row) => {
        const detail = stateDetail(row);
        return (
          <>
            <StatusBadge tone={stateTones[row.state]} label={t(`states.${row.state}`)} />
            {detail ? <span className="mt-1 block text-sm text-slate-800">{detail}</span> : null}
          </>
        );
      },
    },
  ];

  return (
    <DataTable
      caption={t("caption")}
      columns={columns}
      rows={rows}
      rowKey={(row) => row.id}
      empty={<EmptyState title={t("emptyTitle")} description={t("emptyDescription")} />}
      paging={paging}
    />
  );
}
