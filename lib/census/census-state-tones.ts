import type { BadgeTone } from "@/components/ui/status-badge";
import type { CensusDeclarationState } from "@/lib/generated/prisma/enums";

/** Badge colour of each declaration state: waiting on the tenant in amber, on MM in blue, done in green. */
export const censusStateTones: Readonly<Record<CensusDeclarationState, BadgeTone>> = {
  notStarted: "warning",
  draft: "warning",
  submitted: "info",
  underReview: "info",
  incomplete: "danger",
  accepted: "success",
  rejected: "neutral",
};
