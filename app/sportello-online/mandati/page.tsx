import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";

import { ButtonLink } from "@/components/ui/button";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { requirePermission } from "@/lib/auth/policy";
import { formatCalendarDate, formatDate } from "@/lib/i18n/format";
import { listAdminMandates, type AdminMandateRow } from "@/lib/mandates/list-admin-mandates";
import { revokeMandateAction } from "@/lib/mandates/mandate-actions";
import { mandatesPath, newMandatePath } from "@/lib/mandates/mandate-paths";
import { parsePagination, type SearchParams } from "@/lib/pagination";
import { personIdOf } from "@/lib/supplies/supply-access";
import { supplyPath } from "@/lib/supplies/supply-paths";

import { RevokeForm } from "./revoke-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("mandates.list");
  return { title: t("title") };
}

export default async function MandatesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission("mandate:create:own", { returnTo: mandatesPath });
  const query = await searchParams;

  const { rows, summary } = await listAdminMandates(await personIdOf(user.id), parsePagination(query));

  const t = await getTranslations("mandates");
  const tAreas = await getTranslations("areas");
  const locale = await getLocale();

  const outcomeOf = (row: AdminMandateRow): string | null => {
    if (row.state === "rejected") return row.rejectionReason;
    if (row.state === "revoked") return row.revocationReason;
    return null;
  };

  const columns: DataTableColumn<AdminMandateRow>[] = [
    {
      key: "supply",
      header: t("list.columns.supply"),
      isRowHeader: true,
      cell: (row) =>
        row.state === "approved" ? (
          <Link href={supplyPath(row.supplyId)} className="text-brand-800 underline underline-offset-2">
            {row.supplyCode}
          </Link>
        ) : (
          row.supplyCode
        ),
    },
    {
      key: "condominium",
      header: t("list.columns.condominium"),
      cell: (row) => (
        <>
          {row.condominiumName ?? "—"}
          <span className="block text-sm text-slate-700">{row.address}</span>
        </>
      ),
    },
    { key: "appointedOn", header: t("list.columns.appointedOn"), cell: (row) => (row.appointedOn ? formatCalendarDate(row.appointedOn, locale) : "—") },
    { key: "requestedAt", header: t("list.columns.requestedAt"), cell: (row) => formatDate(row.requestedAt, locale) },
    {
      key: "state",
      header: t("list.columns.state"),
      cell: (row) => (
        <>
          <StatusBadge status={row.state} label={t(`states.${row.state}`)} />
          {outcomeOf(row) ? <p className="mt-1 text-sm text-slate-700">{outcomeOf(row)}</p> : null}
        </>
      ),
    },
    {
      key: "actions",
      header: t("list.columns.actions"),
      cell: (row) => (
        <>
          {row.verbaleFileId ? (
            <Link href={`/api/files/${row.verbaleFileId}`} className="block text-brand-800 underline underline-offset-2">
              {t("list.verbale", { code: row.supplyCode })}
            </Link>
          ) : null}
          {row.state === "requested" || row.state === "approved" ? (
            <RevokeForm mandateId={row.id} supplyCode={row.supplyCode} action={revokeMandateAction.bind(null, row.id)} />
          ) : null}
        </>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t("list.title")}
        description={t("list.description")}
        breadcrumb={[{ label: tAreas("sii.title"), href: "/sportello-online" }, { label: t("list.title") }]}
        actions={<ButtonLink href={newMandatePath}>{t("list.newMandate")}</ButtonLink>}
      />
      <DataTable
        caption={t("list.caption")}
        columns={columns}
        rows={rows}
        rowKey={(row) => row.id}
        empty={<EmptyState title={t("list.emptyTitle")} description={t("list.emptyDescription")} />}
        paging={{ summary, pathname: mandatesPath, searchParams: query }}
      />
    </>
  );
}
