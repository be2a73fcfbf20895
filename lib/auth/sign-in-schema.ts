import { z } from "zod";

/** Field error codes; the form turns each into a sentence from the `auth` message catalog. */
export type SignInFieldError = "emailRequired" | "emailInvalid" | "passwordRequired" | "passwordTooLong";

/**
 * The sign-in form, checked in the browser for instant errors and again on the server.
 * The e-mail is trimmed and lower-cased because accounts store it that way. A password over
 * 256 characters is rejected before hashing, so a client cannot make the server hash megabytes.
 */
export const signInSchema = z.object({
  email: z
    .string({ error: "emailRequired" })
    .trim()
    .toLowerCase()
    .min(1, { error: "emailRequired" })
    .max(254, { error: "emailInvalid" })
    .pipe(z.email({ error: "emailInvalid" })),
  password: z
    .string({ error: "passwordRequired" })
    .min(1, { error: "passwordRequired" })
    .max(256, { error: "passwordTooLong" }),
});

export type SignInInput = z.infer<typeof signInSchema>;

export type SignInFieldErrors = Partial<Record<keyof SignInInput, SignInFieldError>>;

/** Returns the first error code of each field, in the form the sign-in page displays. */
export function signInFieldErrors(error: z.ZodError): SignInFieldErrors {
  const fieldErrors: SignInFieldErrors = {};

  for (const issue of error.issues) {
    const field = issue.path[0];
    if ((field === "email" || field === "password") && !fieldErrors[field]) {
      fieldErrors[field] = issue.message as SignInFieldError;
    }
  }

  return fieldErrors;
}

/**
 * Result of the sign-in action, shown by the form: `invalid` for field errors, `rejected` for a
 * wrong e-mail or password (never saying which), `blocked` after too many failures, `failed`
 * for an unexpected error. `email` keeps what the user typed.
 */
export type SignInFormState = {
  status: "idle" | "invalid" | "rejected" | "blocked" | "failed";
  email: string;
  fieldErrors: SignInFieldErrors;
  /** Whole minutes, rounded up, until a blocked sign-in may be tried again. */
  retryInMinutes?: number;
};

/** Default wait shown when a block does not say when it ends: the length of the limits' window. */
const blockWindowMinutes = 15;

/** Returns the whole minutes, at least one, from `now` until `retryAt`. */
export function minutesUntil(retryAt: Date | null, now: Date = new Date()): number {
  if (!retryAt) return blockWindowMinutes;
  return Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 60_000));
}

export const initialSignInFormState: SignInFormState = { status: "idle", email: "", fieldErrors: {} };
