"use server";

import { notFound, redirect } from "next/navigation";
import { z } from "zod";

import { requirePermission } from "@/lib/auth/policy";
import { isAppError } from "@/lib/errors/app-error";
import { setFlash } from "@/lib/flash/set-flash";
import { logger } from "@/lib/log/logger";
import { addReportMessage } from "@/lib/reports/add-report-message";
import type { ReportFormState } from "@/lib/reports/report-form-state";
import { isReportKind, reportDetailPath, type ReportKind } from "@/lib/reports/report-kinds";
import { reportFields } from "@/lib/reports/report-schemas";
import { submitReport } from "@/lib/reports/submit-report";
import { formValuesOf, type RequestFormState } from "@/lib/requests/request-form-state";
import { rateTicket } from "@/lib/tickets/rate-ticket";
import { uploadProblemMessage } from "@/lib/uploads/upload-problem-message";
import { validateUploads } from "@/lib/uploads/validate-uploads";

// Every export here is a public POST endpoint: each checks the session and parses its input
// before touching a record, and the domain functions scope every lookup to the reporter.

const photoOptions = { allowed: ["jpeg", "png", "pdf"] as const, maxFiles: 5 };

/** Files a report of `kind` and redirects to its receipt, or returns the errors and the values sent. */
export async function submitReportAction(kind: ReportKind, _previous: ReportFormState, formData: FormData): Promise<ReportFormState> {
  const user = await requirePermission("ticket:create:own");
  if (!isReportKind(kind)) notFound();

  const values = formValuesOf(formData, ["idempotencyKey", ...reportFields[kind], "place"]);
  const photos = await validateUploads(formData.getAll("photos"), photoOptions);
  if (!photos.ok) {
    return { fieldErrors: {}, formError: null, uploadError: await uploadProblemMessage(photos.problem), values };
  }

  const result = await submitReport(user, kind, values, photos.uploads);
  if (!result.ok) {
    const formError = result.formError ?? (result.fieldErrors.idempotencyKey ? "formExpired" : null);
    return { fieldErrors: result.fieldErrors, formError, uploadError: null, values };
  }

  await setFlash({ tone: "success", messageKey: "reports.flash.created", values: { protocol: result.protocol } });
  redirect(reportDetailPath(result.ticketId));
}

const messageSchema = z.object({
  ticketId: z.uuid(),
  body: z.string().trim().min(1, { error: "replyEmpty" }).max(5000, { error: "replyTooLong" }),
});

/** Adds the reporter's message and photos to their report and reloads it, or returns the error. */
export async function sendReportMessageAction(ticketId: string, _previous: ReportFormState, formData: FormData): Promise<ReportFormState> {
  const user = await requirePermission("ticket:read:own");

  const values = formValuesOf(formData, ["body"]);
  const parsed = messageSchema.safeParse({ ticketId, body: values.body });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    if (issue?.path[0] === "ticketId") notFound();
    return { fieldErrors: { body: issue?.message ?? "replyEmpty" }, formError: null, uploadError: null, values };
  }

  const photos = await validateUploads(formData.getAll("photos"), photoOptions);
  if (!photos.ok) return { fieldErrors: {}, formError: null, uploadError: await uploadProblemMessage(photos.problem), values };

  try {
    await addReportMessage(user, parsed.data.ticketId, parsed.data.body, photos.uploads);
  } catch (error) {
    if (isAppError(error, "ticket.notFound")) notFound();
    if (isAppError(error, "ticket.finalState")) return { fieldErrors: {}, formError: "reportClosed", uploadError: null, values };
    throw error;
  }

  await setFlash({ tone: "success", messageKey: "reports.flash.messageSent" });
  redirect(reportDetailPath(parsed.data.ticketId));
}

const ratingSchema = z.object({
  ticketId: z.uuid(),
  score: z.enum(["1", "2", "3", "4", "5"], { error: "scoreMissing" }),
  comment: z.string().trim().max(2000, { error: "commentTooLong" }),
});

/** Stores the reporter's rating of their resolved report and reloads it, or returns the errors and the values sent. */
export async function rateReportAction(ticketId: string, _previous: RequestFormState, formData: FormData): Promise<RequestFormState> {
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
      logger.info({ ticketId, userId: user.id, code: error.code }, "report rating rejected");
      return { fieldErrors: {}, formError: error.code === "ticket.alreadyRated" ? "alreadyRated" : "notRateable", values };
    }
    throw error;
  }

  await setFlash({ tone: "success", messageKey: reopened ? "tickets.rating.reopened" : "tickets.rating.thanks" });
  redirect(reportDetailPath(ticketId));
}
