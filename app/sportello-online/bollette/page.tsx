import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";

import { ButtonLink } from "@/components/ui/button";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { requireBillReader } from "@/lib/bills/require-bill-reader";
import { billQueryKeys, parseBillFilters } from "@/lib/bills/bill-filters";
import { billDetailPath, billGuidePath, billListPath, billPdfPath, indemnitiesPath } from "@/lib/bills/bill-links";
import { billPaymentStatus, paymentStatusTones } from "@/lib/bills/bill-payment-status";
import { findBillSupply, listBillSupplies } from "@/lib/bills/bill-supplies";
import { toConsumptionPoints } from "@/lib/bills/consumption-chart";
import { listBillYears, listCustomerBills, type CustomerBillRow } from "@/lib/bills/list-customer-bills";
import { loadConsumptionHistory } from "@/lib/bills/load-consumption-history";
import { formatCalendarDate, formatMoneyCents, formatNumber } from "@/lib/i18n/format";
import { pageHref, parsePagination, type SearchParams } from "@/lib/pagination";

import { BillFiltersForm, SupplySwitcher } from "./bill-list-controls";
import { ConsumptionChart } from "./consumption-chart";

/** Query parameter that shows the consumption table on screen. */
const tableQueryKey = "tabella";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("bills.list");
  return { title: t("title") };
}

function toggleTableHref(query: SearchParams, visible: boolean, page: number): string {
  const next: SearchParams = { ...query, [tableQueryKey]: visible ? undefined : "1" };
  return `${pageHref(billListPath, next, page)}#consumption-title`;
}

export default async function BillListPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireBillReader({ returnTo: billListPath });
  const query = await searchParams;
  const filters = parseBillFilters(query);
  const today = new Date();

  const supplies = await listBillSupplies(user.personId, today);
  const selected = filters.supplyId ? await findBillSupply(user.personId, filters.supplyId, today) : (supplies[0] ?? null);
  // A supply id outside the customer's scope gets the same 404 as a supply that does not exist.
  if (filters.supplyId && !selected) notFound();

  const t = await getTranslations("bills");
  const tAreas = await getTranslations("areas");
  const locale = await getLocale();
  const header = (
    <PageHeader
      title={t("list.title")}
      description={t("list.description")}
      breadcrumb={[{ label: tAreas("sii.title"), href: "/sportello-online" }, { label: t("list.title") }]}
      actions={
        <>
          <ButtonLink href={billGuidePath} variant="secondary">
            {t("list.guideLink")}
          </ButtonLink>
          <ButtonLink href={indemnitiesPath} variant="secondary">
            {t("list.indemnitiesLink")}
          </ButtonLink>
        </>
      }
    />
  );

  if (!selected) {
    return (
      <>
        {header}
        <EmptyState title={t("list.noSupplyTitle")} description={t("list.noSupplyDescription")} />
      </>
    );
  }

  const page = parsePagination(query);
  const [years, { rows, summary }, history] = await Promise.all([
    listBillYears(selected.id),
    listCustomerBills(user.personId, selected.id, filters, page, today),
    loadConsumptionHistory(user.personId, selected.id, today),
  ]);
  const filtered = filters.year !== null || filters.payment !== null;
  const switcherSupplies = supplies.some((supply) => supply.id === selected.id) ? supplies : [selected, ...supplies];
  const tableVisible = query[tableQueryKey] === "1";
  const listQuery: SearchParams = { ...query, [billQueryKeys.supply]: selected.id };

  const columns: DataTableColumn<CustomerBillRow>[] = [
    {
      key: "number",
      header: t("list.columns.number"),
      isRowHeader: true,
      cell: (row) => (
        <>
          <Link href={billDetailPath(row.id)} className="text-brand-800 underline underline-offset-2">
            {row.number}
          </Link>
          <a href={billPdfPath(row.id)} className="mt-1 block text-sm font-normal text-brand-800 underline underline-offset-2" download>
            {t("list.downloadPdf")}
            <span className="sr-only"> {t("list.pdfOfBill", { number: row.number })}</span>
          </a>
        </>
      ),
    },
    {
      key: "period",
      header: t("list.columns.period"),
      cell: (row) => (
        <>
          <span className="whitespace-nowrap">{formatCalendarDate(row.periodStart, locale)} –</span> <span className="whitespace-nowrap">{formatCalendarDate(row.periodEnd, locale)}</span>
        </>
      ),
    },
    { key: "issuedOn", header: t("list.columns.issuedOn"), cell: (row) => formatCalendarDate(row.issuedOn, locale) },
    { key: "dueOn", header: t("list.columns.dueOn"), cell: (row) => formatCalendarDate(row.dueOn, locale) },
    {
      key: "consumption",
      header: t("list.columns.consumption"),
      align: "end",
      cell: (row) => (
        <>
          {t("units.cubicMetres", { value: formatNumber(row.consumptionCubicMetres, locale) })}
          {row.estimated ? <span className="block text-sm text-slate-700">{t("list.estimatedMark")}</span> : null}
        </>
      ),
    },
    { key: "total", header: t("list.columns.total"), align: "end", cell: (row) => formatMoneyCents(row.totalCents, locale) },
    {
      key: "payment",
      header: t("list.columns.payment"),
      cell: (row) => {
        const status = billPaymentStatus(row, today);
        return <StatusBadge tone={paymentStatusTones[status]} label={t(`paymentStates.${status}`)} />;
      },
    },
  ];

  return (
    <>
      {header}
      {switcherSupplies.length > 1 ? (
        <SupplySwitcher supplies={switcherSupplies} selectedId={selected.id} />
      ) : (
        <p className="mb-6 text-lg" data-testid="bill-supply">
          {t("list.supply.current", { supplyCode: selected.supplyCode, address: selected.address })}
        </p>
      )}

      <ConsumptionChart points={toConsumptionPoints(history)} locale={locale} tableVisible={tableVisible} toggleTableHref={toggleTableHref(listQuery, tableVisible, page.page)} />

      <BillFiltersForm supplyId={selected.id} years={years} filters={filters} />
      <DataTable
        caption={t("list.caption", { supplyCode: selected.supplyCode })}
        columns={columns}
        rows={rows}
        rowKey={(row) => row.id}
        empty={<EmptyState title={t("list.emptyTitle")} description={filtered ? t("list.emptyFiltered") : t("list.emptyDescription")} />}
        paging={{ summary, pathname: billListPath, searchParams: listQuery }}
      />
    </>
  );
}
