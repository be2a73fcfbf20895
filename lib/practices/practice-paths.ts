import { hasPermission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import { slugOfPracticeKind, type OnlinePracticeKind } from "@/lib/practices/practice-kinds";

export const practicesPath = "/sportello-online/pratiche";
export const practiceQueuePath = "/back-office/pratiche";

export function newPracticePath(kind: OnlinePracticeKind): string {
  return `${practicesPath}/nuova/${slugOfPracticeKind[kind]}`;
}

export function practiceDetailPath(practiceId: string): string {
  return `${practicesPath}/${practiceId}`;
}

export function practiceReceiptPath(practiceId: string): string {
  return `${practicesPath}/${practiceId}/ricevuta`;
}

export function practiceQueueDetailPath(practiceId: string): string {
  return `${practiceQueuePath}/${practiceId}`;
}

/** Path of the practice page in the user's own area: the back-office queue for staff, the customer's list otherwise. */
export function practicePathFor(user: Pick<SessionUser, "roles">, practiceId: string): string {
  return hasPermission(user, "practice:read:any") ? practiceQueueDetailPath(practiceId) : practiceDetailPath(practiceId);
}
