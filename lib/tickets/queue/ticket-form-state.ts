import { z } from "zod";

import { isAppError } from "@/lib/errors/app-error";
import { TicketState } from "@/lib/generated/prisma/enums";

/**
 * Result of a ticket form on the operator's page. `values` keeps what the operator typed so
 * the form shows it again, `fieldErrors` and `errorCode` are message keys under
 * `backoffice.ticket.errors`, and `current` carries the stored state after a conflict.
 */
export type TicketFormState = {
  status: "idle" | "invalid" | "error" | "conflict";
  values: Record<string, string>;
  fieldErrors: Record<string, string>;
  errorCode: string | null;
  current: { state: TicketState; version: number } | null;
  /** Sentence about a rejected attachment, already in the user's language (from `uploadProblemMessage`). */
  fileError?: string | null;
};

export const initialTicketFormState: TicketFormState = { status: "idle", values: {}, fieldErrors: {}, errorCode: null, current: null };

/** Codes of `lib/tickets` and `lib/charter` errors that have their own sentence; any other error shows the generic one. */
const knownErrorCodes = new Set([
  "ticket.notFound",
  "ticket.permissionDenied",
  "ticket.invalidInput",
  "ticket.transitionNotAllowed",
  "ticket.conflict",
  "ticket.finalState",
  "ticket.assigneeNotAllowed",
  "ticket.mergeNotAllowed",
  "ticket.survivorNotFound",
  "ticket.noActiveClock",
  "ticket.noClock",
  "charter.clockNotRunning",
  "charter.clockNotPaused",
  "charter.clockNotStopped",
  "charter.indemnityNotOwed",
  "charter.indemnityAlreadySettled",
]);

const conflictDetailsSchema = z.object({ state: z.enum(TicketState), version: z.int() });

/** Turns an error raised by `lib/tickets` or `lib/charter` into the form state; returns null for an error the form cannot word, which the caller logs and rethrows. */
export function formStateFromError(error: unknown, values: Record<string, string>): TicketFormState | null {
  if (!isAppError(error) || !knownErrorCodes.has(error.code)) return null;

  // Keys drop the domain prefix: "ticket.conflict" and "charter.clockNotPaused" become "conflict" and "clockNotPaused".
  const errorKey = error.code.slice(error.code.indexOf(".") + 1);
  if (error.code !== "ticket.conflict") {
    return { status: "error", values, fieldErrors: {}, errorCode: errorKey, current: null };
  }

  const details = conflictDetailsSchema.safeParse(error.details);
  return { status: "conflict", values, fieldErrors: {}, errorCode: errorKey, current: details.success ? details.data : null };
}

/** Keeps the first error code of each field of a failed parse. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const fieldErrors: Record<string, string> = {};

  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    fieldErrors[field] ??= issue.message;
  }
  return fieldErrors;
}

/** Reads a text field of a submitted form, capped so a huge post cannot be echoed back. */
export function textOf(formData: FormData, name: string, maxLength = 5000): string {
  const value = formData.get(name);
  return typeof value === "string" ? value.slice(0, maxLength) : "";
}
