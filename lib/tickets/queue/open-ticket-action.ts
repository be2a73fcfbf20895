"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { isAppError } from "@/lib/errors/app-error";
import { setFlash } from "@/lib/flash/set-flash";
import { logger } from "@/lib/log/logger";
import { createTicket } from "@/lib/tickets/create-ticket";
import { newTicketPath, queuePath, ticketPagePath } from "@/lib/tickets/queue/queue-links";
import { newTicketFields, newTicketFormSchema, onBehalfInputOf } from "@/lib/tickets/queue/new-ticket-form-schema";
import { requireTicketOperator } from "@/lib/tickets/queue/require-ticket-operator";
import { fieldErrorsOf, textOf, type TicketFormState } from "@/lib/tickets/queue/ticket-form-state";

/** Errors of `createTicket` that the form words itself. The message key is the code without `ticket.`. */
const knownCodes = new Set(["ticket.permissionDenied", "ticket.invalidInput", "ticket.categoryNotFound", "ticket.supplyNotFound", "ticket.dwellingNotFound"]);

/**
 * Opens a ticket for the customer the operator picked. The form view's idempotency key makes a
 * second submit return the ticket the first one opened. On success it redirects to the ticket.
 */
export async function openTicketAction(_previous: TicketFormState, formData: FormData): Promise<TicketFormState> {
  const values = Object.fromEntries(newTicketFields.map((field) => [field, textOf(formData, field)]));
  const user = await requireTicketOperator("update", newTicketPath);

  const parsed = newTicketFormSchema.safeParse(values);
  if (!parsed.success) return { status: "invalid", values, fieldErrors: fieldErrorsOf(parsed.error), errorCode: null, current: null };

  let ticketId: string;
  try {
    const { ticket, created } = await createTicket(user, onBehalfInputOf(parsed.data));
    ticketId = ticket.id;
    await setFlash({ tone: "success", messageKey: created ? "backoffice.flash.opened" : "backoffice.flash.alreadyOpened", values: { protocol: ticket.protocol } });
  } catch (error) {
    if (isAppError(error) && knownCodes.has(error.code)) {
      logger.info({ userId: user.id, requesterId: parsed.data.requesterId, code: error.code }, "ticket for a customer rejected");
      return { status: "error", values, fieldErrors: {}, errorCode: error.code.replace("ticket.", ""), current: null };
    }

    logger.error({ err: error, userId: user.id }, "opening a ticket for a customer failed");
    throw error;
  }

  revalidatePath(queuePath);
  redirect(ticketPagePath(ticketId));
}
