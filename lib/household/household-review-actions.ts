"use server";

import { notFound, redirect } from "next/navigation";
import { z } from "zod";

import { requirePermission } from "@/lib/auth/policy";
import { isAppError } from "@/lib/errors/app-error";
import { setFlash } from "@/lib/flash/set-flash";
import { decideHouseholdChange } from "@/lib/household/decide-household-change";
import { householdReviewDetailPath } from "@/lib/household/household-paths";
import type { ReportFormState } from "@/lib/reports/report-form-state";
import { formValuesOf } from "@/lib/requests/request-form-state";

// Every export here is a public POST endpoint: each checks the permission and parses its input first.

const decisionSchema = z.discriminatedUnion("decision", [
  z.object({ decision: z.literal("approve"), reason: z.string() }),
  z.object({ decision: z.literal("reject"), reason: z.string().trim().min(5, { error: "reasonMissing" }).max(2000, { error: "tooLong" }) }),
]);

/** Approves or rejects a household change and reloads it, or returns the error. */
export async function decideHouseholdChangeAction(practiceId: string, _previous: ReportFormState, formData: FormData): Promise<ReportFormState> {
  const user = await requirePermission("household:update:any");
  if (!z.uuid().safeParse(practiceId).success) notFound();

  const values = formValuesOf(formData, ["decision", "reason"]);
  const parsed = decisionSchema.safeParse(values);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path[0] === "reason" ? "reason" : "decision";
    return { fieldErrors: { [field]: field === "reason" ? (issue?.message ?? "reasonMissing") : "decisionMissing" }, formError: null, uploadError: null, values };
  }

  try {
    await decideHouseholdChange(user, practiceId, parsed.data.decision === "approve" ? { approve: true } : { approve: false, reason: parsed.data.reason });
  } catch (error) {
    if (isAppError(error, "household.notFound")) notFound();
    if (isAppError(error, "household.alreadyDecided")) return { fieldErrors: {}, formError: "alreadyDecided", uploadError: null, values };
    if (isAppError(error, "household.cannotApply")) return { fieldErrors: {}, formError: "cannotApply", uploadError: null, values };
    throw error;
  }

  await setFlash({ tone: "success", messageKey: parsed.data.decision === "approve" ? "household.flash.approved" : "household.flash.rejected" });
  redirect(householdReviewDetailPath(practiceId));
}
