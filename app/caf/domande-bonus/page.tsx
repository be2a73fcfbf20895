import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";

import { buttonClassName } from "@/components/ui/button";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { cafApplicationPath, cafApplicationsPath } from "@/lib/bonus/bonus-form-state";
import { requireCafOperator } from "@/lib/bonus/caf-operator";
import { listCafApplications, type CafApplicationRow } from "@/lib/bonus/list-caf-applications";
import { formatDate } from "@/lib/i18n/format";
import type { SearchParams } from "@/lib/pagination";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("caf.list");
  return { title: t("title") };
}

export default async function CafApplicationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const operator = await requireCafOperator("bonus:read:caf", cafApplicationsPath);
  const query = await searchParams;
  const { rows, summary } = await listCafApplications(operator.cafOfficeId, query);

  const t = await getTranslations("caf");
  const tBonus = await getTranslations("bonus");
  const tAreas = await getTranslations("areas");
  const locale = await getLocale();

  const columns: DataTableColumn<CafApplicationRow>[] = [
    {
      key: "reference",
      header: t("list.reference"),
      isRowHeader: true,
      cell: (row) => (
        <Link href={cafApplicationPath(row.id)} className="text-brand-800 underline underline-offset-2">
          {row.reference}
        </Link>
      ),
    },
    { key: "applicant", header: t("list.applicant"), cell: (row) => row.applicantName },
    { key: "kind", header: t("list.supplyKind"), cell: (row) => tBonus(`supplyKinds.${row.supplyKind}`) },
    { key: "year", header: t("list.year"), cell: (row) => row.competenceYear, align: "end" },
    { key: "received", header: t("list.received"), cell: (row) => formatDate(row.receivedAt, locale) },
    { key: "state", header: t("list.state"), cell: (row) => <StatusBadge status={row.state} label={tBonus(`states.${row.state}`)} /> },
  ];

  return (
    <>
      <PageHeader
        title={t("list.title")}
        description={t("list.description", { office: operator.cafOfficeName })}
        breadcrumb={[{ label: tAreas("caf.title"), href: "/caf" }, { label: t("list.title") }]}
        actions={
          <Link href={`${cafApplicationsPath}/nuova`} className={buttonClassName("primary")}>
            {t("list.new")}
          </Link>
        }
      />
      <DataTable caption={t("list.caption")} columns={columns} rows={rows} rowKey={(row) => row.id} paging={{ summary, pathname: cafApplicationsPath, searchParams: query }} />
    </>
  );
}
