import { z } from "zod";

import { pauseReasons } from "@/lib/charter/pause-reasons";
import { Channel, EventVisibility, TicketPriority, TicketState } from "@/lib/generated/prisma/enums";

/**
 * Text a ticket stores. A NUL character, which only a crafted request carries, is dropped:
 * PostgreSQL rejects it in a text column, so the save would fail.
 */
export const storedText = () => z.string().overwrite((value) => value.replaceAll("\u0000", ""));

const subject = storedText().trim().min(3).max(200);
const description = storedText().trim().min(10).max(5000);
const messageBody = storedText().trim().min(1).max(5000);

/**
 * Random id the form view generates once when it renders. A second submit of the same view
 * carries the same key, so it finds the ticket the first one created instead of opening another.
 */
const idempotencyKey = z.uuid();

/** Fields every new ticket has, whoever opens it. */
const ticketFields = {
  categoryId: z.uuid(),
  subject,
  description,
  supplyId: z.uuid().optional(),
  dwellingId: z.uuid().optional(),
  idempotencyKey,
};

/** A customer, tenant or caretaker opening a ticket for themselves through the portal. */
export const selfServiceTicketSchema = z.object({
  openedBy: z.literal("selfService"),
  ...ticketFields,
});

/** An operator opening a ticket for a customer who called, wrote or came to a counter. */
export const onBehalfTicketSchema = z.object({
  openedBy: z.literal("operator"),
  ...ticketFields,
  channel: z.enum(Channel),
  /** The customer or tenant the ticket is about. Null when they have no record yet, for example a passer-by reporting a leak. */
  requesterId: z.uuid().optional(),
  /** Reply address of a requester without an account. */
  contactEmail: z.email().optional(),
  /** Overrides the category's default priority. */
  priority: z.enum(TicketPriority).optional(),
});

export const createTicketSchema = z.discriminatedUnion("openedBy", [selfServiceTicketSchema, onBehalfTicketSchema]);

export type CreateTicketInput = z.input<typeof createTicketSchema>;

/** Every update names the version the operator saw, so a stale form gets `ticket.conflict` instead of overwriting. */
const versioned = {
  ticketId: z.uuid(),
  version: z.int().positive(),
};

export const changeTicketStateSchema = z.object({
  ...versioned,
  toState: z.enum(TicketState),
  /** Reason for the move, shown in the timeline. Required when the ticket waits for the customer, because a clock pause needs a reason on record. */
  reason: storedText().trim().max(2000).optional(),
  /** Cause of the clock pause while the ticket waits for the customer. Only causes on the customer's or a third party's side stop the clock. */
  pauseReason: z.enum(pauseReasons).default("waitingForCustomerAnswer"),
});

export type ChangeTicketStateInput = z.input<typeof changeTicketStateSchema>;

export const assignTicketSchema = z.object({
  ...versioned,
  /**
   * Null takes the ticket off its current assignee. Left out together with a team, it keeps the
   * current assignee when they are a member of that team, else takes the ticket off them.
   */
  assigneeId: z.uuid().nullable().optional(),
  teamId: z.uuid().nullable().optional(),
});

export type AssignTicketInput = z.input<typeof assignTicketSchema>;

export const replyToTicketSchema = z.object({ ...versioned, body: messageBody });

export type ReplyToTicketInput = z.input<typeof replyToTicketSchema>;

/** The idempotency key, set by the note form's view, makes a double submit store one note. */
export const addInternalNoteSchema = z.object({ ticketId: z.uuid(), body: messageBody, idempotencyKey: idempotencyKey.optional() });

export type AddInternalNoteInput = z.input<typeof addInternalNoteSchema>;

export const addCustomerMessageSchema = z.object({ ticketId: z.uuid(), body: messageBody });

export type AddCustomerMessageInput = z.input<typeof addCustomerMessageSchema>;

export const attachFileSchema = z.object({
  ticketId: z.uuid(),
  fileId: z.uuid(),
  visibility: z.enum(EventVisibility),
  body: storedText().trim().max(2000).optional(),
});

export type AttachFileInput = z.input<typeof attachFileSchema>;

export const mergeTicketsSchema = z.object({
  ...versioned,
  /** The ticket that stays open and takes over the duplicate's matter. */
  survivorId: z.uuid(),
});

export type MergeTicketsInput = z.input<typeof mergeTicketsSchema>;

export const pauseTicketClockSchema = z.object({
  ...versioned,
  reason: z.enum(pauseReasons),
  /** What shows the cause: the request sent to the customer, the moved appointment, the permit file. */
  evidence: storedText().trim().min(1).max(2000),
});

export type PauseTicketClockInput = z.input<typeof pauseTicketClockSchema>;

export const resumeTicketClockSchema = z.object({ ...versioned });

export type ResumeTicketClockInput = z.input<typeof resumeTicketClockSchema>;
