import type { FieldErrors } from "@/lib/requests/request-schemas";

/**
 * Result of a request form's action when it does not redirect: the field errors as catalog
 * keys under `requests.fieldErrors`, a form-wide error key under `requests.errors`, and the
 * values sent, so the form shows them again.
 */
export type RequestFormState = {
  fieldErrors: FieldErrors;
  formError: string | null;
  values: Record<string, string>;
  /** Problems with the attached files, as sentences already in the visitor's language. */
  fileErrors?: Record<string, string>;
};

export const initialRequestFormState: RequestFormState = { fieldErrors: {}, formError: null, values: {} };

/**
 * Reads the named fields of a form as strings, untrimmed; a missing field or a file reads as "".
 * NUL characters are removed, because PostgreSQL rejects them in text and no field needs them.
 */
export function formValuesOf(formData: FormData, fields: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};

  for (const field of fields) {
    const value = formData.get(field);
    values[field] = typeof value === "string" ? value.replaceAll("\u0000", "") : "";
  }

  return values;
}
