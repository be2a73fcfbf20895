"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ZodError } from "zod";

import { requirePermission } from "@/lib/auth/policy";
import { isAppError } from "@/lib/errors/app-error";
import { setFlash } from "@/lib/flash/set-flash";
import { logger } from "@/lib/log/logger";
import { categoryFormSchema } from "@/lib/tickets/categories/category-form-schema";
import { updateTicketCategory } from "@/lib/tickets/categories/ticket-category-admin";

import { adminFieldErrorsOf, adminValuesOf, type AdminFormState } from "./admin-form-state";
import { categoriesAdminPath, categoryEditPath, charterAdminPath, closuresAdminPath, newStandardVersionPath } from "./admin-paths";
import { addCalendarClosure, closureFormSchema, removeCalendarClosure } from "./calendar-closures";
import { createStandardVersion } from "./create-standard-version";
import { standardVersionFormSchema } from "./standard-version-schema";

/** Codes of `admin.*` errors the forms word; the key under `backofficeAdmin.errors` is the part after "admin.". */
const knownAdminErrors = new Set([
  "admin.standardNotFound",
  "admin.effectiveFromNotFuture",
  "admin.effectiveFromNotAfterLatest",
  "admin.versionExists",
  "admin.closureNotFuture",
  "admin.calendarNotFound",
  "admin.closureNotFound",
  "admin.categoryNotFound",
]);

/** Turns a known `admin.*` error into form state: on its field when the error names one, else above the form. */
function stateFromError(error: unknown, values: Record<string, string>): AdminFormState | null {
  if (!isAppError(error) || !knownAdminErrors.has(error.code)) return null;

  const key = error.code.slice("admin.".length);
  const field = typeof error.details?.field === "string" ? error.details.field : null;
  return field ? { fieldErrors: { [field]: key }, formError: null, values } : { fieldErrors: {}, formError: key, values };
}

type AdminFormRun<Input> = {
  formData: FormData;
  fields: readonly string[];
  returnTo: string;
  schema: { safeParse: (raw: unknown) => { success: true; data: Input } | { success: false; error: ZodError } };
  mutate: (user: Awaited<ReturnType<typeof requirePermission>>, input: Input) => Promise<unknown>;
  successPath: string;
  flashKey: string;
};

/**
 * Runs one admin form: requires `admin:config`, parses the fields, calls the domain function,
 * then revalidates and redirects with a flash message. Known errors come back as form state
 * with the typed values; any other error is logged and rethrown.
 */
async function runAdminForm<Input>(run: AdminFormRun<Input>): Promise<AdminFormState> {
  const user = await requirePermission("admin:config", { returnTo: run.returnTo });
  const values = adminValuesOf(run.formData, run.fields);

  const parsed = run.schema.safeParse(values);
  if (!parsed.success) return { fieldErrors: adminFieldErrorsOf(parsed.error), formError: null, values };

  try {
    await run.mutate(user, parsed.data);
  } catch (error) {
    const state = stateFromError(error, values);
    if (state) return state;

    logger.error({ err: error, userId: user.id }, "admin form failed");
    throw error;
  }

  revalidatePath(run.successPath);
  await setFlash({ tone: "success", messageKey: run.flashKey });
  redirect(run.successPath);
}

/** Adds a new version of a service standard from the chosen date. */
export async function createStandardVersionAction(_previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const baseId = typeof formData.get("baseId") === "string" ? String(formData.get("baseId")) : "";

  return runAdminForm({
    formData,
    fields: ["baseId", "name", "limitValue", "unit", "indemnityEuro", "source", "effectiveFrom"],
    returnTo: baseId ? newStandardVersionPath(baseId) : charterAdminPath,
    schema: standardVersionFormSchema,
    mutate: (user, input) => createStandardVersion(user, input),
    successPath: charterAdminPath,
    flashKey: "backofficeAdmin.flash.versionCreated",
  });
}

/** Adds a closure day to a business calendar. */
export async function addClosureAction(_previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  return runAdminForm({
    formData,
    fields: ["calendarId", "date", "reason"],
    returnTo: closuresAdminPath,
    schema: closureFormSchema,
    mutate: (user, input) => addCalendarClosure(user, input),
    successPath: closuresAdminPath,
    flashKey: "backofficeAdmin.flash.closureAdded",
  });
}

/** Removes a future closure day. Errors come back as a flash message on the calendar page. */
export async function removeClosureAction(formData: FormData): Promise<void> {
  const user = await requirePermission("admin:config", { returnTo: closuresAdminPath });
  const closureId = formData.get("closureId");

  try {
    await removeCalendarClosure(user, typeof closureId === "string" ? closureId : "");
    await setFlash({ tone: "success", messageKey: "backofficeAdmin.flash.closureRemoved" });
  } catch (error) {
    if (!isAppError(error) || !knownAdminErrors.has(error.code)) {
      logger.error({ err: error, userId: user.id }, "closure removal failed");
      throw error;
    }
    await setFlash({ tone: "error", messageKey: `backofficeAdmin.errors.${error.code.slice("admin.".length)}` });
  }

  revalidatePath(closuresAdminPath);
  redirect(closuresAdminPath);
}

/** Saves a ticket category's labels, nature, bound standard and active flag. */
export async function updateCategoryAction(_previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const categoryId = typeof formData.get("categoryId") === "string" ? String(formData.get("categoryId")) : "";

  return runAdminForm({
    formData,
    fields: ["categoryId", "labelIt", "labelEn", "labelAr", "nature", "serviceStandardCode", "active"],
    returnTo: categoryId ? categoryEditPath(categoryId) : categoriesAdminPath,
    schema: categoryFormSchema,
    mutate: (user, input) => updateTicketCategory(user, input),
    successPath: categoriesAdminPath,
    flashKey: "backofficeAdmin.flash.categorySaved",
  });
}
