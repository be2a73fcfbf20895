import "server-only";

import { db } from "@/lib/db/client";
import type { Division, Prisma, TicketPriority, TicketState } from "@/lib/generated/prisma/client";
import { loadStandardsCalendars } from "@/lib/tickets/queue/load-standards-calendars";
import { decodeQueueCursor, encodeQueueCursor } from "@/lib/tickets/queue/queue-cursor";
import { queueFilterSql } from "@/lib/tickets/queue/queue-filter-sql";
import { queuePageSize, type QueueFilters } from "@/lib/tickets/queue/queue-filters";
import { cursorOf, needsFence, pageIdsSql, pageSegments, type KeysetSegment } from "@/lib/tickets/queue/queue-keyset";
import { queueDivisionsOf } from "@/lib/tickets/queue/queue-scope";
import { remainingWorkingDays } from "@/lib/tickets/queue/working-time";
import type { TicketActor } from "@/lib/tickets/ticket-access";

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

/** Reads the ids of one keyset page, segment after segment, until it has `limit` ids. */
async function readPageIds(filterSql: Prisma.Sql, segments: KeysetSegment[], limit: number, fenced: boolean): Promise<string[]> {
  const ids: string[] = [];

  for (const segment of segments) {
    const remaining = limit - ids.length;
    if (remaining <= 0) break;

    const rows = await db().$queryRaw<Array<{ id: string }>>(pageIdsSql(filterSql, segment, remaining, fenced));
    ids.push(...rows.map((row) => row.id));
  }

  return ids;
}

/**
 * Lists one page of the user's queue with keyset pagination: `filters.after` or
 * `filters.before` contains the cursor of the page edge. The page's ids come from raw SQL
 * whose cursor conditions are row comparisons (see `queue-keyset.ts`), so a deep page starts
 * its index scan at the cursor. The rows are then loaded by id. One extra row is read to tell
 * whether another page follows.
 */
export async function listTicketQueue(user: TicketActor, filters: QueueFilters, now: Date = new Date()): Promise<QueuePage> {
  const cursor = decodeQueueCursor(filters.before ?? filters.after, filters.sort);
  // A cursor that does not decode starts the queue again from its first page.
  const direction = filters.before && cursor ? "before" : "after";
  const segments = pageSegments(filters, cursor, direction);

  const filterSql = await queueFilterSql(user, filters, now);
  const ids = await readPageIds(filterSql, segments, queuePageSize + 1, needsFence(filters));

  const hasMore = ids.length > queuePageSize;
  const pageIds = ids.slice(0, queuePageSize);
  if (direction === "before") pageIds.reverse();

  const records = await db().ticket.findMany({ where: { id: { in: pageIds } }, select: queueRowSelect });
  const byId = new Map(records.map((record) => [record.id, record]));
  const pageRecords = pageIds.flatMap((id) => byId.get(id) ?? []);

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

