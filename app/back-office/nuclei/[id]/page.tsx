import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";

import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { requirePermission } from "@/lib/auth/policy";
import { householdReviewDetailPath, householdReviewPath } from "@/lib/household/household-paths";
import { decideHouseholdChangeAction } from "@/lib/household/household-review-actions";
import { loadHouseholdChange } from "@/lib/household/load-household-change";
import { formatCalendarDate, formatDateTime } from "@/lib/i18n/format";

import { DecisionForm } from "./decision-form";

type ReviewDetailProps = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("household.review");
  return { title: t("detailTitle") };
}

export default async function HouseholdChangeReviewPage({ params }: ReviewDetailProps) {
  const { id } = await params;
  await requirePermission("household:update:any", { returnTo: householdReviewDetailPath(id) });

  const change = await loadHouseholdChange(id);
  if (!change) notFound();

  const t = await getTranslations("household");
  const tTenant = await getTranslations("tenant");
  const tAreas = await getTranslations("areas");
  const locale = await getLocale();
  const { payload } = change;
  const open = change.state === "submitted" || change.state === "inProgress";

  const requestRows: [string, string][] = [
    [t("review.columns.change"), t(`kinds.${change.change}`)],
    [t("review.columns.effectiveOn"), formatCalendarDate(change.effectiveOn, locale)],
    [t("review.columns.contract"), change.contractCode ?? ""],
    [t("review.dwelling"), change.dwellingCode ?? ""],
    [t("review.applicant"), change.applicantName ?? ""],
    [t("review.columns.submittedAt"), change.submittedAt ? formatDateTime(change.submittedAt, locale) : ""],
  ];
  if (payload.change === "moveIn" || payload.change === "birth") {
    requestRows.push(
      [t("changes.givenName"), payload.givenName],
      [t("changes.familyName"), payload.familyName],
      [t("changes.fiscalCode"), payload.fiscalCode],
      [t("changes.birthDate"), formatCalendarDate(payload.birthDate, locale)],
      [t("changes.relationship"), tTenant(`relationships.${payload.relationship}`)],
    );
  } else {
    requestRows.push([t("changes.member"), change.memberName]);
  }
  if (payload.note) requestRows.push([t("changes.note"), payload.note]);

  return (
    <>
      <PageHeader
        title={t("review.detailHeading", { protocol: change.protocol })}
        breadcrumb={[{ label: tAreas("backOffice.title"), href: "/back-office" }, { label: t("review.title"), href: householdReviewPath }, { label: change.protocol }]}
      />

      <section aria-labelledby="request-title" className="mb-8 rounded-md border-2 border-slate-300 p-4">
        <h2 id="request-title" className="flex flex-wrap items-center gap-3 text-xl font-semibold text-slate-900">
          {t("review.requestTitle")} <StatusBadge status={change.state} label={t(`states.${change.state}`)} />
        </h2>
        <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]" data-testid="household-change-request">
          {requestRows.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-semibold">{label}</dt>
              <dd className="whitespace-pre-line">{value}</dd>
            </div>
          ))}
        </dl>
        {change.rejectionReason ? <p className="mt-3">{t("changes.rejectionReason", { reason: change.rejectionReason })}</p> : null}
      </section>

      <section aria-labelledby="documents-title" className="mb-8">
        <h2 id="documents-title" className="text-xl font-semibold text-slate-900">
          {t("review.documentsTitle")}
        </h2>
        <ul className="mt-2 space-y-1">
          {change.documents.map((document) => (
            <li key={document.fileId}>
              <a href={`/api/files/${document.fileId}`} className="text-brand-800 underline underline-offset-2">
                {document.fileName}
              </a>{" "}
              ({t(`documentKinds.${document.kind}`)})
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="current-title" className="mb-8">
        <h2 id="current-title" className="text-xl font-semibold text-slate-900">
          {t("review.currentMembers")}
        </h2>
        <ul className="mt-2 space-y-1" data-testid="current-members">
          {change.currentMembers.map((member) => (
            <li key={member.id}>
              {member.name} · {member.fiscalCode} · {tTenant(`relationships.${member.relationship}`)} · {tTenant("household.since", { date: formatCalendarDate(member.joinedOn, locale) })}
            </li>
          ))}
        </ul>
      </section>

      {open ? (
        <section aria-labelledby="decision-title">
          <h2 id="decision-title" className="mb-3 text-xl font-semibold text-slate-900">
            {t("review.decisionTitle")}
          </h2>
          <DecisionForm action={decideHouseholdChangeAction.bind(null, change.id)} />
        </section>
      ) : null}
    </>
  );
}
