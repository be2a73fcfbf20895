"use server";

import { forbidden, notFound, redirect } from "next/navigation";
import { z } from "zod";

import { requirePermission, requireUser } from "@/lib/auth/policy";
import { isAppError } from "@/lib/errors/app-error";
import { setFlash } from "@/lib/flash/set-flash";
import { changePracticeState } from "@/lib/practices/change-practice-state";
import { mayCreatePractice } from "@/lib/practices/practice-access";
import type { PracticeFormState, PracticeReviewFormState } from "@/lib/practices/practice-form-state";
import { documentRules, onlinePracticeKinds, practiceDocumentKinds, type OnlinePracticeKind, type PracticeDocumentKind } from "@/lib/practices/practice-kinds";
import { practiceDetailPath, practiceQueueDetailPath } from "@/lib/practices/practice-paths";
import { practiceFields } from "@/lib/practices/practice-schemas";
import { submitPractice } from "@/lib/practices/submit-practice";
import { formValuesOf } from "@/lib/requests/request-form-state";
import { uploadProblemMessage } from "@/lib/uploads/upload-problem-message";

// Every export here is a public POST endpoint: each checks the session and its permission and
// parses its input before the domain functions, which check ownership again, touch a record.

const kindSchema = z.enum(onlinePracticeKinds);

/** Submits a practice of `kind` and redirects to it, or returns the errors and the values sent. */
export async function submitPracticeAction(kind: OnlinePracticeKind, _previous: PracticeFormState, formData: FormData): Promise<PracticeFormState> {
  const user = await requireUser();
  if (!mayCreatePractice(user)) forbidden();

  const parsedKind = kindSchema.safeParse(kind);
  if (!parsedKind.success) notFound();

  const values = formValuesOf(formData, ["idempotencyKey", ...practiceFields[parsedKind.data]]);
  const files: Partial<Record<PracticeDocumentKind, FormDataEntryValue[]>> = {};
  for (const documentKind of practiceDocumentKinds) {
    if (documentRules[parsedKind.data][documentKind]) files[documentKind] = formData.getAll(documentKind);
  }

  const result = await submitPractice(user, { kind: parsedKind.data, values, files });
  if (!result.ok) {
    const fileErrors: Record<string, string> = {};
    for (const [documentKind, problem] of Object.entries(result.fileProblems)) {
      fileErrors[documentKind] = await uploadProblemMessage(problem);
    }
    const formError = result.fieldErrors.idempotencyKey ? "formExpired" : null;
    return { fieldErrors: result.fieldErrors, fileErrors, formError, values };
  }

  await setFlash({ tone: "success", messageKey: "practices.flash.submitted", values: { protocol: result.protocol } });
  redirect(practiceDetailPath(result.practiceId));
}

/** Moves a practice to another state for an operator and reloads it, or returns the errors and the values sent. */
export async function changePracticeStateAction(practiceId: string, _previous: PracticeReviewFormState, formData: FormData): Promise<PracticeReviewFormState> {
  const user = await requirePermission("practice:update:any");

  const values = formValuesOf(formData, ["expectedUpdatedAt", "targetState", "message"]);
  if (!z.uuid().safeParse(practiceId).success) notFound();

  let protocol: string;
  try {
    const change = { practiceId, expectedUpdatedAt: values.expectedUpdatedAt ?? "", targetState: values.targetState ?? "", message: values.message ?? "" };
    ({ protocol } = await changePracticeState(user, change));
  } catch (error) {
    if (isAppError(error, "practice.notFound")) notFound();
    if (isAppError(error, "practice.invalidInput")) {
      const fieldErrors = (error.details?.fieldErrors ?? {}) as Record<string, string>;
      const formError = fieldErrors.expectedUpdatedAt ? "formExpired" : null;
      return { fieldErrors, formError, values };
    }
    if (isAppError(error, "practice.transitionNotAllowed")) return { fieldErrors: { targetState: "transitionNotAllowed" }, formError: null, values };
    if (isAppError(error, "practice.conflict")) return { fieldErrors: {}, formError: "conflict", values };
    throw error;
  }

  await setFlash({ tone: "success", messageKey: "practices.flash.stateChanged", values: { protocol } });
  redirect(practiceQueueDetailPath(practiceId));
}
