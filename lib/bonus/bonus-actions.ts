"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";

import { parseIsoDate } from "@/lib/bonus/batch-file-layout";
import { bonusApplicationPath, bonusBackOfficePath, initialBatchImportState, type BatchImportState, type BonusFormState } from "@/lib/bonus/bonus-form-state";
import { decideApplication } from "@/lib/bonus/decide-application";
import { importNationalBatch } from "@/lib/bonus/import-national-batch";
import { rejectionCodes } from "@/lib/bonus/rejection-reasons";
import { markPaymentOrderPaid } from "@/lib/bonus/mark-payment-order-paid";
import { parseRomeDateTime } from "@/lib/bonus/rome-date-time";
import { correctSupplyToResident, recordInspection, requestCorrection, rerunChecks, scheduleInspection } from "@/lib/bonus/review-application";
import { requirePermission } from "@/lib/auth/policy";
import { isAppError } from "@/lib/errors/app-error";
import { setFlash } from "@/lib/flash/set-flash";
import { logger } from "@/lib/log/logger";
import { formValuesOf } from "@/lib/requests/request-form-state";
import { validateUploads } from "@/lib/uploads/validate-uploads";
import { uploadProblemMessage } from "@/lib/uploads/upload-problem-message";

// Every export here is a public POST endpoint: each checks the permission and parses its input
// before the domain functions in lib/bonus touch a record.

/** Form-wide error keys (under `bonus.errors`) for the domain errors an operator can act on. */
const formErrorOfCode: Record<string, string> = {
  "bonus.conflict": "conflict",
  "bonus.alreadyDecided": "alreadyDecided",
  "bonus.notDecidable": "notDecidable",
  "bonus.checksOpen": "checksOpen",
  "bonus.supplyNotCorrectable": "supplyNotCorrectable",
  "bonus.notCafApplication": "notCafApplication",
  "bonus.inspectorNotFound": "inspectorNotFound",
  "bonus.inspectionNotFound": "inspectionNotFound",
  "bonus.inspectionRecorded": "inspectionRecorded",
  "bonus.rulesMissing": "rulesMissing",
  "bonus.paymentOrderNotPending": "paymentOrderNotPending",
};

const idSchema = z.uuid();
const versionSchema = z.coerce.number().int().min(0);

async function runReviewStep(applicationId: string, values: Record<string, string>, step: () => Promise<void>, flashKey: string): Promise<BonusFormState> {
  try {
    await step();
  } catch (error) {
    if (isAppError(error, "bonus.notFound")) notFound();
    if (isAppError(error) && formErrorOfCode[error.code]) {
      logger.info({ applicationId, code: error.code }, "bonus review step rejected");
      return { fieldErrors: {}, formError: formErrorOfCode[error.code]!, values };
    }
    throw error;
  }

  revalidatePath(bonusApplicationPath(applicationId));
  await setFlash({ tone: "success", messageKey: flashKey });
  redirect(bonusApplicationPath(applicationId));
}

function parseTarget(applicationId: string, values: Record<string, string>): { applicationId: string; version: number } {
  const id = idSchema.safeParse(applicationId);
  const version = versionSchema.safeParse(values.version);
  if (!id.success || !version.success) notFound();

  return { applicationId: id.data, version: version.data };
}

const decisionSchema = z.discriminatedUnion("decision", [
  z.object({ decision: z.literal("accepted"), benefitStart: z.string().trim() }),
  z.object({
    decision: z.literal("rejected"),
    rejectionCode: z.enum(rejectionCodes, { error: "rejectionCodeMissing" }),
    rejectionReason: z.string().trim().min(10, { error: "rejectionReasonShort" }).max(500, { error: "rejectionReasonLong" }),
  }),
]);

