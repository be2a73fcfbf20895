import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";

import { DecisionForm } from "@/components/back-office/decision-form";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { findOwnedOrNotFound, requirePermission } from "@/lib/auth/policy";
import { formatDate, formatDateTime, formatNumber } from "@/lib/i18n/format";
import { loadReadingForReview, type ReadingForReview } from "@/lib/readings/list-readings-to-review";
import { reviewReadingAction } from "@/lib/readings/reading-actions";

type ReadingReviewPageProps = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("readings.review");
  return { title: t("detailTitle") };
}

export default async function ReadingReviewPage({ params }: ReadingReviewPageProps) {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();

  await requirePermission("reading:update:any", { returnTo: `/back-office/letture/${id}` });
  const reading = await findOwnedOrNotFound(loadReadingForReview(id));

  const t = await getTranslations("readings");
  const tAreas = await getTranslations("areas");
  const locale = await getLocale();

  const rows: [string, React.ReactNode][] = [
    [t("review.protocol"), reading.protocol ?? t("review.noProtocol")],
    [t("review.state"), <StatusBadge key="state" status={reading.state} label={t(`states.${reading.state}`)} />],
    [t("review.supply"), `${reading.supplyCode} — ${reading.address}`],
    [t("review.meter"), t("review.meterValue", { serial: reading.meterSerialNumber, digits: reading.meterDigits })],
    [t("review.readAt"), formatDate(reading.readAt, locale)],
    [t("review.cubicMetres"), formatNumber(reading.cubicMetres, locale)],
    [t("review.source"), t(`sources.${reading.source}`)],
    [t("review.createdAt"), formatDateTime(reading.createdAt, locale)],
    [t("review.reason"), reading.stateReason ?? "—"],
  ];
  if (reading.photoFileId) {
    rows.push([
      t("review.photo"),
      <Link key="photo" href={`/api/files/${reading.photoFileId}`} className="text-brand-800 underline underline-offset-2">
        {t("receipt.photoLink")}
      </Link>,
    ]);
  }

  type PreviousRow = ReadingForReview["previous"][number];
  const previousColumns: DataTableColumn<PreviousRow>[] = [
    { key: "readAt", header: t("history.columns.readAt"), isRowHeader: true, cell: (row) => formatDate(row.readAt, locale) },
    { key: "cubicMetres", header: t("history.columns.cubicMetres"), align: "end", cell: (row) => formatNumber(row.cubicMetres, locale) },
    { key: "source", header: t("history.columns.source"), cell: (row) => t(`sources.${row.source}`) },
    { key: "state", header: t("history.columns.state"), cell: (row) => <StatusBadge status={row.state} label={t(`states.${row.state}`)} /> },
  ];

  return (
    <>
      <PageHeader
        title={t("review.detailTitle")}
        breadcrumb={[{ label: tAreas("backOffice.title"), href: "/back-office" }, { label: t("review.title"), href: "/back-office/letture" }, { label: reading.protocol ?? reading.supplyCode }]}
      />
      <dl className="mb-6 grid max-w-3xl grid-cols-[minmax(10rem,auto)_1fr] gap-x-4 gap-y-2 rounded-md border border-slate-300 bg-white p-4">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold text-slate-800">{label}</dt>
            <dd className="text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>
      <div className="mb-6 max-w-3xl">
        <DataTable caption={t("review.previousCaption")} columns={previousColumns} rows={reading.previous} rowKey={(row) => row.id} />
      </div>
      {reading.state === "toReview" ? <DecisionForm action={reviewReadingAction.bind(null, reading.id)} namespace="readings" approveValue="accept" /> : null}
    </>
  );
}
