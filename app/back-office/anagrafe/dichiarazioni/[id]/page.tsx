import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";

import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { findOwnedOrNotFound, hasPermission, requirePermission } from "@/lib/auth/policy";
import { reviewDeclarationAction } from "@/lib/census/census-actions";
import { censusBackOfficePath, declarationReviewPath } from "@/lib/census/census-paths";
import { censusStateTones } from "@/lib/census/census-state-tones";
import { findDeclarationForReview } from "@/lib/census/declaration-review-view";
import { operatorEventsFor } from "@/lib/census/declaration-states";
import { formatCalendarDate, formatDateTime, formatMoneyCents } from "@/lib/i18n/format";
import { parseEuroCents } from "@/lib/requests/parse-euro-cents";

import { ReviewForm } from "./review-form";

type ReviewProps = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("census.review");
  return { title: t("title") };
}

export default async function DeclarationReviewPage({ params }: ReviewProps) {
  const { id } = await params;
  const user = await requirePermission("census:read:any", { returnTo: declarationReviewPath(id) });
  if (!z.uuid().safeParse(id).success) notFound();
  const declaration = await findOwnedOrNotFound(findDeclarationForReview(id));

  const locale = await getLocale();
  const t = await getTranslations("census");
  const events = hasPermission(user, "census:update:any") ? operatorEventsFor(declaration.state) : [];
  const values = declaration.values;
  const money = (cents: number | null) => (cents === null ? "—" : formatMoneyCents(cents, locale));
  const typedMoney = (text: string) => {
    const cents = parseEuroCents(text);
    return cents === null ? text || "—" : formatMoneyCents(cents, locale);
  };

  return (
    <>
      <PageHeader
        title={t("review.heading", { name: declaration.holderName })}
        breadcrumb={[
          { label: t("progress.backOffice"), href: "/back-office" },
          { label: t("progress.title"), href: `${censusBackOfficePath}?campaign=${declaration.campaignId}` },
          { label: t("queue.title"), href: `${censusBackOfficePath}/dichiarazioni?campaign=${declaration.campaignId}` },
          { label: declaration.holderName },
        ]}
      />
      <dl className="mb-8 grid max-w-3xl grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">{t("review.state")}</dt>
        <dd><StatusBadge tone={censusStateTones[declaration.state]} label={t(`states.${declaration.state}`)} /></dd>
        <dt className="font-semibold">{t("review.campaign")}</dt>
        <dd>{declaration.campaignName}</dd>
        <dt className="font-semibold">{t("review.contract")}</dt>
        <dd>{declaration.contractCode} · {declaration.householdCode}</dd>
        <dt className="font-semibold">{t("review.dwelling")}</dt>
        <dd>{declaration.dwellingAddress}</dd>
        <dt className="font-semibold">{t("review.currentIsee")}</dt>
        <dd>{money(declaration.currentIseeErpCents)} · {t(`rentAreas.${declaration.currentRentArea}`)}</dd>
        <dt className="font-semibold">{t("review.declaredIsee")}</dt>
        <dd>{values ? typedMoney(values.iseeErp) : "—"}</dd>
        <dt className="font-semibold">{t("review.dsu")}</dt>
        <dd dir="ltr" className="text-start">{values?.dsuProtocol || "—"} {values?.dsuDate ? `(${formatCalendarDate(values.dsuDate, locale)})` : ""}</dd>
        {declaration.resultingArea ? (
          <>
            <dt className="font-semibold">{t("review.resultingArea")}</dt>
            <dd>{t(`rentAreas.${declaration.resultingArea}`)}</dd>
          </>
        ) : null}
        <dt className="font-semibold">{t("review.submittedAt")}</dt>
        <dd>{declaration.submittedAt ? formatDateTime(declaration.submittedAt, locale) : "—"}</dd>
        <dt className="font-semibold">{t("review.residence")}</dt>
        <dd>{values?.residesInDwelling ? t(`form.${values.residesInDwelling === "yes" ? "yes" : "no"}`) : "—"} {values?.residenceNote}</dd>
        <dt className="font-semibold">{t("review.contacts")}</dt>
        <dd dir="ltr" className="text-start">{[values?.phone, values?.email].filter(Boolean).join(" · ") || "—"}</dd>
      </dl>

      {declaration.integrationRequest ? (
        <Alert tone="warning" title={t("review.lastIntegration")} className="mb-8 max-w-3xl">
          <p className="whitespace-pre-line">{declaration.integrationRequest}</p>
        </Alert>
      ) : null}

      {declaration.homeVisit ? (
        <Alert tone="info" title={t("review.homeVisit")} className="mb-8 max-w-3xl">
          <p>{formatDateTime(declaration.homeVisit.startsAt, locale)} · {declaration.homeVisit.bookingCode}</p>
          {declaration.homeVisit.notes ? <p className="whitespace-pre-line">{declaration.homeVisit.notes}</p> : null}
        </Alert>
      ) : null}

      <section aria-labelledby="members-heading" className="mb-8 overflow-x-auto">
        <h2 id="members-heading" className="mb-2 text-xl font-semibold">{t("form.membersHeading")}</h2>
        {values && values.members.length > 0 ? (
          <table className="w-full min-w-[48rem] border-collapse text-start">
            <caption className="sr-only">{t("review.membersCaption")}</caption>
            <thead>
              <tr className="border-b border-slate-400">
                <th scope="col" className="py-1 text-start">{t("form.familyName")}</th>
                <th scope="col" className="py-1 text-start">{t("form.fiscalCode")}</th>
                <th scope="col" className="py-1 text-start">{t("form.birthDate")}</th>
                <th scope="col" className="py-1 text-start">{t("form.relationship")}</th>
                <th scope="col" className="py-1 text-start">{t("form.citizenship")}</th>
                <th scope="col" className="py-1 text-start">{t("form.employment")}</th>
                <th scope="col" className="py-1 text-end">{t("form.yearlyIncome")}</th>
                <th scope="col" className="py-1 text-start">{t("review.flags")}</th>
              </tr>
            </thead>
            <tbody>
              {values.members.map((member, index) => (
                <tr key={index} className="border-b border-slate-200">
                  <th scope="row" className="py-1 text-start font-normal">{member.givenName} {member.familyName}</th>
                  <td className="py-1" dir="ltr">{member.fiscalCode}</td>
                  <td className="py-1">{/^\d{4}-\d{2}-\d{2}$/.test(member.birthDate) ? formatCalendarDate(member.birthDate, locale) : member.birthDate}</td>
                  <td className="py-1">{member.relationship ? t(`relationships.${member.relationship}`) : "—"}</td>
                  <td className="py-1">{member.citizenship}</td>
                  <td className="py-1">{member.employment ? t(`employment.${member.employment}`) : "—"}</td>
                  <td className="py-1 text-end">{typedMoney(member.yearlyIncome)}</td>
                  <td className="py-1">{[member.disability === "on" ? t("form.disability") : null, member.dependent === "on" ? t("form.dependent") : null].filter(Boolean).join("; ") || "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{t("review.noMembers")}</p>
        )}
      </section>

      <section aria-labelledby="documents-heading" className="mb-8">
        <h2 id="documents-heading" className="mb-2 text-xl font-semibold">{t("tenant.documents")}</h2>
        {declaration.documents.length > 0 ? (
          <ul className="ms-5 list-disc">
            {declaration.documents.map((document) => (
              <li key={document.id}>
                <a href={`/api/files/${document.fileId}`} className="text-brand-800 underline underline-offset-2">{document.fileName}</a> ({t(`documentKinds.${document.kind}`)})
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("review.noDocuments")}</p>
        )}
      </section>

      {events.length > 0 ? (
        <section aria-labelledby="review-heading">
          <h2 id="review-heading" className="mb-2 text-xl font-semibold">{t("review.actions")}</h2>
          <ReviewForm events={events} action={reviewDeclarationAction.bind(null, declaration.id)} />
        </section>
      ) : null}
    </>
  );
}