/** Accepts or rejects an application, or returns the errors; a stale version returns the conflict error. */
export async function decideApplicationAction(applicationId: string, _previous: BonusFormState, formData: FormData): Promise<BonusFormState> {
  const user = await requirePermission("bonus:update:any");
  const values = formValuesOf(formData, ["version", "decision", "benefitStart", "rejectionCode", "rejectionReason"]);
  const target = parseTarget(applicationId, values);

  const parsed = decisionSchema.safeParse(values);
  if (!parsed.success) {
    const fieldErrors = Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0] ?? "decision"), issue.path[0] === "decision" ? "decisionMissing" : issue.message]));
    return { fieldErrors, formError: null, values };
  }

  if (parsed.data.decision === "accepted") {
    const benefitStart = parseIsoDate(parsed.data.benefitStart);
    if (!benefitStart) return { fieldErrors: { benefitStart: "benefitStartInvalid" }, formError: null, values };
    return runReviewStep(target.applicationId, values, () => decideApplication(user, { ...target, decision: "accepted", benefitStart }), "bonus.flash.accepted");
  }

  const { rejectionCode, rejectionReason } = parsed.data;
  return runReviewStep(target.applicationId, values, () => decideApplication(user, { ...target, decision: "rejected", rejectionCode, rejectionReason }), "bonus.flash.rejected");
}

/** Runs the automatic checks of an open application again. */
export async function rerunChecksAction(applicationId: string, _previous: BonusFormState, formData: FormData): Promise<BonusFormState> {
  const user = await requirePermission("bonus:update:any");
  const values = formValuesOf(formData, ["version"]);
  const target = parseTarget(applicationId, values);

  return runReviewStep(target.applicationId, values, () => rerunChecks(user, target), "bonus.flash.checked");
}

/** Corrects the supply to domestic resident on the holder's self-declaration. */
export async function correctSupplyAction(applicationId: string, _previous: BonusFormState, formData: FormData): Promise<BonusFormState> {
  const user = await requirePermission("bonus:update:any");
  const values = formValuesOf(formData, ["version", "declarationNote"]);
  const target = parseTarget(applicationId, values);

  const note = values.declarationNote!.trim();
  if (note.length < 5 || note.length > 500) return { fieldErrors: { declarationNote: "declarationNoteInvalid" }, formError: null, values };

  return runReviewStep(target.applicationId, values, () => correctSupplyToResident(user, { ...target, declarationNote: note }), "bonus.flash.supplyCorrected");
}

/** Sends a CAF application back to its CAF with what to correct. */
export async function requestCorrectionAction(applicationId: string, _previous: BonusFormState, formData: FormData): Promise<BonusFormState> {
  const user = await requirePermission("bonus:update:any");
  const values = formValuesOf(formData, ["version", "message"]);
  const target = parseTarget(applicationId, values);

  const message = values.message!.trim();
  if (message.length < 10 || message.length > 1000) return { fieldErrors: { message: "correctionMessageInvalid" }, formError: null, values };

  return runReviewStep(target.applicationId, values, () => requestCorrection(user, { ...target, message }), "bonus.flash.correctionRequested");
}

/** Schedules a site inspection. */
export async function scheduleInspectionAction(applicationId: string, _previous: BonusFormState, formData: FormData): Promise<BonusFormState> {
  const user = await requirePermission("bonus:update:any");
  const values = formValuesOf(formData, ["version", "scheduledAt", "inspectorId"]);
  const target = parseTarget(applicationId, values);

  const fieldErrors: Record<string, string> = {};
  const scheduledAt = parseRomeDateTime(values.scheduledAt!.trim());
  if (!scheduledAt) fieldErrors.scheduledAt = "scheduledAtInvalid";
  const inspectorId = idSchema.safeParse(values.inspectorId);
  if (!inspectorId.success) fieldErrors.inspectorId = "inspectorMissing";
  if (!scheduledAt || !inspectorId.success) return { fieldErrors, formError: null, values };

  return runReviewStep(
    target.applicationId,
    values,
    async () => {
      await scheduleInspection(user, { ...target, scheduledAt, inspectorId: inspectorId.data });
    },
    "bonus.flash.inspectionScheduled",
  );
}

