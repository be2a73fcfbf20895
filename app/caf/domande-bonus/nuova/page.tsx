import { randomUUID } from "node:crypto";

import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { CafApplicationForm } from "@/components/bonus/caf-application-form";
import { PageHeader } from "@/components/ui/page-header";
import { createCafApplicationAction } from "@/lib/bonus/caf-actions";
import { cafApplicationsPath } from "@/lib/bonus/bonus-form-state";
import { requireCafOperator } from "@/lib/bonus/caf-operator";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("caf.new");
  return { title: t("title") };
}

/** Years a CAF may file for: from 2018, when the bonus started, to the current year. */
function competenceYears(): number[] {
  const current = new Date().getUTCFullYear();
  return Array.from({ length: current - 2017 }, (_, index) => current - index);
}

export default async function NewCafApplicationPage() {
  await requireCafOperator("bonus:create:caf", `${cafApplicationsPath}/nuova`);
  const t = await getTranslations("caf");
  const tAreas = await getTranslations("areas");
  const years = competenceYears();

  return (
    <>
      <PageHeader
        title={t("new.title")}
        description={t("new.description")}
        breadcrumb={[{ label: tAreas("caf.title"), href: "/caf" }, { label: t("list.title"), href: cafApplicationsPath }, { label: t("new.title") }]}
      />
      <CafApplicationForm
        action={createCafApplicationAction}
        idempotencyKey={randomUUID()}
        prefill={{ competenceYear: String(years[0]) }}
        submitLabel={t("new.submit")}
        competenceYears={years}
      />
    </>
  );
}
