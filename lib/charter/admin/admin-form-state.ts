import type { z } from "zod";

/**
 * Result of an admin configuration form that did not redirect: field errors and the form-wide
 * error are keys under `backofficeAdmin.errors`, and `values` keeps what the admin typed.
 */
export type AdminFormState = {
  fieldErrors: Record<string, string>;
  formError: string | null;
  values: Record<string, string>;
};

export const initialAdminFormState: AdminFormState = { fieldErrors: {}, formError: null, values: {} };

/** Reads the named text fields of a form, each capped at 5,000 characters so a huge post is not echoed back. */
export function adminValuesOf(formData: FormData, fields: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};

  for (const field of fields) {
    const value = formData.get(field);
    values[field] = typeof value === "string" ? value.slice(0, 5000) : "";
  }
  return values;
}

/** Keeps the first error key of each field of a failed parse. */
export function adminFieldErrorsOf(error: z.ZodError): Record<string, string> {
  const fieldErrors: Record<string, string> = {};

  for (const issue of error.issues) {
    fieldErrors[String(issue.path[0] ?? "form")] ??= issue.message;
  }
  return fieldErrors;
}
