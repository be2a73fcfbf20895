import "server-only";

import { endOfRomeDay, startOfRomeDay } from "@/lib/charter/rome-time";
import { findPersonIdsByName } from "@/lib/customers/find-person-ids";
import { likePatternOf } from "@/lib/customers/like-pattern";
import { Prisma } from "@/lib/generated/prisma/client";
import { loadStandardsCalendars } from "@/lib/tickets/queue/load-standards-calendars";
import type { QueueFilters } from "@/lib/tickets/queue/queue-filters";
import { queueDivisionsOf } from "@/lib/tickets/queue/queue-scope";
import { dueSoonLimit } from "@/lib/tickets/queue/working-time";
import { operatorDivisionScope, type TicketActor } from "@/lib/tickets/ticket-access";
import { finalStates } from "@/lib/tickets/ticket-states";

/**
 * Builds the WHERE condition of the queue's filters on the table alias `t`, inside the user's
 * division scope. Without a state filter the queue lists open tickets only. The free text
 * matches the protocol and the subject (ILIKE, served by the pg_trgm GIN indexes) and the
 * requester's name without regard to case or accents. The requester part is resolved to person
 * ids first, so the three tests combine as a BitmapOr of indexes instead of a per-row subquery.
 */
export async function queueFilterSql(user: TicketActor, filters: QueueFilters, now: Date): Promise<Prisma.Sql> {
  const conditions: Prisma.Sql[] = [];

  const divisions = operatorDivisionScope(user, "read");
  // Enum-typed parameters, not text casts of the column, so the indexes on division and state apply.
  if (divisions) conditions.push(Prisma.sql`t.division IN (${Prisma.join(divisions.map((division) => Prisma.sql`${division}::"Division"`))})`);

  if (filters.state) conditions.push(Prisma.sql`t.state = ${filters.state}::"TicketState"`);
  else conditions.push(Prisma.sql`t.state NOT IN (${Prisma.join(finalStates.map((state) => Prisma.sql`${state}::"TicketState"`))})`);

  if (filters.category) conditions.push(Prisma.sql`t."categoryId" = ${filters.category}::uuid`);
  if (filters.nature) conditions.push(Prisma.sql`t.nature = ${filters.nature}::"TicketNature"`);
  if (filters.channel) conditions.push(Prisma.sql`t.channel = ${filters.channel}::"Channel"`);
  if (filters.priority) conditions.push(Prisma.sql`t.priority = ${filters.priority}::"TicketPriority"`);
  if (filters.team) conditions.push(Prisma.sql`t."teamId" = ${filters.team}::uuid`);

  if (filters.assignee === "mine") conditions.push(Prisma.sql`t."assigneeId" = ${user.id}::uuid`);
  else if (filters.assignee === "unassigned") conditions.push(Prisma.sql`t."assigneeId" IS NULL`);
  else if (filters.assignee) conditions.push(Prisma.sql`t."assigneeId" = ${filters.assignee}::uuid`);

  if (filters.openedFrom) conditions.push(Prisma.sql`t."openedAt" >= ${startOfRomeDay(filters.openedFrom)}::timestamptz`);
  if (filters.openedTo) conditions.push(Prisma.sql`t."openedAt" <= ${endOfRomeDay(filters.openedTo)}::timestamptz`);

  if (filters.sla) conditions.push(await slaSql(user, filters.sla, now));
  if (filters.q) conditions.push(await freeTextSql(filters.q));

  return conditions.length === 0 ? Prisma.sql`TRUE` : Prisma.join(conditions, " AND ");
}

async function slaSql(user: TicketActor, sla: NonNullable<QueueFilters["sla"]>, now: Date): Promise<Prisma.Sql> {
  if (sla === "overdue") return Prisma.sql`t."dueAt" < ${now}::timestamptz`;
  if (sla === "paused") return Prisma.sql`EXISTS (SELECT 1 FROM "ServiceClock" c WHERE c."ticketId" = t.id AND c.state = 'paused')`;

  // Working days differ by division only through their calendars' closures, so each division gets its own limit.
  const calendars = await loadStandardsCalendars(queueDivisionsOf(user), now);
  const perDivision = [...calendars].map(
    ([division, calendar]) => Prisma.sql`(t.division = ${division}::"Division" AND t."dueAt" BETWEEN ${now}::timestamptz AND ${dueSoonLimit(calendar, now)}::timestamptz)`,
  );
  return perDivision.length === 0 ? Prisma.sql`FALSE` : Prisma.sql`(${Prisma.join(perDivision, " OR ")})`;
}

/** A whole protocol as operators paste it, for example "SII-2026-000123". */
const wholeProtocol = /^(SII|CASA)-\d{4}-\d{6,}$/i;

async function freeTextSql(text: string): Promise<Prisma.Sql> {
  const pattern = likePatternOf(text);
  const personIds = await findPersonIdsByName(text);

  // Every protocol shares the trigrams of "SII-2026-", so a trigram search for a whole protocol
  // reads long posting lists. The unique index finds it at once.
  const protocolMatch = wholeProtocol.test(text) ? Prisma.sql`t.protocol = ${text.toUpperCase()}` : Prisma.sql`t.protocol ILIKE ${pattern}`;
  const matches = [protocolMatch, Prisma.sql`t.subject ILIKE ${pattern}`];
  if (personIds.length > 0) matches.push(Prisma.sql`t."requesterId" = ANY(${personIds}::uuid[])`);

  return Prisma.sql`(${Prisma.join(matches, " OR ")})`;
}
