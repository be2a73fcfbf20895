import { StatusBadge, type BadgeTone } from "@/components/ui/status-badge";
import type { PracticeState } from "@/lib/generated/prisma/enums";

const practiceTones: Record<PracticeState, BadgeTone> = {
  draft: "neutral",
  submitted: "info",
  inProgress: "info",
  waitingForCustomer: "warning",
  approved: "success",
  rejected: "danger",
  completed: "success",
  cancelled: "neutral",
};

/** The state of a practice as a badge; `label` is the translated state name. */
export function PracticeStateBadge({ state, label }: { state: PracticeState; label: string }) {
  return <StatusBadge tone={practiceTones[state]} label={label} />;
}
