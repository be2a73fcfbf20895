import "server-only";

import { z } from "zod";

import { hasPermission } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { PracticeState, Prisma } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/log/logger";
import { notifyPracticeCustomer } from "@/lib/practices/notify-practice-customer";
import type { PracticeActor } from "@/lib/practices/practice-access";
import { recordPracticeEvent } from "@/lib/practices/practice-events";
import { canMovePractice, operatorTargetStates, statesNeedingMessage } from "@/lib/practices/practice-states";

// Every `error` is a key under `practices.review.fieldErrors`.
export const practiceStateChangeSchema = z
  .object({
    practiceId: z.uuid(),
    /** The `updatedAt` the operator saw, as an ISO instant: the change applies only if no one changed the practice since. */
    expectedUpdatedAt: z.iso.datetime({ error: "formExpired" }),
    targetState: z.enum(operatorTargetStates, { error: "targetRequired" }),
    message: z.string().trim().max(2000, { error: "messageTooLong" }),
  })
  .refine((change) => !statesNeedingMessage.includes(change.targetState as PracticeState) || change.message !== "", {
    path: ["message"],
    error: "messageRequired",
    when: (payload) => typeof payload.value === "object" && payload.value !== null,
  });

/** The state form's values as sent, which `changePracticeState` validates. */
export type PracticeStateChange = { practiceId: string; expectedUpdatedAt: string; targetState: string; message: string };

/**
 * Moves a water-service practice to another state for an operator or supervisor with
 * `practice:update:any`. The update matches the `updatedAt` the operator saw (optimistic
 * concurrency). So when two operators act on the same version, the second gets
 * `practice.conflict` (409) and nothing changes. The same transaction writes the timeline entry
 * and the customer's notification and e-mail.
 * Raises `practice.permissionDenied` (403), `practice.notFound` (404), `practice.invalidInput`
 * (400) with the field errors in `details`, `practice.transitionNotAllowed` (409) or `practice.conflict` (409).
 */
export async function changePracticeState(user: PracticeActor, input: PracticeStateChange, at: Date = new Date()): Promise<{ protocol: string; state: PracticeState }> {
  if (!hasPermission(user, "practice:update:any")) {
    throw new AppError("practice.permissionDenied", `User ${user.id} lacks practice:update:any`, 403);
  }

  const parsed = practiceStateChangeSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0] ?? "form")] ??= issue.message;
    throw new AppError("practice.invalidInput", "Invalid practice state change", 400, { fieldErrors });
  }
  const change = parsed.data;

  return db().$transaction(async (tx) => {
    const current = await tx.practice.findFirst({
      where: { id: change.practiceId, division: "sii", state: { not: "draft" } },
      select: { state: true, protocol: true, updatedAt: true },
    });
    if (!current) throw new AppError("practice.notFound", `Practice ${change.practiceId} not found`, 404);

    // A practice changed since the operator loaded it is a conflict even when the new state would allow the move.
    if (current.updatedAt.getTime() !== new Date(change.expectedUpdatedAt).getTime()) throw practiceConflict(change.practiceId, change.expectedUpdatedAt);

    if (!canMovePractice(current.state, change.targetState)) {
      throw new AppError("practice.transitionNotAllowed", `Practice ${change.practiceId} cannot move from ${current.state} to ${change.targetState}`, 409, { state: current.state });
    }

    const updated = await tx.practice.updateMany({
      where: { id: change.practiceId, state: current.state, updatedAt: new Date(change.expectedUpdatedAt) },
      data: stateChangeData(change.targetState, change.message, user.id, at),
    });
    if (updated.count === 0) {
      logger.info({ practiceId: change.practiceId, userId: user.id }, "practice state change lost a concurrent update");
      throw practiceConflict(change.practiceId, change.expectedUpdatedAt);
    }

    const message = change.message === "" ? null : change.message;
    await recordPracticeEvent(tx, { practiceId: change.practiceId, actorId: user.id, action: "practice.changeState", fromState: current.state, toState: change.targetState, message, at });
    await notifyPracticeCustomer(tx, { kind: "practiceStateChanged", practiceId: change.practiceId, message }, at);

    return { protocol: current.protocol ?? "", state: change.targetState };
  });
}

function practiceConflict(practiceId: string, expectedUpdatedAt: string): AppError {
  return new AppError("practice.conflict", `Practice ${practiceId} changed since ${expectedUpdatedAt}`, 409);
}

/** Returns the columns a move to `target` sets: the operator who takes the practice up, the decision and completion times, the rejection reason. */
function stateChangeData(target: PracticeState, message: string, operatorId: string, at: Date): Prisma.PracticeUncheckedUpdateManyInput {
  const data: Prisma.PracticeUncheckedUpdateManyInput = { state: target, updatedAt: at };

  if (target === "inProgress") data.assigneeId = operatorId;
  if (target === "approved" || target === "rejected") data.decidedAt = at;
  if (target === "rejected") data.rejectionReason = message;
  if (target === "completed") data.completedAt = at;

  return data;
}
