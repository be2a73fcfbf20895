import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";

import { ButtonLink } from "@/components/ui/button";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { requirePermission } from "@/lib/auth/policy";
import { formatDate } from "@/lib/i18n/format";
import { parsePagination, type SearchParams } from "@/lib/pagination";
import { listCustomerRequests, type CustomerRequestRow } from "@/lib/requests/list-customer-requests";
import { pendingDeadline } from "@/lib/requests/request-deadline";
import { requestDetailPath, requestsPath } from "@/lib/requests/request-kinds";

import { RequestsTabs } from "../pratiche/requests-tabs";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("requests.list");
  return { title: t("title") };
}

export default async function CustomerRequestsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission("ticket:read:own", { returnTo: requestsPath });
  const query = await searchParams;

  const { rows, summary } = await listCustomerRequests(user, parsePagination(query));

  const t = await getTranslations("requests.list");
  const tStates = await getTranslations("tickets.states");
  const tAreas = await getTranslations("areas");
  const locale = await getLocale();

  const columns: DataTableColumn<CustomerRequestRow>[] = [
    {
      key: "protocol",
      header: t("columns.protocol"),
      isRowHeader: true,
      cell: (row) => (
        <Link href={requestDetailPath(row.id)} className="text-brand-800 underline underline-offset-2">
          {row.protocol}
        </Link>
      ),
    },
    { key: "kind", header: t("columns.kind"), cell: (row) => row.categoryLabels[locale] },
    { key: "state", header: t("columns.state"), cell: (row) => <StatusBadge status={row.state} label={tStates(row.state)} /> },
    { key: "openedAt", header: t("columns.openedAt"), cell: (row) => formatDate(row.openedAt, locale) },
    {
      key: "deadline",
      header: t("columns.deadline"),
      cell: (row) => {
        const deadline = pendingDeadline(row.state, row.dueAt);
        return deadline ? t("dueBy", { date: formatDate(deadline, locale) }) : t("noDeadline");
      },
    },
  ];

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        breadcrumb={[{ label: tAreas("sii.title"), href: "/sportello-online" }, { label: t("title") }]}
        actions={<ButtonLink href={`${requestsPath}/nuova`}>{t("newRequest")}</ButtonLink>}
      />
      <RequestsTabs current="requests" />
      <DataTable
        caption={t("caption")}
        columns={columns}
        rows={rows}
        rowKey={(row) => row.id}
        empty={<EmptyState title={t("emptyTitle")} description={t("emptyDescription")} />}
        paging={{ summary, pathname: requestsPath, searchParams: query }}
      />
    </>
  );
}
