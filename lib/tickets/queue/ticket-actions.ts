"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { setFlash } from "@/lib/flash/set-flash";
import { logger } from "@/lib/log/logger";
import { addInternalNote } from "@/lib/tickets/add-internal-note";
import { assignTicket } from "@/lib/tickets/assign-ticket";
import { changeTicketState } from "@/lib/tickets/change-ticket-state";
import { replyToTicket } from "@/lib/tickets/reply-to-ticket";
import { queuePath, ticketPagePath } from "@/lib/tickets/queue/queue-links";
import { requireTicketOperator } from "@/lib/tickets/queue/require-ticket-operator";
import { bulkAssignTickets, bulkChangeTicketState, bulkTicketLimit, type BulkOutcome } from "@/lib/tickets/queue/bulk-ticket-actions";
import { bulkStateFormSchema, parseAssignTarget, parseBulkSelection, protocolSummary } from "@/lib/tickets/queue/bulk-form-schemas";
import { assignFormSchema, noteFormSchema, replyFormSchema, stateFormSchema } from "@/lib/tickets/queue/ticket-form-schemas";
import { runTicketForm } from "@/lib/tickets/queue/run-ticket-form";
import { formStateFromError, textOf, type TicketFormState } from "@/lib/tickets/queue/ticket-form-state";
import { uploadProblemMessage } from "@/lib/uploads/upload-problem-message";
import { writeUploadFiles } from "@/lib/uploads/store-uploads";
import { validateUploads } from "@/lib/uploads/validate-uploads";

/**
 * Checks the files sent with a reply or a note. Returns the valid uploads, or the form state
 * that keeps the typed text and says which file to change.
 */
async function attachedUploads(formData: FormData, fields: readonly string[]) {
  const ticketId = textOf(formData, "ticketId");
  await requireTicketOperator("update", ticketId ? ticketPagePath(ticketId) : queuePath);

  const validation = await validateUploads(formData.getAll("files"));
  if (validation.ok) return { uploads: validation.uploads, rejected: null };

  const values = Object.fromEntries(fields.map((field) => [field, textOf(formData, field)]));
  const rejected: TicketFormState = {
    status: "invalid",
    values,
    fieldErrors: {},
    errorCode: null,
    current: null,
    fileError: await uploadProblemMessage(validation.problem),
  };
  return { uploads: [], rejected };
}

/** Sends a public reply to the customer, with any attached files visible to them too. */
export async function replyAction(_previous: TicketFormState, formData: FormData): Promise<TicketFormState> {
  const fields = ["ticketId", "version", "body"];
  const { uploads, rejected } = await attachedUploads(formData, fields);
  if (rejected) return rejected;

  return runTicketForm(
    formData,
    fields,
    replyFormSchema,
    async (user, input) => replyToTicket(user, input, new Date(), await writeUploadFiles(uploads)),
    "backoffice.flash.replied",
  );
}

/** Adds an internal note, never shown to the customer, with files that stay internal as well. */
export async function noteAction(_previous: TicketFormState, formData: FormData): Promise<TicketFormState> {
  const fields = ["ticketId", "body", "idempotencyKey"];
  const { uploads, rejected } = await attachedUploads(formData, fields);
  if (rejected) return rejected;

  return runTicketForm(
    formData,
    fields,
    noteFormSchema,
    async (user, input) => addInternalNote(user, input, new Date(), await writeUploadFiles(uploads)),
    "backoffice.flash.noted",
  );
}

/** Moves the ticket to another state. */
export async function changeStateAction(_previous: TicketFormState, formData: FormData): Promise<TicketFormState> {
  return runTicketForm(
    formData,
    ["ticketId", "version", "toState", "reason"],
    stateFormSchema,
    (user, input) => changeTicketState(user, { ...input, reason: input.reason || undefined }),
    "backoffice.flash.stateChanged",
  );
}

/** Assigns the ticket to an operator, or takes it off its assignee. */
export async function assignAction(_previous: TicketFormState, formData: FormData): Promise<TicketFormState> {
  return runTicketForm(formData, ["ticketId", "version", "assigneeId"], assignFormSchema, (user, input) => assignTicket(user, input), "backoffice.flash.assigned");
}

/**
 * Assigns a ticket to the signed-in operator from a queue row. It has no form state, so
 * errors come back as a flash message on the queue; the queue's query string is kept.
 */
