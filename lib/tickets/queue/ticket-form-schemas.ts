import { z } from "zod";

import { TicketState } from "@/lib/generated/prisma/enums";

// Error messages here are keys under `backoffice.ticket.errors`, worded by the form.

const ticketId = z.uuid({ error: "invalidTicket" });
const version = z.coerce.number({ error: "invalidTicket" }).int({ error: "invalidTicket" }).positive({ error: "invalidTicket" });
const messageBody = z.string().trim().min(1, { error: "bodyRequired" }).max(5000, { error: "bodyTooLong" });

export const replyFormSchema = z.object({ ticketId, version, body: messageBody });

export const noteFormSchema = z.object({ ticketId, body: messageBody });

/** The reason is required to wait for the customer, because the clock's pause needs it on record. */
export const stateFormSchema = z
  .object({
    ticketId,
    version,
    toState: z.enum(TicketState, { error: "stateRequired" }),
    reason: z.string().trim().max(2000, { error: "reasonTooLong" }),
  })
  .refine((input) => input.toState !== "waitingForCustomer" || input.reason.length > 0, { path: ["reason"], error: "reasonRequired" });

/** An empty assignee takes the ticket off its current assignee. */
export const assignFormSchema = z.object({
  ticketId,
  version,
  assigneeId: z.union([z.literal("").transform(() => null), z.uuid({ error: "assigneeInvalid" })]),
});
