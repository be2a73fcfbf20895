import "server-only";

import { endOfRomeDay, startOfRomeDay } from "@/lib/charter/rome-time";
import { db } from "@/lib/db/client";
import type { Division, Prisma, TicketPriority, TicketState } from "@/lib/generated/prisma/client";
import { loadStandardsCalendars } from "@/lib/tickets/queue/load-standards-calendars";
import { decodeQueueCursor, encodeQueueCursor } from "@/lib/tickets/queue/queue-cursor";
import { queuePageSize, type QueueFilters } from "@/lib/tickets/queue/queue-filters";
import { cursorOf, keysetFor } from "@/lib/tickets/queue/queue-keyset";
import { openTicketWhere, queueDivisionsOf } from "@/lib/tickets/queue/queue-scope";
import { dueSoonLimit, remainingWorkingDays } from "@/lib/tickets/queue/working-time";
import { operatorTicketScope, type TicketActor } from "@/lib/tickets/ticket-access";

/** One row of the back-office queue. */
export type QueueRow = {
  id: string;
  protocol: string;
  division: Division;
  subject: string;
  /** The requester's name, or null for a ticket opened without one. */
  customerName: string | null;
  categoryLabels: { it: string; en: string; ar: string };
  priority: TicketPriority;
  state: TicketState;
  version: number;
  dueAt: Date | null;
  /** Working days left to the due date, negative once it has passed; null without a due date. */
  workingDaysLeft: number | null;
  assigneeId: string | null;
  assigneeName: string | null;
};

export type QueuePage = {
  rows: QueueRow[];
  /** Opaque cursors for the next and previous page links, null at either end. */
  nextCursor: string | null;
  previousCursor: string | null;
};

const queueRowSelect = {
  id: true,
  protocol: true,
  division: true,
  subject: true,
  priority: true,
  state: true,
  version: true,
  dueAt: true,
  openedAt: true,
  assigneeId: true,
  assignee: { select: { displayName: true } },
  category: { select: { labelIt: true, labelEn: true, labelAr: true } },
  requester: { select: { givenName: true, familyName: true, legalName: true } },
} as const;

type QueueRecord = Prisma.TicketGetPayload<{ select: typeof queueRowSelect }>;

/** Returns a person's display name: the legal name of a company, else given and family name. */
export function personNameOf(person: { givenName: string | null; familyName: string | null; legalName: string | null } | null): string | null {
  if (!person) return null;
  if (person.legalName) return person.legalName;

  const name = [person.givenName, person.familyName].filter(Boolean).join(" ");
  return name || null;
}

/**
 * Builds the `where` clause of the queue's filters, inside the user's division scope. Without
 * a state filter the queue lists open tickets only.
 */
export async function queueWhere(user: TicketActor, filters: QueueFilters, now: Date): Promise<Prisma.TicketWhereInput> {
  const conditions: Prisma.TicketWhereInput[] = [operatorTicketScope(user, "read")];

  conditions.push(filters.state ? { state: filters.state } : openTicketWhere);
  if (filters.category) conditions.push({ categoryId: filters.category });
  if (filters.nature) conditions.push({ nature: filters.nature });
  if (filters.channel) conditions.push({ channel: filters.channel });
  if (filters.priority) conditions.push({ priority: filters.priority });
  if (filters.team) conditions.push({ teamId: filters.team });

  if (filters.assignee === "mine") conditions.push({ assigneeId: user.id });
  else if (filters.assignee === "unassigned") conditions.push({ assigneeId: null });
  else if (filters.assignee) conditions.push({ assigneeId: filters.assignee });

  if (filters.openedFrom) conditions.push({ openedAt: { gte: startOfRomeDay(filters.openedFrom) } });
  if (filters.openedTo) conditions.push({ openedAt: { lte: endOfRomeDay(filters.openedTo) } });

  if (filters.sla) conditions.push(await slaWhere(user, filters.sla, now));

  if (filters.q) {
    const contains = { contains: filters.q, mode: "insensitive" as const };
    conditions.push({
      OR: [
        { protocol: contains },
        { subject: contains },
        { requester: { is: { OR: [{ givenName: contains }, { familyName: contains }, { legalName: contains }] } } },
      ],
    });
  }

  return { AND: conditions };
}

async function slaWhere(user: TicketActor, sla: NonNullable<QueueFilters["sla"]>, now: Date): Promise<Prisma.TicketWhereInput> {
  if (sla === "overdue") return { dueAt: { lt: now } };
  if (sla === "paused") return { serviceClocks: { some: { state: "paused" } } };

  // Working days differ by division only through their calendars' closures, so each division gets its own limit.
  const calendars = await loadStandardsCalendars(queueDivisionsOf(user), now);
  return { OR: [...calendars].map(([division, calendar]) => ({ division, dueAt: { gte: now, lte: dueSoonLimit(calendar, now) } })) };
}

/**
 * Lists one page of the user's queue with keyset pagination: `filters.after` or
 * `filters.before` contains the cursor of the page edge. One extra row is read to tell whether
 * another page follows.
 */
export async function listTicketQueue(user: TicketActor, filters: QueueFilters, now: Date = new Date()): Promise<QueuePage> {
  const cursor = decodeQueueCursor(filters.before ?? filters.after, filters.sort);
  // A cursor that does not decode starts the queue again from its first page.
  const direction = filters.before && cursor ? "before" : "after";
  const keyset = keysetFor(filters.sort, cursor, direction);

  const where = await queueWhere(user, filters, now);
  const records = await db().ticket.findMany({
    where: keyset.where ? { AND: [where, keyset.where] } : where,
    orderBy: keyset.orderBy,
    take: queuePageSize + 1,
    select: queueRowSelect,
  });

  const hasMore = records.length > queuePageSize;
  const pageRecords = records.slice(0, queuePageSize);
  if (direction === "before") pageRecords.reverse();

  const rows = await toQueueRows(user, pageRecords, now);
  const first = pageRecords[0];
  const last = pageRecords.at(-1);

  // Reading forwards, a valid cursor means rows lie behind it; reading backwards, the cursor's own row lies ahead.
  const hasNext = direction === "after" ? hasMore : cursor !== null;
  const hasPrevious = direction === "after" ? cursor !== null : hasMore;

  return {
    rows,
    nextCursor: hasNext && last ? encodeQueueCursor(cursorOf(filters.sort, last)) : null,
    previousCursor: hasPrevious && first ? encodeQueueCursor(cursorOf(filters.sort, first)) : null,
  };
}

async function toQueueRows(user: TicketActor, records: QueueRecord[], now: Date): Promise<QueueRow[]> {
  const calendars = records.some((record) => record.dueAt) ? await loadStandardsCalendars(queueDivisionsOf(user), now) : new Map();

  return records.map((record) => {
    const calendar = calendars.get(record.division);

    return {
      id: record.id,
      protocol: record.protocol,
      division: record.division,
      subject: record.subject,
      customerName: personNameOf(record.requester),
      categoryLabels: { it: record.category.labelIt, en: record.category.labelEn, ar: record.category.labelAr },
      priority: record.priority,
      state: record.state,
      version: record.version,
      dueAt: record.dueAt,
      workingDaysLeft: record.dueAt && calendar ? remainingWorkingDays(calendar, now, record.dueAt) : null,
      assigneeId: record.assigneeId,
      assigneeName: record.assignee?.displayName ?? null,
    };
  });
}

