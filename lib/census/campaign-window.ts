import type { PlainDate } from "@/lib/charter/plain-date";
import type { CensusDeclarationState } from "@/lib/generated/prisma/enums";

/** Reason the campaign's dates forbid saving a declaration whose state allows it. */
export type CampaignWindowProblem = "campaignNotOpen" | "campaignClosed";

/**
 * Returns why the campaign's dates forbid the tenant to save or submit today, or null when they
 * allow it. A campaign takes declarations from `opensOn` to `closesOn`, both included. After
 * `closesOn` the tenant may still reply to an operator's request for documents (state incomplete).
 */
export function campaignWindowProblem(campaign: { opensOn: PlainDate; closesOn: PlainDate }, state: CensusDeclarationState, today: PlainDate): CampaignWindowProblem | null {
  if (today < campaign.opensOn) return "campaignNotOpen";
  if (today > campaign.closesOn && state !== "incomplete") return "campaignClosed";
  return null;
}
