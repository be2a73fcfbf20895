import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";

import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { requirePermission } from "@/lib/auth/policy";
import { requestHomeVisitAction, saveDeclarationAction } from "@/lib/census/census-actions";
import { tenantCensusPath } from "@/lib/census/census-paths";
import { censusStateTones } from "@/lib/census/census-state-tones";
import { findTenantDeclaration, personIdOf } from "@/lib/census/tenant-declaration";
import { formatDate, formatDateTime } from "@/lib/i18n/format";

import { DeclarationForm } from "./declaration-form";
import { HomeVisitForm } from "./home-visit-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("census.tenant");
  return { title: t("title") };
}

export default async function TenantCensusPage() {
  const user = await requirePermission("census:submit:own", { returnTo: tenantCensusPath });
  const personId = await personIdOf(user);
  const declaration = personId ? await findTenantDeclaration(personId) : null;

  const locale = await getLocale();
  const t = await getTranslations("census");
  const tAreas = await getTranslations("areas");
  const header = <PageHeader title={t("tenant.title")} description={t("tenant.description")} breadcrumb={[{ label: tAreas("erp.title"), href: "/sportello-virtuale" }, { label: t("tenant.title") }]} />;

  if (!declaration) {
    return (
      <>
        {header}
        <EmptyState title={t("tenant.noCampaignTitle")} description={t("tenant.noCampaignDescription")} />
      </>
    );
  }

  return (
    <>
      {header}
      <section aria-labelledby="status-heading" className="mb-8 max-w-3xl rounded-lg border border-slate-300 bg-white p-4">
        <h2 id="status-heading" className="text-lg font-semibold">
          {declaration.campaignName}
        </h2>
        <p className="mt-1">{t("tenant.period", { opensOn: formatDate(declaration.opensOn, locale), closesOn: formatDate(declaration.closesOn, locale) })}</p>
        <p className="mt-1">{t("tenant.dwelling", { address: declaration.dwelling.address })}</p>
        <p className="mt-2 flex flex-wrap items-center gap-2">
          {t("tenant.stateLabel")} <StatusBadge tone={censusStateTones[declaration.state]} label={t(`states.${declaration.state}`)} />
        </p>
        {declaration.submittedAt ? <p className="mt-1">{t("tenant.submittedAt", { when: formatDateTime(declaration.submittedAt, locale) })}</p> : null}
      </section>

      {declaration.state === "incomplete" && declaration.integrationRequest ? (
        <Alert tone="warning" title={t("tenant.integrationTitle")} className="mb-8 max-w-3xl">
          <p className="whitespace-pre-line">{declaration.integrationRequest}</p>
        </Alert>
      ) : null}

      {declaration.documents.length > 0 ? (
        <section aria-labelledby="documents-heading" className="mb-8 max-w-3xl">
          <h2 id="documents-heading" className="mb-2 text-xl font-semibold">
            {t("tenant.documents")}
          </h2>
          <ul className="ms-5 list-disc">
            {declaration.documents.map((document) => (
              <li key={document.id}>
                <a href={`/api/files/${document.fileId}`} className="text-brand-800 underline underline-offset-2">
                  {document.fileName}
                </a>{" "}
                ({t(`documentKinds.${document.kind}`)}, {formatDate(document.createdAt, locale)})
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {declaration.editable ? (
        <DeclarationForm
          declarationId={declaration.id}
          initialValues={declaration.values}
          hasAttestation={declaration.documents.some((document) => document.kind === "iseeAttestation")}
          action={saveDeclarationAction}
        />
      ) : (
        <Alert tone="info" className="mb-8 max-w-3xl">
          {t(`tenant.lockedState.${declaration.windowProblem ?? (declaration.state === "accepted" ? "accepted" : "inReview")}`)}
        </Alert>
      )}

      <section aria-labelledby="home-visit-heading" className="mt-10 max-w-3xl">
        <h2 id="home-visit-heading" className="mb-2 text-xl font-semibold">
          {t("homeVisit.heading")}
        </h2>
        {declaration.homeVisit ? (
          <Alert tone="success">{t("homeVisit.booked", { when: formatDate(declaration.homeVisit.startsAt, locale), code: declaration.homeVisit.bookingCode })}</Alert>
        ) : declaration.state === "accepted" || declaration.state === "rejected" ? null : (
          <>
            <p className="mb-4 text-slate-700">{t("homeVisit.description")}</p>
            <HomeVisitForm declarationId={declaration.id} phone={declaration.values.phone} action={requestHomeVisitAction} />
          </>
        )}
      </section>
    </>
  );
}
