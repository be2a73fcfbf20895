import type { CensusDeclarationState } from "@/lib/generated/prisma/enums";

/**
 * Life of a census declaration. The tenant fills it in (notStarted, draft) and submits it. An
 * operator then takes it for review, requests missing documents (incomplete, which the tenant
 * edits and submits again) or completes it (accepted). `rejected` is kept for declarations MM refuses
 * outright and is reached only from review.
 */
export type DeclarationEvent = "saveDraft" | "submit" | "startReview" | "requestIntegration" | "complete" | "reject";

const transitions: Record<DeclarationEvent, Partial<Record<CensusDeclarationState, CensusDeclarationState>>> = {
  // Saving a returned declaration keeps it "integration requested" until the tenant submits it again.
  saveDraft: { notStarted: "draft", draft: "draft", incomplete: "incomplete" },
  submit: { notStarted: "submitted", draft: "submitted", incomplete: "submitted" },
  startReview: { submitted: "underReview" },
  requestIntegration: { submitted: "incomplete", underReview: "incomplete" },
  complete: { submitted: "accepted", underReview: "accepted" },
  reject: { underReview: "rejected" },
};

/** Returns the state an event leads to, or null when the event does not apply in `state`. */
export function nextDeclarationState(state: CensusDeclarationState, event: DeclarationEvent): CensusDeclarationState | null {
  return transitions[event][state] ?? null;
}

/** Returns true while the tenant may change the declaration. */
export function isEditableByTenant(state: CensusDeclarationState): boolean {
  return nextDeclarationState(state, "submit") !== null;
}

/** Returns the events an operator may apply in `state`, in the order the review page offers them. */
export function operatorEventsFor(state: CensusDeclarationState): DeclarationEvent[] {
  const operatorEvents: DeclarationEvent[] = ["startReview", "requestIntegration", "complete"];
  return operatorEvents.filter((event) => nextDeclarationState(state, event) !== null);
}

/** Every state in the order the progress page counts them. */
export const declarationStates: readonly CensusDeclarationState[] = ["notStarted", "draft", "submitted", "underReview", "incomplete", "accepted", "rejected"];
