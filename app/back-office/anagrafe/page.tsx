import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";

import { Button, ButtonLink } from "@/components/ui/button";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { hasPermission, requirePermission } from "@/lib/auth/policy";
import { romeDateOf } from "@/lib/charter/rome-time";
import { campaignAggregates, campaignProgress, listCampaigns, type BuildingProgress } from "@/lib/census/campaign-progress";
import { sendCensusRemindersAction } from "@/lib/census/census-actions";
import { censusBackOfficePath } from "@/lib/census/census-paths";
import { declarationStates } from "@/lib/census/declaration-states";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import type { SearchParams } from "@/lib/pagination";

import { AggregateTables } from "./aggregate-tables";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("census.progress");
  return { title: t("title") };
}

export default async function CensusProgressPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission("census:read:any", { returnTo: censusBackOfficePath });
  const query = await searchParams;

  const locale = await getLocale();
  const t = await getTranslations("census");
  const campaigns = await listCampaigns();
  const requested = z.uuid().safeParse(query.campaign);
  const campaign = campaigns.find((item) => requested.success && item.id === requested.data) ?? campaigns.find((item) => item.state === "open") ?? campaigns[0];
  const canManage = hasPermission(user, "census:manage:any");

  const header = (
    <PageHeader
      title={t("progress.title")}
      description={t("progress.description")}
      breadcrumb={[{ label: t("progress.backOffice"), href: "/back-office" }, { label: t("progress.title") }]}
      actions={
        <div className="flex flex-wrap gap-3">
          {campaign ? <ButtonLink href={`${censusBackOfficePath}/dichiarazioni?campaign=${campaign.id}`}>{t("progress.reviewQueue")}</ButtonLink> : null}
          {canManage ? (
            <ButtonLink href={`${censusBackOfficePath}/nuova-campagna`} variant="secondary">
              {t("progress.newCampaign")}
            </ButtonLink>
          ) : null}
        </div>
      }
    />
  );
  if (!campaign) return <>{header}<EmptyState title={t("progress.noCampaigns")} /></>;

  const [progress, aggregates] = await Promise.all([campaignProgress(campaign.id), campaignAggregates(campaign.id, romeDateOf(new Date()))]);
  const canRemind = canManage && campaign.state === "open";

  const columns: DataTableColumn<BuildingProgress>[] = [
    { key: "building", header: t("progress.columns.building"), isRowHeader: true, cell: (row) => `${row.buildingCode} · ${row.buildingName}` },
    ...declarationStates.map((state) => ({ key: state, header: t(`states.${state}`), align: "end" as const, cell: (row: BuildingProgress) => formatNumber(row.counts[state], locale) })),
    { key: "total", header: t("progress.columns.total"), align: "end", cell: (row) => formatNumber(row.total, locale) },
    {
      key: "remind",
      header: t("progress.columns.remind"),
      cell: (row) =>
        canRemind && row.counts.notStarted > 0 ? (
          <form action={sendCensusRemindersAction}>
            <input type="hidden" name="campaignId" value={campaign.id} />
            <input type="hidden" name="buildingId" value={row.buildingId} />
            <Button type="submit" size="sm" variant="secondary" aria-label={t("progress.remindBuilding", { building: row.buildingCode })}>
              {t("progress.remind")}
            </Button>
          </form>
        ) : (
          "—"
        ),
    },
  ];

  return (
    <>
      {header}
      <form method="get" action={censusBackOfficePath} className="mb-6 flex flex-wrap items-end gap-4">
        <SelectField id="campaign" name="campaign" label={t("progress.campaign")} options={campaigns.map((item) => ({ value: item.id, label: `${item.name} (${t(`campaignStates.${item.state}`)})` }))} defaultValue={campaign.id} className="min-w-64" />
        <div className="mb-5">
          <SubmitButton variant="secondary">{t("progress.show")}</SubmitButton>
        </div>
      </form>
      <p className="mb-4">{t("progress.period", { opensOn: formatDate(campaign.opensOn, locale), closesOn: formatDate(campaign.closesOn, locale) })}</p>

      {canRemind ? (
        <form action={sendCensusRemindersAction} className="mb-6">
          <input type="hidden" name="campaignId" value={campaign.id} />
          <input type="hidden" name="buildingId" value="" />
          <Button type="submit" variant="secondary">
            {t("progress.remindAll")}
          </Button>
        </form>
      ) : null}

      <div className="mb-10">
        <DataTable caption={t("progress.caption", { campaign: campaign.name })} columns={columns} rows={progress} rowKey={(row) => row.buildingId} empty={<EmptyState title={t("progress.empty")} />} />
      </div>

      <AggregateTables aggregates={aggregates} />
      <p className="mt-6">
        <Link href={`${censusBackOfficePath}/dichiarazioni?campaign=${campaign.id}&state=accepted`} className="text-brand-800 underline underline-offset-2">
          {t("progress.completedLink")}
        </Link>
      </p>
    </>
  );
}
