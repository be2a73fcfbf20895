import type { Prisma, TicketPriority } from "@/lib/generated/prisma/client";
import type { QueueCursor } from "@/lib/tickets/queue/queue-cursor";
import type { QueueSort } from "@/lib/tickets/queue/queue-filters";

/** Priorities from the most to the least urgent, the order of the "priority" sort. */
const prioritiesByUrgency: readonly TicketPriority[] = ["urgent", "high", "normal", "low"];

/** Direction of a page from its cursor: the rows after it, or the rows before it. */
export type KeysetDirection = "after" | "before";

type Keyset = { where: Prisma.TicketWhereInput | null; orderBy: Prisma.TicketOrderByWithRelationInput[] };

/** Returns the cursor of a row in the given sort. */
export function cursorOf(sort: QueueSort, row: { id: string; dueAt: Date | null; priority: TicketPriority; openedAt: Date }): QueueCursor {
  if (sort === "due") return { sort, key: row.dueAt?.toISOString() ?? null, id: row.id };
  if (sort === "priority") return { sort, key: row.priority, id: row.id };
  return { sort, key: row.openedAt.toISOString(), id: row.id };
}

function instantOf(key: string | null): Date | null {
  if (key === null) return null;
  const instant = new Date(key);
  return Number.isNaN(instant.getTime()) ? null : instant;
}

/**
 * Builds the `where` and `orderBy` of one page in keyset order: every sort ends on the id, so
 * the order is total and a row inserted meanwhile never shifts a page the way OFFSET does.
 * Reading "before" a cursor reverses the order; the caller reverses the rows back. `where` is
 * null when there is no cursor, or it does not fit the sort.
 * NOTE: PostgreSQL 15 applies these OR conditions as a filter, not as an index range, so a deep
 * page still walks the index from its start. A raw SQL row comparison `(key, id) > (…)` would not.
 */
export function keysetFor(sort: QueueSort, cursor: QueueCursor | null, direction: KeysetDirection): Keyset {
  const forward = direction === "after";

  if (sort === "due") return dueKeyset(cursor, forward);
  if (sort === "priority") return priorityKeyset(cursor, forward);
  return createdKeyset(cursor, forward);
}

/** Nearest due date first, tickets without a due date last. */
function dueKeyset(cursor: QueueCursor | null, forward: boolean): Keyset {
  const orderBy: Prisma.TicketOrderByWithRelationInput[] = forward
    ? [{ dueAt: { sort: "asc", nulls: "last" } }, { id: "asc" }]
    : [{ dueAt: { sort: "desc", nulls: "first" } }, { id: "desc" }];
  if (!cursor) return { where: null, orderBy };

  const dueAt = instantOf(cursor.key);
  if (cursor.key !== null && dueAt === null) return { where: null, orderBy };
  const idStep = forward ? { gt: cursor.id } : { lt: cursor.id };

  if (dueAt === null) {
    // The cursor sits among the tickets without a due date, which come after every dated one.
    const where = forward ? { dueAt: null, id: idStep } : { OR: [{ dueAt: null, id: idStep }, { dueAt: { not: null } }] };
    return { where, orderBy };
  }

  const where = forward
    ? { OR: [{ dueAt, id: idStep }, { dueAt: { gt: dueAt } }, { dueAt: null }] }
    : { OR: [{ dueAt, id: idStep }, { dueAt: { lt: dueAt } }] };
  return { where, orderBy };
}

/** Most urgent first. Priority is an enum, so "more urgent" is a set of values rather than a comparison. */
function priorityKeyset(cursor: QueueCursor | null, forward: boolean): Keyset {
  const orderBy: Prisma.TicketOrderByWithRelationInput[] = forward
    ? [{ priority: "desc" }, { id: "asc" }]
    : [{ priority: "asc" }, { id: "desc" }];
  if (!cursor) return { where: null, orderBy };

  const rank = prioritiesByUrgency.indexOf(cursor.key as TicketPriority);
  if (rank < 0) return { where: null, orderBy };

  const priority = prioritiesByUrgency[rank]!;
  const beyond = forward ? prioritiesByUrgency.slice(rank + 1) : prioritiesByUrgency.slice(0, rank);
  const where = { OR: [{ priority, id: forward ? { gt: cursor.id } : { lt: cursor.id } }, { priority: { in: [...beyond] } }] };
  return { where, orderBy };
}

/** Newest first. */
function createdKeyset(cursor: QueueCursor | null, forward: boolean): Keyset {
  const orderBy: Prisma.TicketOrderByWithRelationInput[] = forward ? [{ openedAt: "desc" }, { id: "desc" }] : [{ openedAt: "asc" }, { id: "asc" }];
  if (!cursor) return { where: null, orderBy };

  const openedAt = instantOf(cursor.key);
  if (openedAt === null) return { where: null, orderBy };

  const where = forward
    ? { OR: [{ openedAt, id: { lt: cursor.id } }, { openedAt: { lt: openedAt } }] }
    : { OR: [{ openedAt, id: { gt: cursor.id } }, { openedAt: { gt: openedAt } }] };
  return { where, orderBy };
}
