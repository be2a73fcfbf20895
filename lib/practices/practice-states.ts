import type { PracticeState } from "@/lib/generated/prisma/enums";

/** States an operator may move a practice to, from each state. Rejected, completed and cancelled practices are closed. */
export const practiceTransitions: Readonly<Record<PracticeState, readonly PracticeState[]>> = {
  draft: [],
  submitted: ["inProgress", "waitingForCustomer", "rejected"],
  inProgress: ["waitingForCustomer", "approved", "rejected"],
  waitingForCustomer: ["inProgress", "rejected"],
  approved: ["completed"],
  rejected: [],
  completed: [],
  cancelled: [],
};

/** Every state an operator can choose in the back-office, in the order the form lists them. */
export const operatorTargetStates = ["inProgress", "waitingForCustomer", "approved", "rejected", "completed"] as const satisfies readonly PracticeState[];

export type OperatorTargetState = (typeof operatorTargetStates)[number];

/** Target states whose change needs a text for the customer: what is missing, or why the practice was rejected. */
export const statesNeedingMessage: readonly PracticeState[] = ["waitingForCustomer", "rejected"];

export function canMovePractice(from: PracticeState, to: PracticeState): boolean {
  return practiceTransitions[from].includes(to);
}

export function isClosedPracticeState(state: PracticeState): boolean {
  return practiceTransitions[state].length === 0;
}
