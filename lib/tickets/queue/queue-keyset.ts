import { Prisma, type TicketPriority } from "@/lib/generated/prisma/client";
import type { QueueCursor } from "@/lib/tickets/queue/queue-cursor";
import type { QueueFilters, QueueSort } from "@/lib/tickets/queue/queue-filters";

/** Priorities from the most to the least urgent, the order of the "priority" sort. */
export const prioritiesByUrgency: readonly TicketPriority[] = ["urgent", "high", "normal", "low"];

/** Direction of a page from its cursor: the rows after it, or the rows before it. */
export type KeysetDirection = "after" | "before";

/**
 * One index range of a keyset page: a condition on the table alias `t` and the order to read it
 * in. A page reads its segments in turn until it has enough rows. `priority` names the one
 * priority a segment of the priority sort reads, so the caller can skip it under a priority filter.
 */
export type KeysetSegment = {
  condition: Prisma.Sql;
  orderBy: Prisma.Sql;
  priority?: TicketPriority;
  /** Set on the due sort's segments: true for tickets with a due date, false for those without. */
  dated?: boolean;
};

/** Returns the cursor of a row in the given sort. */
export function cursorOf(sort: QueueSort, row: { id: string; dueAt: Date | null; priority: TicketPriority; openedAt: Date }): QueueCursor {
  if (sort === "due") return { sort, key: row.dueAt?.toISOString() ?? null, id: row.id };
  if (sort === "priority") return { sort, key: row.priority, id: row.id };
  return { sort, key: row.openedAt.toISOString(), id: row.id };
}

/** Instants PostgreSQL's timestamptz accepts from a cursor: years 0001 to 9999, the four-digit years of an ISO string. */
const fourDigitYearInstant = /^\d{4}-/;

/**
 * Reads a cursor's instant. A forged key such as "-271821-04-20" is a valid JavaScript date
 * but out of PostgreSQL's range, so it reads as no instant instead of failing the query.
 */
function instantOf(key: string | null): Date | null {
  if (key === null) return null;
  const instant = new Date(key);
  if (Number.isNaN(instant.getTime())) return null;
  return fourDigitYearInstant.test(instant.toISOString()) && instant.getUTCFullYear() >= 1 ? instant : null;
}

const always = Prisma.sql`TRUE`;

/**
 * Splits one page of a sort into segments that PostgreSQL reads as index ranges. A cursor
 * condition is a row comparison, `(t."dueAt", t.id) > (…)`, which the planner turns into the
 * start of an index scan on (dueAt, id), where the equivalent OR of two conditions is only a
 * filter. Tickets without a due date (last in the due sort) and each priority level get
 * their own segment for the same reason. Reading "before" a cursor reverses the order; the
 * caller reverses the rows back. A cursor that does not fit its sort reads as no cursor.
 */
export function keysetSegments(sort: QueueSort, cursor: QueueCursor | null, direction: KeysetDirection): KeysetSegment[] {
  const forward = direction === "after";

  if (sort === "due") return dueSegments(cursor, forward);
  if (sort === "priority") return prioritySegments(cursor, forward);
  return createdSegments(cursor, forward);
}

/** Nearest due date first, tickets without a due date last, by id. */
function dueSegments(cursor: QueueCursor | null, forward: boolean): KeysetSegment[] {
  const datedAscending = Prisma.sql`t."dueAt" ASC, t.id ASC`;
  const datedDescending = Prisma.sql`t."dueAt" DESC, t.id DESC`;
  const undatedAscending = Prisma.sql`t.id ASC`;
  const undatedDescending = Prisma.sql`t.id DESC`;
  const dated = Prisma.sql`t."dueAt" IS NOT NULL`;
  const undated = Prisma.sql`t."dueAt" IS NULL`;

  const dueAt = cursor ? instantOf(cursor.key) : null;
  const usable = cursor !== null && (cursor.key === null || dueAt !== null);

  if (!usable) {
    return forward
      ? [{ condition: dated, orderBy: datedAscending, dated: true }, { condition: undated, orderBy: undatedAscending, dated: false }]
      : [{ condition: undated, orderBy: undatedDescending, dated: false }, { condition: dated, orderBy: datedDescending, dated: true }];
  }

  if (dueAt === null) {
    // The cursor sits among the tickets without a due date, which come after every dated one.
    const beyond = forward ? Prisma.sql`t.id > ${cursor.id}::uuid` : Prisma.sql`t.id < ${cursor.id}::uuid`;
    const sameGroup = { condition: Prisma.sql`${undated} AND ${beyond}`, orderBy: forward ? undatedAscending : undatedDescending, dated: false };
    return forward ? [sameGroup] : [sameGroup, { condition: dated, orderBy: datedDescending, dated: true }];
  }

  const rowPosition = Prisma.sql`(t."dueAt", t.id)`;
  const cursorPosition = Prisma.sql`(${dueAt}::timestamptz, ${cursor.id}::uuid)`;
  if (!forward) return [{ condition: Prisma.sql`${dated} AND ${rowPosition} < ${cursorPosition}`, orderBy: datedDescending, dated: true }];

  return [
    { condition: Prisma.sql`${dated} AND ${rowPosition} > ${cursorPosition}`, orderBy: datedAscending, dated: true },
    { condition: undated, orderBy: undatedAscending, dated: false },
  ];
}

