import "server-only";

import { z } from "zod";

import { db } from "@/lib/db/client";
import { AppError, isAppError } from "@/lib/errors/app-error";
import type { PracticeState } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/log/logger";
import { notifyPracticeOperators } from "@/lib/practices/notify-practice-operators";
import { customerPracticeScope, mayCreatePractice, type PracticeActor } from "@/lib/practices/practice-access";
import { practiceEntity, recordPracticeEvent } from "@/lib/practices/practice-events";
import { saveUploadsWith } from "@/lib/uploads/store-uploads";
import { validateUploads, type UploadProblem } from "@/lib/uploads/validate-uploads";

/** `PracticeDocument.kind` of the files a customer sends with an answer. */
export const answerDocumentKind = "customerAnswer";

// Every `error` is a key under `practiceAnswers.fieldErrors`.
export const practiceAnswerSchema = z.object({
  idempotencyKey: z.uuid({ error: "formExpired" }),
  message: z.string().trim().min(1, { error: "messageRequired" }).max(2000, { error: "messageTooLong" }),
});

export type PracticeAnswer = {
  practiceId: string;
  /** The form's text fields as sent: `idempotencyKey` and `message`. */
  values: Record<string, string>;
  /** The entries of the documents file input. */
  files: FormDataEntryValue[];
};

export type AnswerPracticeResult =
  | { ok: true; protocol: string; state: PracticeState; created: boolean }
  | { ok: false; fieldErrors: Record<string, string>; fileProblem: UploadProblem | null };

/**
 * Stores a customer's answer to a practice in waitingForCustomer: the message, up to 5
 * documents (PracticeDocument rows of kind `customerAnswer`) and a timeline entry, in one
 * transaction that also moves the practice on and notifies the operators. A practice an
 * operator had taken up goes back to inProgress with its assignee; one never taken up goes back
 * to submitted, in the shared queue. A repeated idempotency key returns the first answer with
 * `created: false`. Raises `practice.permissionDenied` (403), `practice.notFound` (404) for a
 * practice outside the customer's scope, and `practice.notWaitingForCustomer` (409) when no
 * answer is expected. Nothing is stored when it raises or returns errors.
 */
export async function answerPractice(user: PracticeActor, answer: PracticeAnswer, at: Date = new Date()): Promise<AnswerPracticeResult> {
  if (!mayCreatePractice(user)) {
    throw new AppError("practice.permissionDenied", `User ${user.id} may not answer practices`, 403);
  }

  const parsed = practiceAnswerSchema.safeParse(answer.values);
  const documents = await validateUploads(answer.files, { required: false });
  if (!parsed.success || !documents.ok) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error?.issues ?? []) fieldErrors[String(issue.path[0] ?? "form")] ??= issue.message;
    return { ok: false, fieldErrors, fileProblem: documents.ok ? null : documents.problem };
  }
  const { idempotencyKey, message } = parsed.data;

  const practice = await findAnswerablePractice(user, answer.practiceId);
  const earlier = await findEarlierAnswer(user.id, practice.id, idempotencyKey);
  if (earlier) return { ok: true, protocol: practice.protocol, state: earlier, created: false };
  if (practice.state !== "waitingForCustomer") throw notWaiting(practice.id, practice.state);

  try {
    const moved = await saveUploadsWith(documents.uploads, user.id, async (tx, fileIds) => {
      // One statement checks the state and picks the next one, so two answers sent at once cannot both pass.
      const rows = await tx.$queryRaw<Array<{ state: PracticeState; assigneeId: string | null }>>`
        UPDATE "Practice"
        SET "state" = (CASE WHEN "assigneeId" IS NULL THEN 'submitted' ELSE 'inProgress' END)::"PracticeState", "updatedAt" = ${at}
        WHERE "id" = ${practice.id}::uuid AND "state" = 'waitingForCustomer'
        RETURNING "state", "assigneeId"`;
      const row = rows[0];
      if (!row) throw notWaiting(practice.id, "changed");

      await tx.practiceDocument.createMany({ data: fileIds.map((fileId) => ({ practiceId: practice.id, fileId, kind: answerDocumentKind, createdAt: at })) });
      await recordPracticeEvent(tx, { practiceId: practice.id, actorId: user.id, action: "practice.answer", fromState: "waitingForCustomer", toState: row.state, message, idempotencyKey, at });
      await notifyPracticeOperators(tx, practice.id, row.assigneeId, at);

      return row.state;
    });

    logger.info({ practiceId: practice.id, state: moved, documents: documents.uploads.length }, "practice answered by the customer");
    return { ok: true, protocol: practice.protocol, state: moved, created: true };
  } catch (error) {
    // A concurrent submit of the same form view committed first and moved the practice on.
    if (!isAppError(error, "practice.notWaitingForCustomer")) throw error;

    const first = await findEarlierAnswer(user.id, practice.id, idempotencyKey);
    if (!first) throw error;
    return { ok: true, protocol: practice.protocol, state: first, created: false };
  }
}

async function findAnswerablePractice(user: PracticeActor, practiceId: string): Promise<{ id: string; protocol: string; state: PracticeState }> {
  const account = await db().user.findUniqueOrThrow({ where: { id: user.id }, select: { personId: true } });
  const scope = customerPracticeScope(user, account.personId);

  const practice = scope
    ? await db().practice.findFirst({
        where: { AND: [{ id: practiceId, division: "sii", state: { not: "draft" } }, scope] },
        select: { id: true, protocol: true, state: true },
      })
    : null;
  if (!practice) throw new AppError("practice.notFound", `Practice ${practiceId} not found`, 404);

  return { id: practice.id, protocol: practice.protocol ?? "", state: practice.state };
}

/** Returns the state the answer sent from this form view moved the practice to, or null when there is none. */
async function findEarlierAnswer(userId: string, practiceId: string, idempotencyKey: string): Promise<PracticeState | null> {
  const entry = await db().auditLog.findFirst({
    where: { entity: practiceEntity, entityId: practiceId, action: "practice.answer", actorId: userId, after: { path: ["idempotencyKey"], equals: idempotencyKey } },
    select: { after: true },
  });
  if (!entry) return null;

  const after = (entry.after ?? {}) as { state?: PracticeState };
  return after.state ?? "submitted";
}

function notWaiting(practiceId: string, state: string): AppError {
  return new AppError("practice.notWaitingForCustomer", `Practice ${practiceId} is ${state}, not waitingForCustomer`, 409, { state });
}
