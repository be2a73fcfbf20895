import "server-only";

import { romeDateOf } from "@/lib/charter/rome-time";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { Prisma } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/log/logger";
import { allocatePracticeProtocol } from "@/lib/practices/allocate-practice-protocol";
import { findPracticeSupply } from "@/lib/practices/find-practice-supply";
import { notifyPracticeCustomer } from "@/lib/practices/notify-practice-customer";
import { mayCreatePractice, type PracticeActor } from "@/lib/practices/practice-access";
import { recordPracticeEvent } from "@/lib/practices/practice-events";
import { documentRules, practiceDocumentKinds, type OnlinePracticeKind, type PracticeDocumentKind } from "@/lib/practices/practice-kinds";
import { parsePracticeForm, type PracticeFieldErrors } from "@/lib/practices/practice-schemas";
import { saveUploadsWith } from "@/lib/uploads/store-uploads";
import { validateUploads, type UploadProblem, type ValidUpload } from "@/lib/uploads/validate-uploads";

export type PracticeSubmission = {
  kind: OnlinePracticeKind;
  /** The form's text fields, untrimmed, including `idempotencyKey`. */
  values: Record<string, string>;
  /** The entries of each document's file input. */
  files: Partial<Record<PracticeDocumentKind, FormDataEntryValue[]>>;
};

export type SubmitPracticeResult =
  | { ok: true; practiceId: string; protocol: string; created: boolean }
  | { ok: false; fieldErrors: PracticeFieldErrors; fileProblems: Partial<Record<PracticeDocumentKind, UploadProblem>> };

type CheckedDocuments = { uploads: { kind: PracticeDocumentKind; upload: ValidUpload }[]; problems: Partial<Record<PracticeDocumentKind, UploadProblem>> };

/**
 * Submits an online practice. It validates the form with the kind's schema and the documents by
 * content, and checks the supply. Then one transaction takes a protocol number, stores the
 * practice (state submitted), its documents and the first timeline entry, and queues the
 * customer's notification and e-mail. When anything fails, nothing is stored and the written
 * files are removed. A repeated idempotency key returns the first practice with `created: false`.
 * Raises `practice.permissionDenied` (403) without a practice:create permission.
 */
export async function submitPractice(user: PracticeActor, submission: PracticeSubmission, at: Date = new Date()): Promise<SubmitPracticeResult> {
  if (!mayCreatePractice(user)) {
    throw new AppError("practice.permissionDenied", `User ${user.id} may not create practices`, 403);
  }

  const parsed = parsePracticeForm(submission.kind, submission.values, romeDateOf(at));
  const documents = await checkDocuments(submission);
  const fieldErrors = parsed.ok ? {} : { ...parsed.fieldErrors };

  if (!parsed.ok || Object.keys(documents.problems).length > 0) {
    return { ok: false, fieldErrors, fileProblems: documents.problems };
  }

  const existing = await findByIdempotencyKey(user.id, parsed.idempotencyKey);
  if (existing) return { ok: true, ...existing, created: false };

  const account = await db().user.findUniqueOrThrow({ where: { id: user.id }, select: { personId: true } });
  const supplyCode = typeof parsed.payload.supplyCode === "string" ? parsed.payload.supplyCode : null;
  const supply = await findPracticeSupply(submission.kind, supplyCode, account.personId);
  if (!supply.ok) return { ok: false, fieldErrors: { supplyCode: supply.problem }, fileProblems: {} };

  try {
    const practice = await saveUploadsWith(
      documents.uploads.map((document) => document.upload),
      user.id,
      async (tx, fileIds) => {
        const protocol = await allocatePracticeProtocol(tx, at);
        const created = await tx.practice.create({
          data: {
            protocol,
            kind: submission.kind,
            division: "sii",
            state: "submitted",
            channel: "onlineCounter",
            applicantId: account.personId,
            submittedById: user.id,
            supplyId: supply.supplyId,
            payload: parsed.payload,
            submittedAt: at,
            idempotencyKey: parsed.idempotencyKey,
          },
          select: { id: true, protocol: true },
        });

        await tx.practiceDocument.createMany({
          data: fileIds.map((fileId, index) => ({ practiceId: created.id, fileId, kind: documents.uploads[index]!.kind, createdAt: at })),
        });
        await recordPracticeEvent(tx, { practiceId: created.id, actorId: user.id, action: "practice.submit", fromState: null, toState: "submitted", at });
        await notifyPracticeCustomer(tx, { kind: "practiceSubmitted", practiceId: created.id }, at);

        return { practiceId: created.id, protocol };
      },
    );

    logger.info({ practiceId: practice.practiceId, kind: submission.kind, documents: documents.uploads.length }, "practice submitted");
    return { ok: true, ...practice, created: true };
  } catch (error) {
    // A concurrent submit of the same form view committed first: the unique index on (submittedById, idempotencyKey) rejected this one.
    if (!isIdempotencyKeyConflict(error)) throw error;

    const first = await findByIdempotencyKey(user.id, parsed.idempotencyKey);
    if (!first) throw error;
    return { ok: true, ...first, created: false };
  }
}

/** Validates each document input on its own, so each problem shows next to its input. */
async function checkDocuments(submission: PracticeSubmission): Promise<CheckedDocuments> {
  const rules = documentRules[submission.kind];
  const checked: CheckedDocuments = { uploads: [], problems: {} };

  for (const documentKind of practiceDocumentKinds) {
    const rule = rules[documentKind];
    if (!rule) continue;

    const validation = await validateUploads(submission.files[documentKind] ?? [], { required: rule.required, maxFiles: rule.maxFiles });
    if (!validation.ok) {
      checked.problems[documentKind] = validation.problem;
      continue;
    }
    checked.uploads.push(...validation.uploads.map((upload) => ({ kind: documentKind, upload })));
  }

  return checked;
}

async function findByIdempotencyKey(userId: string, idempotencyKey: string): Promise<{ practiceId: string; protocol: string } | null> {
  const practice = await db().practice.findUnique({
    where: { submittedById_idempotencyKey: { submittedById: userId, idempotencyKey } },
    select: { id: true, protocol: true },
  });
  return practice?.protocol ? { practiceId: practice.id, protocol: practice.protocol } : null;
}

function isIdempotencyKeyConflict(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return false;
  return JSON.stringify(error.meta ?? {}).includes("idempotencyKey");
}
