import type { DeclarationValues } from "./declaration-form";

/**
 * Result of a census form's action when it does not redirect: field errors as keys under
 * `census.fieldErrors`, a form-wide error key under `census.errors`, a sentence about the
 * uploaded files, and the values sent, so the form shows them again.
 */
export type CensusFormState = {
  fieldErrors: Record<string, string>;
  formError: string | null;
  uploadError: string | null;
  values: DeclarationValues | null;
  /** Single-field forms (home visit, review message) keep their values here. */
  fields: Record<string, string>;
};

export const initialCensusFormState: CensusFormState = { fieldErrors: {}, formError: null, uploadError: null, values: null, fields: {} };
