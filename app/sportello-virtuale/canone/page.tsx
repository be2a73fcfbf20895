import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";

import { Alert } from "@/components/ui/alert";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { requirePermission } from "@/lib/auth/policy";
import { formatCalendarDate, formatMoneyCents } from "@/lib/i18n/format";
import { parsePagination, type SearchParams } from "@/lib/pagination";
import { listRentStatements, type RentStatementRow } from "@/lib/rent/list-rent-statements";
import { statementStatusOf } from "@/lib/rent/statement-status";
import { rentStatementPath, tenantPaths } from "@/lib/tenancy/tenant-paths";

import { MonthLabel } from "./month-label";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("rent.list");
  return { title: t("title") };
}

export default async function RentStatementsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission("tenancy:read:own", { returnTo: tenantPaths.rent });
  const query = await searchParams;

  const list = await listRentStatements(user, parsePagination(query, { defaultPageSize: 12, maxPageSize: 36 }));

  const t = await getTranslations("rent");
  const tAreas = await getTranslations("areas");
  const locale = await getLocale();
  const breadcrumb = [{ label: tAreas("erp.title"), href: tenantPaths.home }, { label: t("list.title") }];

  if (!list) {
    return (
      <>
        <PageHeader title={t("list.title")} breadcrumb={breadcrumb} />
        <Alert tone="info">{t("list.noTenancy")}</Alert>
      </>
    );
  }

  const columns: DataTableColumn<RentStatementRow>[] = [
    {
      key: "month",
      header: t("columns.month"),
      isRowHeader: true,
      cell: (row) => (
        <Link href={rentStatementPath(row.month)} className="text-brand-800 underline underline-offset-2">
          <MonthLabel month={row.month} locale={locale} />
        </Link>
      ),
    },
    { key: "rent", header: t("columns.rent"), align: "end", cell: (row) => formatMoneyCents(row.rentCents, locale) },
    { key: "services", header: t("columns.serviceCharges"), align: "end", cell: (row) => formatMoneyCents(row.serviceChargesCents, locale) },
    { key: "due", header: t("columns.due"), align: "end", cell: (row) => formatMoneyCents(row.dueCents, locale) },
    { key: "paid", header: t("columns.paid"), align: "end", cell: (row) => formatMoneyCents(row.paidCents, locale) },
    { key: "balance", header: t("columns.balance"), align: "end", cell: (row) => formatMoneyCents(row.balanceCents, locale) },
    { key: "dueOn", header: t("columns.dueOn"), cell: (row) => formatCalendarDate(row.dueOn, locale) },
    {
      key: "status",
      header: t("columns.status"),
      cell: (row) => {
        const status = statementStatusOf(row);
        return <StatusBadge tone={status.tone} label={t(`status.${status.key}`)} />;
      },
    },
  ];

  const { arrears } = list;

  return (
    <>
      <PageHeader title={t("list.title")} description={t("list.description")} breadcrumb={breadcrumb} />

      <section aria-labelledby="arrears-title" className="mb-8 rounded-md border-2 border-slate-300 p-4" data-testid="arrears-summary">
        <h2 id="arrears-title" className="text-xl font-semibold text-slate-900">
          {t("arrears.title")}
        </h2>
        <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t("arrears.amount")}</dt>
          <dd>{formatMoneyCents(arrears.arrearsCents, locale)}</dd>
          <dt className="font-semibold">{t("arrears.months")}</dt>
          <dd>{arrears.overdueMonths}</dd>
          <dt className="font-semibold">{t("arrears.outstanding")}</dt>
          <dd>{formatMoneyCents(arrears.outstandingCents, locale)}</dd>
        </dl>
        {arrears.overdueMonths > 0 ? (
          <Alert tone="warning" className="mt-4">
            {t("arrears.warning")}
          </Alert>
        ) : null}
      </section>

      <DataTable
        caption={t("list.caption")}
        columns={columns}
        rows={list.rows}
        rowKey={(row) => row.month}
        empty={<EmptyState title={t("list.emptyTitle")} description={t("list.emptyDescription")} />}
        paging={{ summary: list.summary, pathname: tenantPaths.rent, searchParams: query }}
      />
    </>
  );
}
