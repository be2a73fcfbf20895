import { z } from "zod";

import { exemptionReasons } from "@/lib/charter/exemption-reasons";
import { pauseReasons } from "@/lib/charter/pause-reasons";
import { TicketState } from "@/lib/generated/prisma/enums";

// Error messages here are keys under `backoffice.ticket.errors`, worded by the form.

const ticketId = z.uuid({ error: "invalidTicket" });
const version = z.coerce.number({ error: "invalidTicket" }).int({ error: "invalidTicket" }).positive({ error: "invalidTicket" });
const messageBody = z.string().trim().min(1, { error: "bodyRequired" }).max(5000, { error: "bodyTooLong" });

export const replyFormSchema = z.object({ ticketId, version, body: messageBody });

export const noteFormSchema = z.object({ ticketId, body: messageBody, idempotencyKey: z.uuid({ error: "invalidTicket" }) });

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

/** The survivor is typed as its protocol, the number operators read and quote. */
export const mergeFormSchema = z.object({
  ticketId,
  version,
  survivorProtocol: z
    .string()
    .trim()
    .min(1, { error: "survivorRequired" })
    .max(40, { error: "survivorRequired" })
    .regex(/^(SII|CASA)-\d{4}-\d{6}$/i, { error: "survivorInvalid" }),
});

export const pauseFormSchema = z.object({
  ticketId,
  version,
  reason: z.enum(pauseReasons, { error: "pauseReasonRequired" }),
  evidence: z.string().trim().min(1, { error: "evidenceRequired" }).max(2000, { error: "evidenceTooLong" }),
});

export const resumeFormSchema = z.object({ ticketId, version });

export const exemptionFormSchema = z.object({
  ticketId,
  reason: z.enum(exemptionReasons, { error: "exemptionReasonRequired" }),
  note: z.string().trim().min(1, { error: "exemptionNoteRequired" }).max(2000, { error: "exemptionNoteTooLong" }),
});
