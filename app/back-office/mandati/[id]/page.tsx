import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";

import { DecisionForm } from "@/components/back-office/decision-form";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { findOwnedOrNotFound, hasPermission, requirePermission } from "@/lib/auth/policy";
import { formatCalendarDate, formatDateTime } from "@/lib/i18n/format";
import { loadMandateForReview } from "@/lib/mandates/list-mandates-for-review";
import { decideMandateAction } from "@/lib/mandates/mandate-actions";
import { backOfficeMandatePath, backOfficeMandatesPath } from "@/lib/mandates/mandate-paths";

type MandatePageProps = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("mandates.detail");
  return { title: t("title") };
}

export default async function MandateReviewPage({ params }: MandatePageProps) {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();

  const user = await requirePermission("mandate:read:any", { returnTo: backOfficeMandatePath(id) });
  const mandate = await findOwnedOrNotFound(loadMandateForReview(id));

  const t = await getTranslations("mandates");
  const tAreas = await getTranslations("areas");
  const locale = await getLocale();

  const rows: [string, React.ReactNode][] = [
    [t("detail.state"), <StatusBadge key="state" status={mandate.state} label={t(`states.${mandate.state}`)} />],
    [t("detail.admin"), `${mandate.adminName ?? "—"} (${mandate.adminFiscalCode})`],
    [t("detail.adminEmail"), mandate.adminEmail ?? "—"],
    [t("detail.supply"), mandate.supplyCode],
    [t("detail.condominium"), `${mandate.condominiumName ?? "—"} (${mandate.condominiumFiscalCode})`],
    [t("detail.address"), mandate.address],
    [t("detail.appointedOn"), mandate.appointedOn ? formatCalendarDate(mandate.appointedOn, locale) : "—"],
    [t("detail.requestedAt"), formatDateTime(mandate.requestedAt, locale)],
    [
      t("detail.verbale"),
      mandate.verbaleFileId ? (
        <Link key="verbale" href={`/api/files/${mandate.verbaleFileId}`} className="text-brand-800 underline underline-offset-2">
          {t("detail.verbaleLink")}
        </Link>
      ) : (
        t("detail.noVerbale")
      ),
    ],
  ];
  if (mandate.decidedAt) rows.push([t("detail.decidedAt"), formatDateTime(mandate.decidedAt, locale)]);
  if (mandate.rejectionReason) rows.push([t("detail.rejectionReason"), mandate.rejectionReason]);
  if (mandate.revocationReason) rows.push([t("detail.revocationReason"), mandate.revocationReason]);

  const canDecide = mandate.state === "requested" && hasPermission(user, "mandate:update:any");

  return (
    <>
      <PageHeader
        title={t("detail.heading", { code: mandate.supplyCode })}
        breadcrumb={[{ label: tAreas("backOffice.title"), href: "/back-office" }, { label: t("review.title"), href: backOfficeMandatesPath }, { label: mandate.supplyCode }]}
      />
      <dl className="mb-6 grid max-w-3xl grid-cols-[minmax(10rem,auto)_1fr] gap-x-4 gap-y-2 rounded-md border border-slate-300 bg-white p-4">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold text-slate-800">{label}</dt>
            <dd className="text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>
      {canDecide && mandate.currentAdmins.length > 0 ? (
        <Alert tone="warning" className="mb-6 max-w-2xl">
          {t("detail.replacesAdmins", { names: mandate.currentAdmins.map((admin) => admin.adminName ?? "—").join(", ") })}
        </Alert>
      ) : null}
      {canDecide ? <DecisionForm action={decideMandateAction.bind(null, mandate.id)} namespace="mandates" approveValue="approve" /> : null}
    </>
  );
}
