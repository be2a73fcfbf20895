"use server";

import { notFound, redirect } from "next/navigation";
import { z } from "zod";

import { requirePermission } from "@/lib/auth/policy";
import { isAppError } from "@/lib/errors/app-error";
import { setFlash } from "@/lib/flash/set-flash";
import { logger } from "@/lib/log/logger";
import { decideMandate } from "@/lib/mandates/decide-mandate";
import { backOfficeMandatesPath, mandatesPath } from "@/lib/mandates/mandate-paths";
import {
  mandateDecisionSchema,
  mandateRequestFields,
  mandateRequestSchema,
  mandateRevocationSchema,
  type MandateFormState,
} from "@/lib/mandates/mandate-schema";
import { requestMandate } from "@/lib/mandates/request-mandate";
import { revokeMandate } from "@/lib/mandates/revoke-mandate";
import { formValuesOf } from "@/lib/requests/request-form-state";
import { personIdOf } from "@/lib/supplies/supply-access";
import { validateUploads } from "@/lib/uploads/validate-uploads";

// Every export here is a public POST endpoint: each checks the session and its permission and
// parses its input before touching a record.

const idSchema = z.uuid();

function fieldErrorsOf(issues: readonly z.core.$ZodIssue[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const field = String(issue.path[0]);
    errors[field] ??= issue.message;
  }
  return errors;
}

/** Records the administrator's mandate request with its verbale, or returns the errors and the values sent. */
export async function requestMandateAction(_previous: MandateFormState, formData: FormData): Promise<MandateFormState> {
  const user = await requirePermission("mandate:create:own");

  const values = formValuesOf(formData, mandateRequestFields);
  const parsed = mandateRequestSchema.safeParse(values);
  const verbale = await validateUploads(formData.getAll("verbale"), { allowed: ["pdf"], maxFiles: 1, required: true });
  if (!parsed.success || !verbale.ok) {
    const fieldErrors = parsed.success ? {} : fieldErrorsOf(parsed.error.issues);
    const formError = fieldErrors.idempotencyKey ? "formExpired" : null;
    return { fieldErrors, formError, uploadProblem: verbale.ok ? null : verbale.problem, values };
  }

  const result = await requestMandate({ userId: user.id, personId: await personIdOf(user.id) }, parsed.data, verbale.uploads[0]!);
  if (!result.ok) return { fieldErrors: result.fieldErrors, formError: result.formError, uploadProblem: null, values };

  await setFlash({ tone: "success", messageKey: "mandates.flash.requested" });
  redirect(mandatesPath);
}

/** Result of the small forms (revoke, decide) when they do not redirect. */
export type MandateDecisionState = { fieldErrors: Record<string, string>; formError: string | null; values: Record<string, string> };

/** Revokes one of the administrator's own mandates and reloads the list. */
export async function revokeMandateAction(mandateId: string, _previous: MandateDecisionState, formData: FormData): Promise<MandateDecisionState> {
  const user = await requirePermission("mandate:create:own");
  if (!idSchema.safeParse(mandateId).success) notFound();

  const values = formValuesOf(formData, ["reason"]);
  const parsed = mandateRevocationSchema.safeParse(values);
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error.issues), formError: null, values };

  try {
    await revokeMandate({ userId: user.id, personId: await personIdOf(user.id) }, mandateId, parsed.data.reason);
  } catch (error) {
    if (isAppError(error, "mandate.notFound")) notFound();
    if (isAppError(error, "mandate.notRevocable")) return { fieldErrors: {}, formError: "notRevocable", values };
    throw error;
  }

  await setFlash({ tone: "success", messageKey: "mandates.flash.revoked" });
  redirect(mandatesPath);
}

/** Approves or rejects a requested mandate and goes back to the list, or returns the errors. */
export async function decideMandateAction(mandateId: string, _previous: MandateDecisionState, formData: FormData): Promise<MandateDecisionState> {
  const user = await requirePermission("mandate:update:any");
  if (!idSchema.safeParse(mandateId).success) notFound();

  const values = formValuesOf(formData, ["decision", "reason"]);
  const parsed = mandateDecisionSchema.safeParse(values);
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error.issues), formError: null, values };

  try {
    await decideMandate(user.id, { mandateId, ...parsed.data });
  } catch (error) {
    if (isAppError(error, "mandate.notFound")) notFound();
    if (isAppError(error, "mandate.alreadyDecided")) {
      logger.info({ mandateId, userId: user.id }, "mandate decision rejected: already decided");
      return { fieldErrors: {}, formError: "alreadyDecided", values };
    }
    throw error;
  }

  await setFlash({ tone: "success", messageKey: parsed.data.decision === "approve" ? "mandates.flash.approved" : "mandates.flash.rejected" });
  redirect(backOfficeMandatesPath);
}
