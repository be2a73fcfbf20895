/**
 * Result of a practice form's action when it does not redirect. Field errors are catalog keys
 * under `practices.fieldErrors`, and document problems are sentences already in the visitor's
 * language. `formError` is a key under `practices.errors`. The text values sent come back so
 * the form shows them again. Browsers never refill file inputs, so files must be chosen again.
 */
export type PracticeFormState = {
  fieldErrors: Record<string, string>;
  fileErrors: Record<string, string>;
  formError: string | null;
  values: Record<string, string>;
};

export const initialPracticeFormState: PracticeFormState = { fieldErrors: {}, fileErrors: {}, formError: null, values: {} };

/** Result of the back-office state form: keys under `practices.review.fieldErrors` and `practices.review.errors`. */
export type PracticeReviewFormState = {
  fieldErrors: Record<string, string>;
  formError: string | null;
  values: Record<string, string>;
};

export const initialPracticeReviewFormState: PracticeReviewFormState = { fieldErrors: {}, formError: null, values: {} };
