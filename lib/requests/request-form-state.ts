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
};

export const initialRequestFormState: RequestFormState = { fieldErrors: {}, formError: null, values: {} };

/** Reads the named fields of a form as strings, untrimmed; a missing field or a file reads as "". */
export function formValuesOf(formData: FormData, fields: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};

  for (const field of fields) {
    const value = formData.get(field);
    values[field] = typeof value === "string" ? value : "";
  }

  return values;
}
