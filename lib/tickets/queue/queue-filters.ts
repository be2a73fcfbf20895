import { z } from "zod";

import { withoutControlCharacters } from "@/lib/customers/search-text";
import { Channel, TicketNature, TicketPriority, TicketState } from "@/lib/generated/prisma/enums";

/** Orders the queue can be sorted in: nearest due date first, most urgent first, newest first. */
export const queueSorts = ["due", "priority", "created"] as const;
export type QueueSort = (typeof queueSorts)[number];

/** Service-level views: past the due date, due within two working days, clock paused. */
export const slaFilters = ["overdue", "dueSoon", "paused"] as const;
export type SlaFilter = (typeof slaFilters)[number];

export const queuePageSize = 25;

const plainDatePattern = /^\d{4}-\d{2}-\d{2}$/;

/** Wraps the schema of one query-string value. An empty GET form field arrives as "", which means "no filter". */
function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (Array.isArray(value) ? value[0] : value) || undefined, schema.optional()).catch(undefined);
}

/**
 * Filters of the back-office queue, read from the query string of its GET form. An invalid
 * value drops that one filter instead of failing the page, because the URL is user-editable.
 */
export const queueFiltersSchema = z.object({
  state: optional(z.enum(TicketState)),
  category: optional(z.uuid()),
  nature: optional(z.enum(TicketNature)),
  channel: optional(z.enum(Channel)),
  priority: optional(z.enum(TicketPriority)),
  /** "mine", "unassigned" or an operator's user id. */
  assignee: optional(z.union([z.literal("mine"), z.literal("unassigned"), z.uuid()])),
  team: optional(z.uuid()),
  sla: optional(z.enum(slaFilters)),
  openedFrom: optional(z.string().regex(plainDatePattern)),
  openedTo: optional(z.string().regex(plainDatePattern)),
  q: optional(z.string().transform(withoutControlCharacters).pipe(z.string().trim().min(1).max(100))),
  sort: z.preprocess((value) => (Array.isArray(value) ? value[0] : value), z.enum(queueSorts)).catch("due"),
  after: optional(z.string().max(400)),
  before: optional(z.string().max(400)),
});

export type QueueFilters = z.output<typeof queueFiltersSchema>;

/** Parses the queue's query string. Every field falls back through `.catch`, so an invalid value is dropped rather than thrown. */
export function parseQueueFilters(searchParams: Record<string, string | string[] | undefined>): QueueFilters {
  return queueFiltersSchema.parse(searchParams);
}
