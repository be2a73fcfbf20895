import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";

import { ApplicationDetails } from "@/components/bonus/application-details";
import { ApplicationTimeline } from "@/components/bonus/application-timeline";
import { ReviewForm } from "@/components/bonus/review-form";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { hasPermission, requirePermission } from "@/lib/auth/policy";
import {
  correctSupplyAction,
  decideApplicationAction,
  markPaymentOrderPaidAction,
  recordInspectionAction,
  rerunChecksAction,
  requestCorrectionAction,
  scheduleInspectionAction,
} from "@/lib/bonus/bonus-actions";
import { bonusApplicationPath, bonusBackOfficePath } from "@/lib/bonus/bonus-form-state";
import { listApplicationTimeline, listInspectors, loadApplicationForOperator } from "@/lib/bonus/load-application";
import { rejectionCodeOfCheck, rejectionCodes } from "@/lib/bonus/rejection-reasons";
import { romeDateOf } from "@/lib/charter/rome-time";
import { formatCalendarDate, formatMoneyCents } from "@/lib/i18n/format";

type PageProps = { params: Promise<{ id: string }> };

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function loadOr404(id: string) {
  if (!uuidPattern.test(id)) notFound();
  const application = await loadApplicationForOperator(id);
  if (!application) notFound();
  return application;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { id } = await params;
  await requirePermission("bonus:read:any", { returnTo: bonusApplicationPath(id) });
  const application = await loadOr404(id);

  const t = await getTranslations("bonus.detail");
  return { title: t("title", { reference: application.reference }) };
}

/** First day of the current month, the default start of an accepted bonus. */
function firstOfThisMonth(): string {
  const today = new Date();
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 1)).toISOString().slice(0, 10);
}

