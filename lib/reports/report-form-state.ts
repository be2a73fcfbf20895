/**
 * Result of a report form's action when it does not redirect: field errors as keys under
 * `reports.fieldErrors`, a form-wide error key under `reports.errors`, an already translated
 * upload problem, and the values sent so the form shows them again.
 */
export type ReportFormState = {
  fieldErrors: Record<string, string>;
  formError: string | null;
  uploadError: string | null;
  values: Record<string, string>;
};

export const initialReportFormState: ReportFormState = { fieldErrors: {}, formError: null, uploadError: null, values: {} };