const inspectionOutcomes = ["confirmed", "notConfirmed", "noAccess"] as const;

/** Records an inspection's outcome, notes and photos. */
export async function recordInspectionAction(applicationId: string, _previous: BonusFormState, formData: FormData): Promise<BonusFormState> {
  const user = await requirePermission("bonus:update:any");
  const values = formValuesOf(formData, ["version", "inspectionId", "outcome", "performedAt", "notes"]);
  const target = parseTarget(applicationId, values);

  const fieldErrors: Record<string, string> = {};
  const inspectionId = idSchema.safeParse(values.inspectionId);
  if (!inspectionId.success) notFound();
  const outcome = z.enum(inspectionOutcomes).safeParse(values.outcome);
  if (!outcome.success) fieldErrors.outcome = "inspectionOutcomeMissing";
  const performedAt = parseRomeDateTime(values.performedAt!.trim());
  if (!performedAt) fieldErrors.performedAt = "performedAtInvalid";
  else if (performedAt > new Date()) fieldErrors.performedAt = "performedAtFuture";
  const notes = values.notes!.trim();
  if (notes.length > 2000) fieldErrors.notes = "notesTooLong";

  const photos = await validateUploads(formData.getAll("photos"), { allowed: ["jpeg", "png"] });
  if (!photos.ok) return { fieldErrors: { ...fieldErrors, photos: await uploadProblemMessage(photos.problem) }, formError: null, values };
  if (!outcome.success || !performedAt || Object.keys(fieldErrors).length > 0) return { fieldErrors, formError: null, values };

  return runReviewStep(
    target.applicationId,
    values,
    () => recordInspection(user, { ...target, inspectionId: inspectionId.data, outcome: outcome.data, performedAt, notes, photos: photos.uploads }),
    "bonus.flash.inspectionRecorded",
  );
}

/** Imports a national batch file and returns its outcome, with each rejected row and its reason. */
export async function importBatchAction(_previous: BatchImportState, formData: FormData): Promise<BatchImportState> {
  const user = await requirePermission("bonus:update:any");

  const file = formData.get("batchFile");
  if (!(file instanceof File) || file.size === 0) return { ...initialBatchImportState, status: "failed", fileError: "missing" };

  const bytes = Buffer.from(await file.arrayBuffer());
  const result = await importNationalBatch(user, { name: file.name.slice(0, 200), bytes });
  revalidatePath(bonusBackOfficePath);

  if (!result.ok) {
    return { ...initialBatchImportState, status: "failed", fileError: result.fileError, fileErrorValues: result.values, errors: result.errors };
  }
  return { status: "imported", fileError: null, reference: result.reference, batchId: result.batchId, imported: result.imported, errors: result.errors };
}

/** Marks the one-off payment order of an indirect bonus as paid on the date typed, not later than today. */
export async function markPaymentOrderPaidAction(applicationId: string, _previous: BonusFormState, formData: FormData): Promise<BonusFormState> {
  const user = await requirePermission("bonus:update:any");
  const values = formValuesOf(formData, ["version", "orderId", "paidOn"]);
  const target = parseTarget(applicationId, values);
  const orderId = idSchema.safeParse(values.orderId);
  if (!orderId.success) notFound();

  const paidOn = parseIsoDate(values.paidOn!.trim());
  if (!paidOn) return { fieldErrors: { paidOn: "paidOnInvalid" }, formError: null, values };
  if (paidOn.getTime() > Date.now()) return { fieldErrors: { paidOn: "paidOnFuture" }, formError: null, values };

  return runReviewStep(target.applicationId, values, () => markPaymentOrderPaid(user, { applicationId: target.applicationId, orderId: orderId.data, paidOn }), "bonus.flash.paymentOrderPaid");
}
