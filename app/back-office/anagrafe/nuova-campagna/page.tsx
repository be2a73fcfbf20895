import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/policy";
import { partsOf } from "@/lib/charter/plain-date";
import { romeDateOf } from "@/lib/charter/rome-time";
import { openCampaignAction } from "@/lib/census/census-actions";
import { censusBackOfficePath } from "@/lib/census/census-paths";
import { listBuildingsForCampaign } from "@/lib/census/open-campaign";

import { CampaignForm } from "./campaign-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("census.campaign");
  return { title: t("title") };
}

export default async function NewCampaignPage() {
  await requirePermission("census:manage:any", { returnTo: `${censusBackOfficePath}/nuova-campagna` });

  const t = await getTranslations("census");
  const buildings = await listBuildingsForCampaign();
  const today = romeDateOf(new Date());
  const nextYear = partsOf(today).year + 1;

  return (
    <>
      <PageHeader
        title={t("campaign.title")}
        description={t("campaign.description")}
        breadcrumb={[{ label: t("progress.backOffice"), href: "/back-office" }, { label: t("progress.title"), href: censusBackOfficePath }, { label: t("campaign.title") }]}
      />
      {/* The new rent starts on 1 January of the year after the round, as regional rules set it. */}
      <CampaignForm buildings={buildings} defaults={{ opensOn: today, rentEffectiveFrom: `${nextYear}-01-01` }} action={openCampaignAction} />
    </>
  );
}
