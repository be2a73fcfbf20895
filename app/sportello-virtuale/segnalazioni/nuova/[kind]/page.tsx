import { randomUUID } from "node:crypto";

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";

import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/policy";
import { findReportFormData } from "@/lib/reports/find-report-form-data";
import { submitReportAction } from "@/lib/reports/report-actions";
import { caretakerReportKinds, isReportKind, newReportKindPath, newReportPath, unlawfulOccupationCategoryCode } from "@/lib/reports/report-kinds";
import { tenantPaths } from "@/lib/tenancy/tenant-paths";

import { EmergencyNumbers } from "../../emergency-numbers";
import { ReportForm } from "./report-form";

type NewReportKindPageProps = { params: Promise<{ kind: string }> };

export async function generateMetadata({ params }: NewReportKindPageProps): Promise<Metadata> {
  const { kind } = await params;
  const t = await getTranslations("reports");
  return { title: isReportKind(kind) ? t(`kinds.${kind}.title`) : t("chooser.title") };
}

export default async function NewReportKindPage({ params }: NewReportKindPageProps) {
  const { kind } = await params;
  if (!isReportKind(kind)) notFound();
  const user = await requirePermission("ticket:create:own", { returnTo: newReportKindPath(kind) });

  const isTenant = user.roles.includes("tenant");
  if (!isTenant && !caretakerReportKinds.includes(kind)) notFound();

  const locale = await getLocale();
  const data = await findReportFormData(user, kind, locale);
  const t = await getTranslations("reports");
  const tAreas = await getTranslations("areas");
  const unavailable = data.categories.length === 0 || (isTenant ? data.dwelling === null && data.buildings.length === 0 : data.buildings.length === 0);

  return (
    <>
      <PageHeader
        title={t(`kinds.${kind}.title`)}
        description={t(`kinds.${kind}.description`)}
        breadcrumb={[
          { label: tAreas("erp.title"), href: tenantPaths.home },
          { label: t("list.title"), href: tenantPaths.reports },
          { label: t("chooser.title"), href: newReportPath },
          { label: t(`kinds.${kind}.title`) },
        ]}
      />
      {kind === "emergenza" ? <EmergencyNumbers /> : null}
      {kind === "occupazione-abusiva" ? (
        <Alert tone="info" className="mb-6">
          {t("form.confidentialNotice")}
        </Alert>
      ) : null}
      {unavailable ? (
        <Alert tone="warning">{data.categories.length === 0 ? t("form.noCategories", { code: unlawfulOccupationCategoryCode }) : t("form.noPlace")}</Alert>
      ) : (
        <ReportForm kind={kind} idempotencyKey={randomUUID()} data={data} asCaretaker={!isTenant || data.dwelling === null} action={submitReportAction.bind(null, kind)} />
      )}
    </>
  );
}
