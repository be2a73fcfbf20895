import "server-only";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ZodError } from "zod";

import { setFlash } from "@/lib/flash/set-flash";
import { logger } from "@/lib/log/logger";
import { queuePath, ticketPagePath } from "@/lib/tickets/queue/queue-links";
import { requireTicketOperator } from "@/lib/tickets/queue/require-ticket-operator";
import { fieldErrorsOf, formStateFromError, textOf, type TicketFormState } from "@/lib/tickets/queue/ticket-form-state";
import type { TicketActor } from "@/lib/tickets/ticket-access";

export type Mutation<Input> = (user: TicketActor, input: Input) => Promise<unknown>;

/**
 * Runs one ticket form: checks the session, parses the fields, calls `lib/tickets`, then
 * revalidates the ticket and the queue and redirects back with a flash message. Errors the
 * form can word come back as state with the typed values; any other error is logged and rethrown.
 */
export async function runTicketForm<Input extends { ticketId: string }>(
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
