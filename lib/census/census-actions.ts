"use server";

import { notFound, redirect } from "next/navigation";
import { z } from "zod";

import { requirePermission } from "@/lib/auth/policy";
import { isAppError } from "@/lib/errors/app-error";
import { setFlash } from "@/lib/flash/set-flash";
import { logger } from "@/lib/log/logger";
import { discardWrittenUploads, writeUploadFiles, type WrittenUploads } from "@/lib/uploads/store-uploads";
import { uploadProblemMessage } from "@/lib/uploads/upload-problem-message";
import { validateUploads } from "@/lib/uploads/validate-uploads";

import { censusBackOfficePath, declarationReviewPath, tenantCensusPath } from "./census-paths";
import type { CensusFormState } from "./census-form-state";
import { readDeclarationForm } from "./declaration-form";
import { openCampaign, openCampaignSchema } from "./open-campaign";
import { requestHomeVisit, homeVisitSchema } from "./request-home-visit";
import { reviewDeclaration } from "./review-declaration";
import { saveDeclaration } from "./save-declaration";
import { sendCensusReminders } from "./send-census-reminders";
import { personIdOf } from "./tenant-declaration";

// Every export here is a public POST endpoint: each checks the session and parses its input
// before touching a record, and the domain functions scope every lookup to the tenant.

function stringsOf(formData: FormData, fields: readonly string[]): Record<string, string> {
  return Object.fromEntries(fields.map((field) => {
    const value = formData.get(field);
    return [field, typeof value === "string" ? value : ""];
  }));
}

function fieldErrorsOf(issues: z.core.$ZodIssue[]): Record<string, string> {
  return Object.fromEntries(issues.map((issue) => [String(issue.path[0]), issue.message]));
}

const empty: CensusFormState = { fieldErrors: {}, formError: null, uploadError: null, values: null, fields: {} };

/** Saves the tenant's declaration as a draft or submits it, with any ISEE attestation attached, then reloads the page. */
export async function saveDeclarationAction(_previous: CensusFormState, formData: FormData): Promise<CensusFormState> {
  const user = await requirePermission("census:submit:own", { returnTo: tenantCensusPath });
  const personId = await personIdOf(user);
  if (!personId) notFound();

  const declarationId = z.uuid().safeParse(formData.get("declarationId"));
  if (!declarationId.success) notFound();
  const submit = formData.get("intent") === "submit";
  const values = readDeclarationForm(formData);

  const uploads = await validateUploads(formData.getAll("attestation"), { allowed: ["pdf"], maxFiles: 2 });
  if (!uploads.ok) return { ...empty, values, uploadError: await uploadProblemMessage(uploads.problem) };

  let written: WrittenUploads = [];
  try {
    written = await writeUploadFiles(uploads.uploads);
    const result = await saveDeclaration(user, personId, { declarationId: declarationId.data, values, submit, attestations: written });
    if (!result.ok) {
      await discardWrittenUploads(written);
      return { ...empty, values, fieldErrors: result.fieldErrors, formError: "checkFields" };
    }
  } catch (error) {
    await discardWrittenUploads(written);
    if (isAppError(error, "census.notFound")) notFound();
    if (isAppError(error, "census.attestationMissing")) return { ...empty, values, fieldErrors: { attestation: "attestationMissing" }, formError: "checkFields" };
    if (isAppError(error, "census.notEditable")) return { ...empty, values, formError: "notEditable" };
    if (isAppError(error, "census.campaignNotOpen") || isAppError(error, "census.campaignClosed")) return { ...empty, values, formError: error.code.replace("census.", "") };
    throw error;
  }

  await setFlash({ tone: "success", messageKey: submit ? "census.flash.submitted" : "census.flash.draftSaved" });
  redirect(tenantCensusPath);
}

/** Books a home visit for the tenant's declaration, or returns the errors and the values sent. */
export async function requestHomeVisitAction(_previous: CensusFormState, formData: FormData): Promise<CensusFormState> {
  const user = await requirePermission("census:submit:own", { returnTo: tenantCensusPath });
  const personId = await personIdOf(user);
  if (!personId) notFound();

  const fields = stringsOf(formData, ["declarationId", "preferredDate", "reason", "phone"]);
  const parsed = homeVisitSchema.safeParse(fields);
  if (!parsed.success) {
    if (parsed.error.issues.some((issue) => issue.path[0] === "declarationId")) notFound();
    return { ...empty, fields, fieldErrors: fieldErrorsOf(parsed.error.issues) };
  }

  try {
    await requestHomeVisit(user, personId, parsed.data);
  } catch (error) {
    if (isAppError(error, "census.notFound")) notFound();
    if (isAppError(error, "census.preferredDate")) return { ...empty, fields, fieldErrors: { preferredDate: String(error.details?.field ?? "preferredDateInvalid") } };
    if (isAppError(error, "census.homeVisitExists") || isAppError(error, "census.notEditable")) return { ...empty, fields, formError: error.code.replace("census.", "") };
    throw error;
  }

  await setFlash({ tone: "success", messageKey: "census.flash.homeVisitRequested" });
  redirect(tenantCensusPath);
}

