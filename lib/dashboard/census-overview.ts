import "server-only";

import type { Division } from "@/lib/auth/permissions";
import { romeDateOf } from "@/lib/charter/rome-time";
import { campaignAggregates, listCampaigns, type CensusAggregates } from "@/lib/census/campaign-progress";

export type CensusOverview = { campaign: { code: string; name: string }; aggregates: CensusAggregates } | null;

/**
 * Returns the tenant figures of the newest census campaign that is open or closed, from its
 * accepted declarations (ages on today's date in Milan). Returns null when the user does not
 * see the Casa division or no campaign has opened yet.
 */
export async function loadCensusOverview(divisions: readonly Division[], now: Date): Promise<CensusOverview> {
  if (!divisions.includes("casa")) return null;

  const campaigns = await listCampaigns();
  const campaign = campaigns.find((candidate) => candidate.state !== "draft");
  if (!campaign) return null;

  const aggregates = await campaignAggregates(campaign.id, romeDateOf(now));
  return { campaign: { code: campaign.code, name: campaign.name }, aggregates };
}
