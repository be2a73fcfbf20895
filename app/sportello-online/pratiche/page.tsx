import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";

import { ButtonLink } from "@/components/ui/button";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { formatDate } from "@/lib/i18n/format";
import { parsePagination, type SearchParams } from "@/lib/pagination";
import { listCustomerPractices } from "@/lib/practices/list-customer-practices";
import { mayCreatePractice } from "@/lib/practices/practice-access";
import { requirePracticeReader } from "@/lib/practices/practice-guards";
import { practiceDetailPath, practicesPath } from "@/lib/practices/practice-paths";
import type { PracticeRow } from "@/lib/practices/practice-views";

import { PracticeStateBadge } from "@/components/practices/practice-state-badge";
import { RequestsTabs } from "./requests-tabs";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("practices.list");
  return { title: t("title") };
}

export default async function CustomerPracticesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePracticeReader(practicesPath);
  const query = await searchParams;

  const { rows, summary } = await listCustomerPractices(user, parsePagination(query));

  const t = await getTranslations("practices");
  const tAreas = await getTranslations("areas");
  const locale = await getLocale();

  const columns: DataTableColumn<PracticeRow>[] = [
    {
      key: "protocol",
      header: t("list.columns.protocol"),
      isRowHeader: true,
      cell: (row) => (
        <Link href={practiceDetailPath(row.id)} className="text-brand-800 underline underline-offset-2">
          {row.protocol}
        </Link>
      ),
    },
    { key: "kind", header: t("list.columns.kind"), cell: (row) => t(`kinds.${row.kind}.title`) },
    { key: "state", header: t("list.columns.state"), cell: (row) => <PracticeStateBadge state={row.state} label={t(`states.${row.state}`)} /> },
    { key: "submittedAt", header: t("list.columns.submittedAt"), cell: (row) => (row.submittedAt ? formatDate(row.submittedAt, locale) : t("detail.empty")) },
    { key: "supply", header: t("list.columns.supply"), cell: (row) => row.supplyCode ?? t("list.noSupply") },
  ];

  return (
    <>
      <PageHeader
        title={t("list.title")}
        description={t("list.description")}
        breadcrumb={[{ label: tAreas("sii.title"), href: "/sportello-online" }, { label: t("list.title") }]}
        actions={mayCreatePractice(user) ? <ButtonLink href={`${practicesPath}/nuova`}>{t("list.newPractice")}</ButtonLink> : undefined}
      />
      <RequestsTabs current="practices" />
      <DataTable
        caption={t("list.caption")}
        columns={columns}
        rows={rows}
        rowKey={(row) => row.id}
        empty={<EmptyState title={t("list.emptyTitle")} description={t("list.emptyDescription")} />}
        paging={{ summary, pathname: practicesPath, searchParams: query }}
      />
    </>
  );
}
