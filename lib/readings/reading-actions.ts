"use server";

import { forbidden, notFound, redirect } from "next/navigation";
import { z } from "zod";

import { hasPermission, requirePermission, requireUser } from "@/lib/auth/policy";
import { isAppError } from "@/lib/errors/app-error";
import { setFlash } from "@/lib/flash/set-flash";
import { logger } from "@/lib/log/logger";
import type { ReadingFormState } from "@/lib/readings/reading-form-state";
import { reviewReading } from "@/lib/readings/review-reading";
import { selfReadingFields, selfReadingSchema } from "@/lib/readings/self-reading-schema";
import { submitSelfReading } from "@/lib/readings/submit-self-reading";
import { formValuesOf } from "@/lib/requests/request-form-state";
import { personIdOf } from "@/lib/supplies/supply-access";
import { readingReceiptPath } from "@/lib/supplies/supply-paths";
import { validateUploads } from "@/lib/uploads/validate-uploads";

// Every export here is a public POST endpoint. Each checks the session and its permission and
// parses its input before touching a record, and the domain functions scope lookups to the user.

const idSchema = z.uuid();

function fieldErrorsOf(issues: readonly z.core.$ZodIssue[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const field = String(issue.path[0]);
    errors[field] ??= issue.message;
  }
  return errors;
}

/** Stores a self-reading of the supply and redirects to its receipt, or returns the errors and the values sent. */
export async function submitSelfReadingAction(supplyId: string, _previous: ReadingFormState, formData: FormData): Promise<ReadingFormState> {
  const user = await requireUser();
  if (!hasPermission(user, "reading:create:own") && !hasPermission(user, "reading:create:managed")) forbidden();
  if (!idSchema.safeParse(supplyId).success) notFound();

  const values = formValuesOf(formData, selfReadingFields);
  const empty: ReadingFormState = { fieldErrors: {}, uploadProblem: null, formError: null, confirmationFlags: [], values };

  const parsed = selfReadingSchema.safeParse(values);
  const photos = await validateUploads(formData.getAll("photo"), { allowed: ["jpeg", "png", "pdf"], maxFiles: 1 });
  if (!parsed.success || !photos.ok) {
    const fieldErrors = parsed.success ? {} : fieldErrorsOf(parsed.error.issues);
    const formError = fieldErrors.idempotencyKey ? "formExpired" : null;
    return { ...empty, fieldErrors, formError, uploadProblem: photos.ok ? null : photos.problem };
  }

  let result;
  try {
    result = await submitSelfReading({ userId: user.id, personId: await personIdOf(user.id) }, supplyId, parsed.data, photos.uploads);
  } catch (error) {
    if (isAppError(error, "reading.supplyNotFound")) notFound();
    throw error;
  }

  if (!result.ok) return { ...empty, fieldErrors: result.fieldErrors, formError: result.formError, confirmationFlags: result.confirmationFlags };

  const messageKey = result.state === "toReview" ? "readings.flash.storedForReview" : "readings.flash.stored";
  await setFlash({ tone: "success", messageKey, values: { protocol: result.protocol } });
  redirect(readingReceiptPath(supplyId, result.readingId));
}

/** Result of the operator's decision form when it does not redirect. */
export type ReviewFormState = { fieldErrors: Record<string, string>; formError: string | null; values: Record<string, string> };

const decisionSchema = z
  .object({
    decision: z.enum(["accept", "reject"], { error: "decisionRequired" }),
    reason: z.string().trim().max(500, { error: "reasonTooLong" }),
  })
  .refine((input) => input.decision === "accept" || input.reason.length >= 5, { path: ["reason"], error: "reasonRequired" });

/** Accepts or rejects a reading under review and goes back to the list, or returns the errors. */
export async function reviewReadingAction(readingId: string, _previous: ReviewFormState, formData: FormData): Promise<ReviewFormState> {
  const user = await requirePermission("reading:update:any");
  if (!idSchema.safeParse(readingId).success) notFound();

  const values = formValuesOf(formData, ["decision", "reason"]);
  const parsed = decisionSchema.safeParse(values);
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error.issues), formError: null, values };

  try {
    await reviewReading(user.id, { readingId, ...parsed.data });
  } catch (error) {
    if (isAppError(error, "reading.notFound")) notFound();
    if (isAppError(error, "reading.alreadyDecided")) {
      logger.info({ readingId, userId: user.id }, "reading decision rejected: already decided");
      return { fieldErrors: {}, formError: "alreadyDecided", values };
    }
    throw error;
  }

  await setFlash({ tone: "success", messageKey: parsed.data.decision === "accept" ? "readings.flash.accepted" : "readings.flash.rejected" });
  redirect("/back-office/letture");
}
