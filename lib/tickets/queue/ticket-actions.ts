"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ZodError } from "zod";

import { setFlash } from "@/lib/flash/set-flash";
import { logger } from "@/lib/log/logger";
import { addInternalNote } from "@/lib/tickets/add-internal-note";
import { assignTicket } from "@/lib/tickets/assign-ticket";
import { changeTicketState } from "@/lib/tickets/change-ticket-state";
import { replyToTicket } from "@/lib/tickets/reply-to-ticket";
import { queuePath, ticketPagePath } from "@/lib/tickets/queue/queue-links";
import { requireTicketOperator } from "@/lib/tickets/queue/require-ticket-operator";
import { assignFormSchema, noteFormSchema, replyFormSchema, stateFormSchema } from "@/lib/tickets/queue/ticket-form-schemas";
import { fieldErrorsOf, formStateFromError, textOf, type TicketFormState } from "@/lib/tickets/queue/ticket-form-state";
import type { TicketActor } from "@/lib/tickets/ticket-access";

type Mutation<Input> = (user: TicketActor, input: Input) => Promise<unknown>;

/**
 * Runs one ticket form: checks the session, parses the fields, calls `lib/tickets`, then
 * revalidates the ticket and the queue and redirects back with a flash message. Errors the
 * form can word come back as state with the typed values; any other error is logged and rethrown.
 */
async function runTicketForm<Input extends { ticketId: string }>(
  formData: FormData,
  fields: readonly string[],
  schema: { safeParse: (raw: unknown) => { success: true; data: Input } | { success: false; error: ZodError } },
  mutate: Mutation<Input>,
  flashKey: string,
): Promise<TicketFormState> {
  const values = Object.fromEntries(fields.map((field) => [field, textOf(formData, field)]));
  const user = await requireTicketOperator("update", values.ticketId ? ticketPagePath(values.ticketId) : queuePath);

  const parsed = schema.safeParse(values);
  if (!parsed.success) return { status: "invalid", values, fieldErrors: fieldErrorsOf(parsed.error), errorCode: null, current: null };

  try {
    await mutate(user, parsed.data);
  } catch (error) {
    const state = formStateFromError(error, values);
    if (state) return state;

    logger.error({ err: error, ticketId: parsed.data.ticketId, userId: user.id }, "ticket form failed");
    throw error;
  }

  revalidatePath(queuePath);
  revalidatePath(ticketPagePath(parsed.data.ticketId));
  await setFlash({ tone: "success", messageKey: flashKey });
  redirect(ticketPagePath(parsed.data.ticketId));
}

/** Sends a public reply to the customer. */
export async function replyAction(_previous: TicketFormState, formData: FormData): Promise<TicketFormState> {
  return runTicketForm(formData, ["ticketId", "version", "body"], replyFormSchema, (user, input) => replyToTicket(user, input), "backoffice.flash.replied");
}

/** Adds an internal note, never shown to the customer. */
export async function noteAction(_previous: TicketFormState, formData: FormData): Promise<TicketFormState> {
  return runTicketForm(formData, ["ticketId", "body"], noteFormSchema, (user, input) => addInternalNote(user, input), "backoffice.flash.noted");
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
