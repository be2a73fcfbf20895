import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";

import { ApplicationDetails } from "@/components/bonus/application-details";
import { ApplicationTimeline } from "@/components/bonus/application-timeline";
import { CafApplicationForm } from "@/components/bonus/caf-application-form";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { correctCafApplicationAction } from "@/lib/bonus/caf-actions";
import { cafApplicationPath, cafApplicationsPath } from "@/lib/bonus/bonus-form-state";
import { requireCafOperator } from "@/lib/bonus/caf-operator";
import { listApplicationTimeline, loadApplicationForCaf, type BonusApplicationView } from "@/lib/bonus/load-application";

type PageProps = { params: Promise<{ id: string }> };

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function loadOr404(id: string, cafOfficeId: string): Promise<BonusApplicationView> {
  if (!uuidPattern.test(id)) notFound();
  const application = await loadApplicationForCaf(id, cafOfficeId);
  if (!application) notFound();
  return application;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { id } = await params;
  const operator = await requireCafOperator("bonus:read:caf", cafApplicationPath(id));
  const application = await loadOr404(id, operator.cafOfficeId);

  const t = await getTranslations("caf.detail");
  return { title: t("title", { reference: application.reference }) };
}

/** Returns the application's current data as form values for the correction form. */
function prefillOf(application: BonusApplicationView): Record<string, string> {
  const values: Record<string, string> = {
    applicantFamilyName: application.applicantFamilyName,
    applicantGivenName: application.applicantGivenName,
    applicantFiscalCode: application.applicantFiscalCode,
    iseeEuros: (application.iseeCents / 100).toFixed(2).replace(".", ","),
    dsuProtocol: application.dsuProtocol,
    dsuDate: application.dsuDate.toISOString().slice(0, 10),
    dependentChildren: String(application.dependentChildren),
    competenceYear: String(application.competenceYear),
    supplyKind: application.supplyKind,
    supplyCode: application.declaredSupplyCode ?? "",
    dwelling: application.declaredDwelling ?? "",
    street: application.declaredStreet ?? "",
    houseNumber: application.declaredHouseNumber ?? "",
    postalCode: application.declaredPostalCode ?? "",
  };

  application.members
    .filter((member) => !member.isApplicant)
    .forEach((member, index) => {
      values[`member${index + 1}FiscalCode`] = member.fiscalCode;
      values[`member${index + 1}FamilyName`] = member.familyName;
      values[`member${index + 1}GivenName`] = member.givenName;
    });

  return values;
}

export default async function CafApplicationPage({ params }: PageProps) {
  const { id } = await params;
  const operator = await requireCafOperator("bonus:read:caf", cafApplicationPath(id));
  const application = await loadOr404(id, operator.cafOfficeId);
  const timeline = await listApplicationTimeline(application.id);

  const t = await getTranslations("caf");
  const tBonus = await getTranslations("bonus");
  const tAreas = await getTranslations("areas");
  const current = new Date().getUTCFullYear();
  const years = Array.from({ length: current - 2017 }, (_, index) => current - index);

  return (
    <>
      <PageHeader
        title={t("detail.title", { reference: application.reference })}
        description={`${application.applicantFamilyName} ${application.applicantGivenName}`}
        breadcrumb={[{ label: tAreas("caf.title"), href: "/caf" }, { label: t("list.title"), href: cafApplicationsPath }, { label: application.reference }]}
        actions={<StatusBadge status={application.state} label={tBonus(`states.${application.state}`)} />}
      />

      <div className="space-y-6">
        {application.state === "awaitingCorrection" ? (
          <section aria-labelledby="correction-heading" className="rounded-md border border-amber-600 bg-white p-4">
            <h2 id="correction-heading" className="mb-2 text-xl font-bold">
              {t("detail.correctionTitle")}
            </h2>
            <Alert tone="warning" className="mb-4">
              <p className="whitespace-pre-line">{application.correctionRequest}</p>
            </Alert>
            <CafApplicationForm
              action={correctCafApplicationAction.bind(null, application.id)}
              prefill={prefillOf(application)}
              submitLabel={t("detail.correctionSubmit")}
              competenceYears={years}
            />
          </section>
        ) : null}

        <ApplicationDetails application={application} showPhotos={false} />
        <ApplicationTimeline entries={timeline} showActors={false} />
      </div>
    </>
  );
}
