import "server-only";

import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { customerTicketScope, operatorTicketScope, type TicketActor } from "@/lib/tickets/ticket-access";
import { ticketNotFound } from "@/lib/tickets/ticket-errors";
import { mayViewReporter, type OperatorTimelineEntry, type TimelineEntry } from "@/lib/tickets/ticket-view";

/** Event kinds whose `data` a customer may read: the survivor's protocol of a merge, the name of a public file. */
const customerReadableData = new Set(["merged", "attachmentAdded"]);

const timelineSelect = {
  id: true,
  kind: true,
  visibility: true,
  authorId: true,
  body: true,
  fromState: true,
  toState: true,
  clockState: true,
  data: true,
  createdAt: true,
  author: { select: { displayName: true, roles: true } },
} as const;

/** Events stored in the same millisecond keep the order they were written in. */
const timelineOrder: Prisma.TicketEventOrderByWithRelationInput[] = [{ createdAt: "asc" }, { sequence: "asc" }];

type TimelineRow = Prisma.TicketEventGetPayload<{ select: typeof timelineSelect }>;

const customerRoles = new Set(["holder", "condoAdmin", "tenant", "caretaker"]);

function byStaff(row: TimelineRow): boolean | null {
  if (!row.author) return null;
  return !row.author.roles.every((role) => customerRoles.has(role));
}

function dataOf(row: TimelineRow): Record<string, unknown> | null {
  const data = row.data;
  return data !== null && typeof data === "object" && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
}

/**
 * Lists the public events of one of the customer's own tickets, oldest first. Internal notes and
 * staff-only events are filtered out in the query, so they never leave the database. Another
 * customer's ticket raises `ticket.notFound`.
 */
export async function listTimelineForCustomer(user: TicketActor, ticketId: string): Promise<TimelineEntry[]> {
  const events = await db().ticketEvent.findMany({
    where: { visibility: "public", ticket: { AND: [{ id: ticketId }, customerTicketScope(user)] } },
    orderBy: timelineOrder,
    select: timelineSelect,
  });

  // An owned ticket always has its public `created` event, so an empty list means not found.
  if (events.length === 0) throw ticketNotFound(ticketId);

  return events.map((row) => ({
    id: row.id,
    kind: row.kind,
    visibility: row.visibility,
    byStaff: byStaff(row),
    body: row.body,
    fromState: row.fromState,
    toState: row.toState,
    clockState: row.clockState,
    data: customerReadableData.has(row.kind) ? dataOf(row) : null,
    createdAt: row.createdAt,
  }));
}

/** Lists every event of a ticket the operator may read, internal ones included, oldest first. */
export async function listTimelineForOperator(user: TicketActor, ticketId: string): Promise<OperatorTimelineEntry[]> {
  const ticket = await db().ticket.findFirst({
    where: { AND: [{ id: ticketId }, operatorTicketScope(user, "read")] },
    select: { id: true, reporterId: true, category: { select: { code: true } } },
  });
  if (!ticket) throw ticketNotFound(ticketId);

  const events = await db().ticketEvent.findMany({ where: { ticketId }, orderBy: timelineOrder, select: timelineSelect });
  const hideReporter = !mayViewReporter(user, ticket.category.code);

  return events.map((row) => ({
    id: row.id,
    kind: row.kind,
    visibility: row.visibility,
    byStaff: byStaff(row),
    body: row.body,
    fromState: row.fromState,
    toState: row.toState,
    clockState: row.clockState,
    data: dataOf(row),
    createdAt: row.createdAt,
    authorId: hideReporter && row.authorId === ticket.reporterId ? null : row.authorId,
    authorName: hideReporter && row.authorId === ticket.reporterId ? null : (row.author?.displayName ?? null),
  }));
}
