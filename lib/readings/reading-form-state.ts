import type { UploadProblem } from "@/lib/uploads/validate-uploads";

/**
 * Result of a reading form's action when it does not redirect: field errors as keys under
 * `readings.fieldErrors`, a problem with the photo, a form-wide error key under
 * `readings.errors`, the flags the customer must confirm, and the values sent.
 */
export type ReadingFormState = {
  fieldErrors: Record<string, string>;
  uploadProblem: UploadProblem | null;
  formError: string | null;
  /** Set when the value is unusual: the form then requests a confirmation and a new submit. */
  confirmationFlags: string[];
  values: Record<string, string>;
};

export const initialReadingFormState: ReadingFormState = { fieldErrors: {}, uploadProblem: null, formError: null, confirmationFlags: [], values: {} };
