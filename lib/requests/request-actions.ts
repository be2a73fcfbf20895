"use server";

import { notFound, redirect } from "next/navigation";
import { z } from "zod";

import { requirePermission } from "@/lib/auth/policy";
import { isAppError } from "@/lib/errors/app-error";
import { setFlash } from "@/lib/flash/set-flash";
import { logger } from "@/lib/log/logger";
import { formValuesOf, type RequestFormState } from "@/lib/requests/request-form-state";
import { requestDetailPath, requestKinds, type RequestKind } from "@/lib/requests/request-kinds";
import { parseRequest, requestFields } from "@/lib/requests/request-schemas";
import { submitCustomerRequest } from "@/lib/requests/submit-customer-request";
import { addCustomerMessage } from "@/lib/tickets/add-customer-message";
import { rateTicket } from "@/lib/tickets/rate-ticket";
import { uploadProblemMessage } from "@/lib/uploads/upload-problem-message";
import { validateUploads } from "@/lib/uploads/validate-uploads";

// Every export here is a public POST endpoint: each checks the session and parses its input
// before touching a record, and the domain functions scope every lookup to the customer.

const kindSchema = z.enum(requestKinds);

/** Files a request of `kind` and redirects to its receipt, or returns the errors and the values sent. */
export async function submitRequestAction(kind: RequestKind, _previous: RequestFormState, formData: FormData): Promise<RequestFormState> {
  const user = await requirePermission("ticket:create:own");

  const parsedKind = kindSchema.safeParse(kind);
  if (!parsedKind.success) notFound();

  const values = formValuesOf(formData, ["idempotencyKey", ...requestFields[parsedKind.data]]);

  // The files are checked before the ticket exists, so a bad file stops the whole request.
  const attachments = await validateUploads(formData.getAll("attachments"));
  if (!attachments.ok) {
    const parsed = parseRequest(parsedKind.data, values);
    const fieldErrors = parsed.ok ? {} : parsed.fieldErrors;
    const fileErrors = { attachments: await uploadProblemMessage(attachments.problem) };
    return { fieldErrors, formError: fieldErrors.idempotencyKey ? "formExpired" : null, values, fileErrors };
  }

  const result = await submitCustomerRequest(user, parsedKind.data, values, new Date(), attachments.uploads);
  if (!result.ok) {
    const formError = result.formError ?? (result.fieldErrors.idempotencyKey ? "formExpired" : null);
    return { fieldErrors: result.fieldErrors, formError, values };
  }

  await setFlash({ tone: "success", messageKey: "requests.flash.created", values: { protocol: result.protocol } });
  redirect(requestDetailPath(result.ticketId));
}

const messageSchema = z.object({
  ticketId: z.uuid(),
  body: z.string().trim().min(1, { error: "replyEmpty" }).max(5000, { error: "replyTooLong" }),
});

/** Adds the customer's message to their request and reloads it, or returns the error. */
export async function sendRequestMessageAction(ticketId: string, _previous: RequestFormState, formData: FormData): Promise<RequestFormState> {
  const user = await requirePermission("ticket:read:own");

  const values = formValuesOf(formData, ["body"]);
  const parsed = messageSchema.safeParse({ ticketId, body: values.body });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    if (issue?.path[0] === "ticketId") notFound();
    return { fieldErrors: { body: issue?.message ?? "replyEmpty" }, formError: null, values };
  }

  try {
    await addCustomerMessage(user, parsed.data);
  } catch (error) {
    if (isAppError(error, "ticket.notFound")) notFound();
    if (isAppError(error, "ticket.finalState")) return { fieldErrors: {}, formError: "requestClosed", values };
    throw error;
  }

  await setFlash({ tone: "success", messageKey: "requests.flash.messageSent" });
  redirect(requestDetailPath(parsed.data.ticketId));
}

const ratingSchema = z.object({
  ticketId: z.uuid(),
  score: z.enum(["1", "2", "3", "4", "5"], { error: "scoreMissing" }),
  comment: z.string().trim().max(2000, { error: "commentTooLong" }),
});

/** Stores the customer's rating of their resolved request and reloads it, or returns the errors and the values sent. */
export async function rateRequestAction(ticketId: string, _previous: RequestFormState, formData: FormData): Promise<RequestFormState> {
  const user = await requirePermission("ticket:read:own");

  const values = formValuesOf(formData, ["score", "comment"]);
  const parsed = ratingSchema.safeParse({ ticketId, ...values });
  if (!parsed.success) {
    if (parsed.error.issues.some((issue) => issue.path[0] === "ticketId")) notFound();
    const fieldErrors = Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
    return { fieldErrors, formError: null, values };
  }

  let reopened: boolean;
  try {
    ({ reopened } = await rateTicket(user, { ticketId, score: Number(parsed.data.score), comment: parsed.data.comment }));
  } catch (error) {
    if (isAppError(error, "ticket.notFound")) notFound();
    if (isAppError(error, "ticket.alreadyRated") || isAppError(error, "ticket.notRateable")) {
      logger.info({ ticketId, userId: user.id, code: error.code }, "ticket rating rejected");
      return { fieldErrors: {}, formError: error.code === "ticket.alreadyRated" ? "alreadyRated" : "notRateable", values };
    }
    throw error;
  }

  await setFlash({ tone: "success", messageKey: reopened ? "tickets.rating.reopened" : "tickets.rating.thanks" });
  redirect(requestDetailPath(ticketId));
}
