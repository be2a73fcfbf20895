import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/policy";
import { categoriesAdminPath, categoryEditPath, charterAdminPath } from "@/lib/charter/admin/admin-paths";
import { parsePagination, summarizePage, type SearchParams } from "@/lib/pagination";
import { listTicketCategories, type CategoryRow } from "@/lib/tickets/categories/ticket-category-admin";

import { AdminLinks } from "../admin-links";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("backofficeAdmin.categories");
  return { title: t("title") };
}

export default async function TicketCategoriesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission("admin:config", { returnTo: categoriesAdminPath });
  const query = await searchParams;
  const request = parsePagination(query, { defaultPageSize: 50 });
  const { rows, total } = await listTicketCategories(user, request);

  const t = await getTranslations("backofficeAdmin");
  const tBackOffice = await getTranslations("backoffice");
  const tAreas = await getTranslations("areas");

  const columns: DataTableColumn<CategoryRow>[] = [
    { key: "label", header: t("categories.columns.label"), isRowHeader: true, cell: (row) => <>{row.labelIt}<br /><span className="text-sm text-slate-700">{row.code}</span></> },
    { key: "division", header: t("categories.columns.division"), cell: (row) => tBackOffice(`divisions.${row.division}`) },
    { key: "nature", header: t("categories.columns.nature"), cell: (row) => tBackOffice(`natures.${row.nature}`) },
    { key: "standard", header: t("categories.columns.standard"), cell: (row) => row.serviceStandardCode ?? t("categories.noStandard") },
    { key: "active", header: t("categories.columns.active"), cell: (row) => (row.active ? t("categories.active") : t("categories.inactive")) },
    {
      key: "actions",
      header: t("categories.columns.actions"),
      cell: (row) => (
        <Link href={categoryEditPath(row.id)} className="text-brand-800 underline underline-offset-2">
          {t("categories.edit")}<span className="sr-only"> {row.labelIt}</span>
        </Link>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t("categories.title")}
        description={t("categories.description")}
        breadcrumb={[{ label: tAreas("backOffice.title"), href: "/back-office" }, { label: t("standards.title"), href: charterAdminPath }, { label: t("categories.title") }]}
      />
      <AdminLinks current="categories" />
      <DataTable
        caption={t("categories.caption")}
        columns={columns}
        rows={rows}
        rowKey={(row) => row.id}
        paging={{ summary: summarizePage(request, total), pathname: categoriesAdminPath, searchParams: query }}
      />
    </>
  );
}