/**
 * Most urgent first, then by id. The sort mixes a descending priority with an ascending id,
 * which no single row comparison expresses, so each priority level is a segment of its own.
 */
function prioritySegments(cursor: QueueCursor | null, forward: boolean): KeysetSegment[] {
  const rank = cursor ? prioritiesByUrgency.indexOf(cursor.key as TicketPriority) : -1;
  const orderBy = forward ? Prisma.sql`t.id ASC` : Prisma.sql`t.id DESC`;
  const level = (priority: TicketPriority, extra: Prisma.Sql = always): KeysetSegment => ({
    condition: Prisma.sql`t.priority = ${priority}::"TicketPriority" AND ${extra}`,
    orderBy,
    priority,
  });

  if (!cursor || rank < 0) {
    const levels = forward ? prioritiesByUrgency : [...prioritiesByUrgency].reverse();
    return levels.map((priority) => level(priority));
  }

  const current = prioritiesByUrgency[rank]!;
  const beyondId = forward ? Prisma.sql`t.id > ${cursor.id}::uuid` : Prisma.sql`t.id < ${cursor.id}::uuid`;
  const nextLevels = forward ? prioritiesByUrgency.slice(rank + 1) : prioritiesByUrgency.slice(0, rank).reverse();

  return [level(current, beyondId), ...nextLevels.map((priority) => level(priority))];
}

/** Newest first. */
function createdSegments(cursor: QueueCursor | null, forward: boolean): KeysetSegment[] {
  const orderBy = forward ? Prisma.sql`t."openedAt" DESC, t.id DESC` : Prisma.sql`t."openedAt" ASC, t.id ASC`;
  const openedAt = cursor ? instantOf(cursor.key) : null;
  if (!cursor || openedAt === null) return [{ condition: always, orderBy }];

  const rowPosition = Prisma.sql`(t."openedAt", t.id)`;
  const cursorPosition = Prisma.sql`(${openedAt}::timestamptz, ${cursor.id}::uuid)`;
  const condition = forward ? Prisma.sql`${rowPosition} < ${cursorPosition}` : Prisma.sql`${rowPosition} > ${cursorPosition}`;
  return [{ condition, orderBy }];
}

/**
 * Returns the segments of a page under the queue's filters, leaving out those no row can
 * match: other priority levels under a priority filter, and tickets with a due date under the
 * "paused" service-level filter, because the clock service clears `Ticket.dueAt` while the
 * clock is paused. Reading a segment that matches nothing would walk its whole index range.
 */
export function pageSegments(filters: Pick<QueueFilters, "sort" | "priority" | "sla">, cursor: QueueCursor | null, direction: KeysetDirection): KeysetSegment[] {
  return keysetSegments(filters.sort, cursor, direction).filter((segment) => {
    if (filters.priority && segment.priority && segment.priority !== filters.priority) return false;
    return !(filters.sla === "paused" && segment.dated === true);
  });
}

/**
 * Builds the statement that reads the ids of one segment of a page. With `fenced`, the filters
 * run in a subquery behind `OFFSET 0`, which PostgreSQL does not flatten, so it collects the
 * matching rows through the filter's own index and sorts them, instead of walking the sort's
 * index and testing every row. The queue fences a date range: open tickets are recent, so a
 * month long past contains hardly any open one, and the unfenced plan then reads the whole index
 * before it gives up (measured in docs/benchmarks/ticket-queue.md).
 */
export function pageIdsSql(filterSql: Prisma.Sql, segment: KeysetSegment, limit: number, fenced: boolean): Prisma.Sql {
  if (!fenced) {
    return Prisma.sql`SELECT t.id FROM "Ticket" t WHERE ${filterSql} AND ${segment.condition} ORDER BY ${segment.orderBy} LIMIT ${limit}`;
  }

  return Prisma.sql`SELECT t.id FROM (
      SELECT t.id, t."dueAt", t.priority, t."openedAt" FROM "Ticket" t WHERE ${filterSql} AND ${segment.condition} OFFSET 0
    ) AS t
    ORDER BY ${segment.orderBy} LIMIT ${limit}`;
}

/** Returns true when the page's filters call for the fenced statement of `pageIdsSql`. */
export function needsFence(filters: Pick<QueueFilters, "openedFrom" | "openedTo">): boolean {
  return Boolean(filters.openedFrom || filters.openedTo);
}
