"use server";

import { redirect } from "next/navigation";

import { requirePermission } from "@/lib/auth/policy";
import { setFlash } from "@/lib/flash/set-flash";
import { contactFields } from "@/lib/household/contact-schemas";
import { householdChangeFields } from "@/lib/household/household-change-schemas";
import { submitHouseholdChange } from "@/lib/household/submit-household-change";
import { updateContactDetails } from "@/lib/household/update-contact-details";
import type { ReportFormState } from "@/lib/reports/report-form-state";
import { formValuesOf } from "@/lib/requests/request-form-state";
import { tenantPaths } from "@/lib/tenancy/tenant-paths";
import { uploadProblemMessage } from "@/lib/uploads/upload-problem-message";
import { validateUploads } from "@/lib/uploads/validate-uploads";

// Every export here is a public POST endpoint: each checks the session and parses its input
// before touching a record, and the domain functions scope every lookup to the tenant.

/** Saves the tenant's contact details and reloads the page, or returns the errors and the values sent. */
export async function updateContactsAction(_previous: ReportFormState, formData: FormData): Promise<ReportFormState> {
  const user = await requirePermission("contact:update:own");

  const values = formValuesOf(formData, contactFields);
  const result = await updateContactDetails(user, values);
  if (!result.ok) return { fieldErrors: result.fieldErrors, formError: result.formError, uploadError: null, values };

  await setFlash({ tone: result.changed ? "success" : "info", messageKey: result.changed ? "household.flash.contactsUpdated" : "household.flash.contactsUnchanged" });
  redirect(tenantPaths.contacts);
}

/** Files a household change with its documents and reloads the household page, or returns the errors and the values sent. */
export async function submitHouseholdChangeAction(_previous: ReportFormState, formData: FormData): Promise<ReportFormState> {
  const user = await requirePermission("tenancy:read:own");

  const values = formValuesOf(formData, ["idempotencyKey", ...householdChangeFields]);
  const documents = await validateUploads(formData.getAll("documents"), { allowed: ["pdf", "jpeg", "png"], maxFiles: 5, required: true });
  if (!documents.ok) return { fieldErrors: {}, formError: null, uploadError: await uploadProblemMessage(documents.problem), values };

  const result = await submitHouseholdChange(user, values, documents.uploads);
  if (!result.ok) {
    const formError = result.formError ?? (result.fieldErrors.idempotencyKey ? "formExpired" : null);
    return { fieldErrors: result.fieldErrors, formError, uploadError: null, values };
  }

  await setFlash({ tone: "success", messageKey: "household.flash.changeSubmitted", values: { protocol: result.protocol } });
  redirect(tenantPaths.household);
}
