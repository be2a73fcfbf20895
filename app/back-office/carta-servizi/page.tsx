import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";

import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/policy";
import { charterAdminPath, newStandardVersionPath } from "@/lib/charter/admin/admin-paths";
import { listServiceStandards, type StandardVersionRow } from "@/lib/charter/admin/list-service-standards";
import { formatMoneyCents } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";
import { parsePagination, summarizePage, type SearchParams } from "@/lib/pagination";

import { AdminLinks } from "./admin-links";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("backofficeAdmin.standards");
  return { title: t("title") };
}

export default async function ServiceStandardsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission("admin:config", { returnTo: charterAdminPath });
  const query = await searchParams;
  const request = parsePagination(query, { defaultPageSize: 50 });
  const { rows, total } = await listServiceStandards(user, request);

  const t = await getTranslations("backofficeAdmin");
  const tBackOffice = await getTranslations("backoffice");
  const tAreas = await getTranslations("areas");
  const locale = (await getLocale()) as Locale;

  const columns: DataTableColumn<StandardVersionRow>[] = [
    { key: "name", header: t("standards.columns.name"), isRowHeader: true, cell: (row) => <>{row.name}{row.toConfirm ? <span className="ms-2 text-sm font-semibold text-amber-800">{t("standards.toConfirm")}</span> : null}<br /><span className="text-sm text-slate-700">{row.code}</span></> },
    { key: "division", header: t("standards.columns.division"), cell: (row) => tBackOffice(`divisions.${row.division}`) },
    { key: "limit", header: t("standards.columns.limit"), cell: (row) => t(`units.${row.unit}`, { value: row.limitValue }) },
    { key: "indemnity", header: t("standards.columns.indemnity"), align: "end", cell: (row) => (row.indemnityCents === null ? t("standards.noIndemnity") : formatMoneyCents(row.indemnityCents, locale)) },
    { key: "validity", header: t("standards.columns.validity"), cell: (row) => (row.effectiveTo ? t("standards.validRange", { from: row.effectiveFrom, to: row.effectiveTo }) : t("standards.validFrom", { from: row.effectiveFrom })) },
    { key: "clocks", header: t("standards.columns.clocks"), align: "end", cell: (row) => row.clockCount },
    {
      key: "actions",
      header: t("standards.columns.actions"),
      cell: (row) =>
        row.effectiveTo === null ? (
          <Link href={newStandardVersionPath(row.id)} className="text-brand-800 underline underline-offset-2">
            {t("standards.newVersion")}<span className="sr-only"> {row.name}</span>
          </Link>
        ) : null,
    },
  ];

  return (
    <>
      <PageHeader
        title={t("standards.title")}
        description={t("standards.description")}
        breadcrumb={[{ label: tAreas("backOffice.title"), href: "/back-office" }, { label: t("standards.title") }]}
      />
      <AdminLinks current="standards" />
      <DataTable
        caption={t("standards.caption")}
        columns={columns}
        rows={rows}
        rowKey={(row) => row.id}
        paging={{ summary: summarizePage(request, total), pathname: charterAdminPath, searchParams: query }}
      />
    </>
  );
}
