"use server";

import { forbidden, notFound, redirect } from "next/navigation";
import { z } from "zod";

import { requireUser } from "@/lib/auth/policy";
import { isAppError } from "@/lib/errors/app-error";
import { setFlash } from "@/lib/flash/set-flash";
import { answerPractice } from "@/lib/practices/answer-practice";
import { mayCreatePractice } from "@/lib/practices/practice-access";
import type { PracticeFormState } from "@/lib/practices/practice-form-state";
import { practiceDetailPath } from "@/lib/practices/practice-paths";
import { formValuesOf } from "@/lib/requests/request-form-state";
import { uploadProblemMessage } from "@/lib/uploads/upload-problem-message";

// A public POST endpoint: it checks the session and the permission and parses its input, and
// answerPractice checks again that the practice is the customer's before it stores anything.

/** Sends the customer's answer to a practice waiting for them and reloads it, or returns the errors and the values sent. */
export async function answerPracticeAction(practiceId: string, _previous: PracticeFormState, formData: FormData): Promise<PracticeFormState> {
  const user = await requireUser({ returnTo: practiceDetailPath(practiceId) });
  if (!mayCreatePractice(user)) forbidden();
  if (!z.uuid().safeParse(practiceId).success) notFound();

  const values = formValuesOf(formData, ["idempotencyKey", "message"]);
  const files = formData.getAll("documents");

  let protocol: string;
  try {
    const result = await answerPractice(user, { practiceId, values, files });
    if (!result.ok) {
      const fileErrors: Record<string, string> = {};
      if (result.fileProblem) fileErrors.documents = await uploadProblemMessage(result.fileProblem);
      const formError = result.fieldErrors.idempotencyKey ? "formExpired" : null;
      return { fieldErrors: result.fieldErrors, fileErrors, formError, values };
    }
    protocol = result.protocol;
  } catch (error) {
    if (isAppError(error, "practice.notFound")) notFound();
    if (isAppError(error, "practice.notWaitingForCustomer")) return { fieldErrors: {}, fileErrors: {}, formError: "notWaiting", values };
    throw error;
  }

  await setFlash({ tone: "success", messageKey: "practiceAnswers.flash.answered", values: { protocol } });
  redirect(practiceDetailPath(practiceId));
}