export default async function BonusApplicationPage({ params }: PageProps) {
  const { id } = await params;
  const user = await requirePermission("bonus:read:any", { returnTo: bonusApplicationPath(id) });
  const application = await loadOr404(id);
  const [timeline, inspectors] = await Promise.all([listApplicationTimeline(application.id), listInspectors()]);

  const t = await getTranslations("bonus");
  const tAreas = await getTranslations("areas");
  const canUpdate = hasPermission(user, "bonus:update:any");
  const open = application.state === "received" || application.state === "checking" || application.state === "awaitingCorrection";
  const hidden = { version: String(application.version) };

  const failedCheck = application.checks.find((check) => check.outcome === "failed");
  const suggestedCode = failedCheck ? rejectionCodeOfCheck[failedCheck.kind as keyof typeof rejectionCodeOfCheck] : "";
  const openInspections = application.inspections.filter((inspection) => inspection.outcome === null);
  const nonResidentSupply = application.supplyKind === "direct" && application.supply?.useType === "domesticNonResident";
  const pendingPaymentOrders = application.paymentOrders.filter((order) => order.state === "pending");
  const locale = await getLocale();
  const today = romeDateOf(new Date());

  return (
    <>
      <PageHeader
        title={t("detail.title", { reference: application.reference })}
        description={`${application.applicantFamilyName} ${application.applicantGivenName}`}
        breadcrumb={[{ label: tAreas("backOffice.title"), href: "/back-office" }, { label: t("queue.title"), href: bonusBackOfficePath }, { label: application.reference }]}
        actions={<StatusBadge status={application.state} label={t(`states.${application.state}`)} />}
      />

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <ApplicationDetails application={application} showPhotos />
          <ApplicationTimeline entries={timeline} />
        </div>

        <div className="space-y-6">
          {canUpdate && open ? (
            <>
              {application.state === "checking" ? (
                <ReviewForm
                  title={t("decide.title")}
                  description={t("decide.description")}
                  submitLabel={t("decide.submit")}
                  hidden={hidden}
                  action={decideApplicationAction.bind(null, application.id)}
                  fields={[
                    {
                      name: "decision",
                      kind: "select",
                      label: t("decide.decision"),
                      required: true,
                      placeholder: t("decide.decisionPlaceholder"),
                      options: [
                        { value: "accepted", label: t("decide.accept") },
                        { value: "rejected", label: t("decide.reject") },
                      ],
                    },
                    { name: "benefitStart", kind: "date", label: t("decide.benefitStart"), hint: t("decide.benefitStartHint"), defaultValue: firstOfThisMonth() },
                    {
                      name: "rejectionCode",
                      kind: "select",
                      label: t("decide.rejectionCode"),
                      hint: t("decide.rejectionCodeHint"),
                      placeholder: t("decide.rejectionCodePlaceholder"),
                      options: rejectionCodes.map((code) => ({ value: code, label: t(`rejectionCodes.${code}`) })),
                      defaultValue: suggestedCode,
                    },
                    { name: "rejectionReason", kind: "textarea", label: t("decide.rejectionReason"), hint: t("decide.rejectionReasonHint") },
                  ]}
                />
              ) : null}

              {openInspections.map((inspection) => (
                <ReviewForm
                  key={inspection.id}
                  title={t("recordInspection.title")}
                  submitLabel={t("recordInspection.submit")}
                  hidden={{ ...hidden, inspectionId: inspection.id }}
                  action={recordInspectionAction.bind(null, application.id)}
                  fields={[
                    {
                      name: "outcome",
                      kind: "select",
                      label: t("recordInspection.outcome"),
                      required: true,
                      placeholder: t("recordInspection.outcomePlaceholder"),
                      options: (["confirmed", "notConfirmed", "noAccess"] as const).map((outcome) => ({ value: outcome, label: t(`inspectionOutcomes.${outcome}`) })),
                    },
                    { name: "performedAt", kind: "datetime", label: t("recordInspection.performedAt"), required: true },
                    { name: "notes", kind: "textarea", label: t("recordInspection.notes") },
                    { name: "photos", kind: "photos", label: t("recordInspection.photos"), hint: t("recordInspection.photosHint") },
                  ]}
                />
              ))}

              <ReviewForm
                title={t("scheduleInspection.title")}
                description={t("scheduleInspection.description")}
                submitLabel={t("scheduleInspection.submit")}
                hidden={hidden}
                variant="secondary"
                action={scheduleInspectionAction.bind(null, application.id)}
                fields={[
                  { name: "scheduledAt", kind: "datetime", label: t("scheduleInspection.scheduledAt"), required: true },
                  {
                    name: "inspectorId",
                    kind: "select",
                    label: t("scheduleInspection.inspector"),
                    required: true,
                    placeholder: t("scheduleInspection.inspectorPlaceholder"),
                    options: inspectors.map((inspector) => ({ value: inspector.id, label: inspector.displayName })),
                  },
                ]}
              />

              {nonResidentSupply ? (
                <ReviewForm
                  title={t("correctSupply.title")}
                  description={t("correctSupply.description")}
                  submitLabel={t("correctSupply.submit")}
                  hidden={hidden}
                  variant="secondary"
                  action={correctSupplyAction.bind(null, application.id)}
                  fields={[{ name: "declarationNote", kind: "textarea", label: t("correctSupply.note"), hint: t("correctSupply.noteHint"), required: true }]}
                />
              ) : null}

              {application.source === "caf" && application.state !== "awaitingCorrection" ? (
                <ReviewForm
                  title={t("requestCorrection.title")}
                  description={t("requestCorrection.description")}
                  submitLabel={t("requestCorrection.submit")}
                  hidden={hidden}
                  variant="secondary"
                  action={requestCorrectionAction.bind(null, application.id)}
                  fields={[{ name: "message", kind: "textarea", label: t("requestCorrection.message"), required: true }]}
                />
              ) : null}

              <ReviewForm
                title={t("rerun.title")}
                description={t("rerun.description")}
                submitLabel={t("rerun.submit")}
                hidden={hidden}
                variant="secondary"
                action={rerunChecksAction.bind(null, application.id)}
                fields={[]}
              />
            </>
          ) : null}

          {canUpdate
            ? pendingPaymentOrders.map((order) => (
                <ReviewForm
                  key={order.id}
                  title={t("markPaid.title", { kind: t(order.supplementary ? "detail.supplementaryBonus" : "detail.nationalBonus") })}
                  description={t("markPaid.description", { amount: formatMoneyCents(order.amountCents, locale), due: formatCalendarDate(order.dueBy, locale) })}
                  submitLabel={t("markPaid.submit")}
                  hidden={{ ...hidden, orderId: order.id }}
                  variant="secondary"
                  action={markPaymentOrderPaidAction.bind(null, application.id)}
                  fields={[{ name: "paidOn", kind: "date", label: t("markPaid.paidOn"), required: true, defaultValue: today }]}
                />
              ))
            : null}
        </div>
      </div>
    </>
  );
}
