import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";

import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { SelectField } from "@/components/ui/select-field";
import { StatusBadge } from "@/components/ui/status-badge";
import { SubmitButton } from "@/components/ui/submit-button";
import { requirePermission } from "@/lib/auth/policy";
import { listCampaigns } from "@/lib/census/campaign-progress";
import { censusBackOfficePath, declarationReviewPath } from "@/lib/census/census-paths";
import { censusStateTones } from "@/lib/census/census-state-tones";
import { listDeclarations, type DeclarationListRow } from "@/lib/census/declaration-review-view";
import { declarationStates } from "@/lib/census/declaration-states";
import type { CensusDeclarationState } from "@/lib/generated/prisma/enums";
import { formatDateTime } from "@/lib/i18n/format";
import { parsePagination, type SearchParams } from "@/lib/pagination";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("census.queue");
  return { title: t("title") };
}

/** States an operator works on, listed when no state is chosen. */
const toReview: CensusDeclarationState[] = ["submitted", "underReview"];

export default async function DeclarationQueuePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const path = `${censusBackOfficePath}/dichiarazioni`;
  await requirePermission("census:read:any", { returnTo: path });
  const query = await searchParams;

  const campaigns = await listCampaigns();
  const campaignId = z.uuid().safeParse(query.campaign);
  const campaign = campaigns.find((item) => campaignId.success && item.id === campaignId.data) ?? campaigns.find((item) => item.state === "open");
  if (!campaign) notFound();

  const stateParam = z.enum(declarationStates as [CensusDeclarationState, ...CensusDeclarationState[]]).safeParse(query.state);
  const states = stateParam.success ? [stateParam.data] : toReview;
  const { rows, summary } = await listDeclarations(campaign.id, states, parsePagination(query));

  const locale = await getLocale();
  const t = await getTranslations("census");

  const columns: DataTableColumn<DeclarationListRow>[] = [
    { key: "holder", header: t("queue.columns.holder"), isRowHeader: true, cell: (row) => <Link href={declarationReviewPath(row.id)} className="text-brand-800 underline underline-offset-2">{row.holderName}</Link> },
    { key: "contract", header: t("queue.columns.contract"), cell: (row) => row.contractCode },
    { key: "building", header: t("queue.columns.building"), cell: (row) => row.buildingName },
    { key: "state", header: t("queue.columns.state"), cell: (row) => <StatusBadge tone={censusStateTones[row.state]} label={t(`states.${row.state}`)} /> },
    { key: "submittedAt", header: t("queue.columns.submittedAt"), cell: (row) => (row.submittedAt ? formatDateTime(row.submittedAt, locale) : "—") },
    { key: "homeVisit", header: t("queue.columns.homeVisit"), cell: (row) => (row.homeVisit ? t("queue.yes") : t("queue.no")) },
  ];

  return (
    <>
      <PageHeader
        title={t("queue.title")}
        description={t("queue.description", { campaign: campaign.name })}
        breadcrumb={[{ label: t("progress.backOffice"), href: "/back-office" }, { label: t("progress.title"), href: `${censusBackOfficePath}?campaign=${campaign.id}` }, { label: t("queue.title") }]}
      />
      <form method="get" action={path} className="mb-6 flex flex-wrap items-end gap-4">
        <input type="hidden" name="campaign" value={campaign.id} />
        <SelectField id="state" name="state" label={t("queue.state")} placeholder={t("queue.toReview")} options={declarationStates.map((state) => ({ value: state, label: t(`states.${state}`) }))} defaultValue={stateParam.success ? stateParam.data : ""} className="min-w-64" />
        <div className="mb-5">
          <SubmitButton variant="secondary">{t("queue.filter")}</SubmitButton>
        </div>
      </form>
      <DataTable caption={t("queue.caption")} columns={columns} rows={rows} rowKey={(row) => row.id} empty={<EmptyState title={t("queue.empty")} />} paging={{ summary, pathname: path, searchParams: query }} />
    </>
  );
}