export async function claimAction(formData: FormData): Promise<void> {
  const values = { ticketId: textOf(formData, "ticketId"), version: textOf(formData, "version") };
  const returnQuery = textOf(formData, "returnQuery", 1000);
  const returnTo = returnQuery.startsWith("?") ? `${queuePath}${returnQuery}` : queuePath;
  const user = await requireTicketOperator("update", returnTo);

  const parsed = assignFormSchema.safeParse({ ...values, assigneeId: user.id });
  if (!parsed.success) {
    await setFlash({ tone: "error", messageKey: "backoffice.ticket.errors.invalidTicket" });
    redirect(returnTo);
  }

  try {
    await assignTicket(user, parsed.data);
    await setFlash({ tone: "success", messageKey: "backoffice.flash.claimed" });
  } catch (error) {
    const state = formStateFromError(error, values);
    if (!state) {
      logger.error({ err: error, ticketId: values.ticketId, userId: user.id }, "ticket claim failed");
      throw error;
    }
    await setFlash({ tone: "error", messageKey: `backoffice.ticket.errors.${state.errorCode}` });
  }

  revalidatePath(queuePath);
  redirect(returnTo);
}

/** Path of the queue with the query string the bulk form posted, so the operator lands on the same view. */
function queueReturnPath(formData: FormData): string {
  const returnQuery = textOf(formData, "returnQuery", 1000);
  return returnQuery.startsWith("?") ? `${queuePath}${returnQuery}` : queuePath;
}

/** Sets the flash message of a bulk action: every ticket changed, or how many were not and which. */
async function flashBulkOutcome(outcome: BulkOutcome): Promise<void> {
  if (outcome.failed.length === 0) {
    await setFlash({ tone: "success", messageKey: "backoffice.flash.bulkApplied", values: { applied: outcome.applied.length } });
    return;
  }

  // Tickets outside the user's divisions have no protocol to name.
  const named = outcome.failed.flatMap((failure) => (failure.protocol ? [failure.protocol] : []));
  if (named.length === 0) {
    await setFlash({ tone: "warning", messageKey: "backoffice.flash.bulkPartialNotFound", values: { applied: outcome.applied.length, failed: outcome.failed.length } });
    return;
  }

  await setFlash({
    tone: "warning",
    messageKey: "backoffice.flash.bulkPartial",
    values: { applied: outcome.applied.length, failed: outcome.failed.length, protocols: protocolSummary(named) },
  });
}

/** Reads the checked rows. On an empty or oversized selection it sets the error flash and returns null. */
async function selectionOf(formData: FormData): Promise<{ id: string; version: number }[] | null> {
  const values = formData.getAll("ticket");
  const selection = values.length <= bulkTicketLimit ? parseBulkSelection(values) : null;
  if (!selection) await setFlash({ tone: "error", messageKey: "backoffice.flash.bulkSelectionInvalid", values: { limit: bulkTicketLimit } });

  return selection;
}

/** Assigns every checked queue row to the operator, another operator of the division, or a team. */
export async function bulkAssignAction(formData: FormData): Promise<void> {
  const returnTo = queueReturnPath(formData);
  const user = await requireTicketOperator("update", returnTo);

  const tickets = await selectionOf(formData);
  const target = parseAssignTarget(textOf(formData, "assignTo", 100));
  if (tickets && !target) await setFlash({ tone: "error", messageKey: "backoffice.flash.bulkAssigneeRequired" });

  if (tickets && target) {
    const assignment =
      target.kind === "team" ? { teamId: target.id } : { assigneeId: target.kind === "me" ? user.id : target.id };
    const outcome = await bulkAssignTickets(user, { tickets, ...assignment });
    logger.info({ userId: user.id, applied: outcome.applied.length, failed: outcome.failed.length }, "bulk ticket assignment");
    await flashBulkOutcome(outcome);
    revalidatePath(queuePath);
  }

  redirect(returnTo);
}

/** Moves every checked queue row to the chosen state, and names in the flash message the rows it could not move. */
export async function bulkStateAction(formData: FormData): Promise<void> {
  const returnTo = queueReturnPath(formData);
  const user = await requireTicketOperator("update", returnTo);

  const tickets = await selectionOf(formData);
  const parsed = bulkStateFormSchema.safeParse({ toState: textOf(formData, "toState", 40), reason: textOf(formData, "reason", 2000) });
  if (tickets && !parsed.success) await setFlash({ tone: "error", messageKey: "backoffice.flash.bulkStateRequired" });

  if (tickets && parsed.success) {
    const outcome = await bulkChangeTicketState(user, { tickets, toState: parsed.data.toState, reason: parsed.data.reason || undefined });
    logger.info({ userId: user.id, toState: parsed.data.toState, applied: outcome.applied.length, failed: outcome.failed.length }, "bulk ticket state change");
    await flashBulkOutcome(outcome);
    revalidatePath(queuePath);
  }

  redirect(returnTo);
}