const reviewSchema = z.object({
  event: z.enum(["startReview", "requestIntegration", "complete"]),
  message: z.string().max(2000, { error: "messageTooLong" }),
});

/** Applies an operator's review step to a declaration and reloads it, or returns the error. */
export async function reviewDeclarationAction(declarationId: string, _previous: CensusFormState, formData: FormData): Promise<CensusFormState> {
  const user = await requirePermission("census:update:any", { returnTo: declarationReviewPath(declarationId) });
  if (!z.uuid().safeParse(declarationId).success) notFound();

  const fields = stringsOf(formData, ["event", "message"]);
  const parsed = reviewSchema.safeParse(fields);
  if (!parsed.success) return { ...empty, fields, fieldErrors: fieldErrorsOf(parsed.error.issues) };

  try {
    await reviewDeclaration(user, { declarationId, ...parsed.data });
  } catch (error) {
    if (isAppError(error, "census.notFound")) notFound();
    if (isAppError(error, "census.messageMissing")) return { ...empty, fields, fieldErrors: { message: "messageMissing" } };
    if (isAppError(error, "census.transitionNotAllowed") || isAppError(error, "census.payloadInvalid")) {
      logger.info({ declarationId, code: error.code }, "census review step rejected");
      return { ...empty, fields, formError: error.code.replace("census.", "") };
    }
    throw error;
  }

  await setFlash({ tone: "success", messageKey: `census.flash.${parsed.data.event}` });
  redirect(declarationReviewPath(declarationId));
}

/** Queues reminders to the households of a campaign (or one building) that have not started, then reloads the progress page. */
export async function sendCensusRemindersAction(formData: FormData): Promise<void> {
  const user = await requirePermission("census:manage:any", { returnTo: censusBackOfficePath });

  const parsed = z.object({ campaignId: z.uuid(), buildingId: z.union([z.uuid(), z.literal("")]) }).safeParse(stringsOf(formData, ["campaignId", "buildingId"]));
  if (!parsed.success) notFound();

  let queued: number;
  try {
    queued = await sendCensusReminders(user, { campaignId: parsed.data.campaignId, buildingId: parsed.data.buildingId || undefined });
  } catch (error) {
    if (isAppError(error, "census.notFound")) notFound();
    throw error;
  }

  await setFlash({ tone: "success", messageKey: "census.flash.remindersQueued", values: { count: queued } });
  redirect(`${censusBackOfficePath}?campaign=${parsed.data.campaignId}`);
}

/** Opens a campaign for the chosen buildings and shows its progress, or returns the errors and the values sent. */
export async function openCampaignAction(_previous: CensusFormState, formData: FormData): Promise<CensusFormState> {
  const user = await requirePermission("census:manage:any", { returnTo: `${censusBackOfficePath}/nuova-campagna` });

  const fields = stringsOf(formData, ["code", "name", "opensOn", "closesOn", "rentEffectiveFrom"]);
  const buildingIds = formData.getAll("buildingIds").filter((value): value is string => typeof value === "string");
  const parsed = openCampaignSchema.safeParse({ ...fields, buildingIds });
  if (!parsed.success) return { ...empty, fields: { ...fields, buildingIds: buildingIds.join(",") }, fieldErrors: fieldErrorsOf(parsed.error.issues) };

  let campaignId: string;
  try {
    ({ campaignId } = await openCampaign(user, parsed.data));
  } catch (error) {
    if (isAppError(error, "census.codeTaken")) return { ...empty, fields: { ...fields, buildingIds: buildingIds.join(",") }, fieldErrors: { code: "codeTaken" } };
    throw error;
  }

  await setFlash({ tone: "success", messageKey: "census.flash.campaignOpened" });
  redirect(`${censusBackOfficePath}?campaign=${campaignId}`);
}
