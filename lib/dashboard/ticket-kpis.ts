import "server-only";

import type { Division } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { Prisma, type Channel, type IndemnityLevel, type TicketState } from "@/lib/generated/prisma/client";

import type { DashboardPeriod } from "./dashboard-period";
import { divisionIn, toNumber } from "./dashboard-sql";

/** States in which a ticket still needs work from MM or the customer. */
export const openTicketStates = ["new", "inProgress", "waitingForCustomer", "reopened"] as const satisfies readonly TicketState[];

export type OpenTicketState = (typeof openTicketStates)[number];

export type DivisionTicketKpis = {
  division: Division;
  openByState: Record<OpenTicketState, number>;
  openedInPeriod: number;
  resolvedInPeriod: number;
  /** Running ticket clocks past their due date now. */
  overdue: number;
  /** Average hours from opening to the first public reply, over tickets opened in the period that have one. */
  firstReplyAverageHours: number | null;
  firstReplyCount: number;
  channels: Array<{ channel: Channel; count: number }>;
};

export type StandardCompliance = { division: Division; code: string; name: string; stopped: number; met: number };

export type IndemnityTotals = { division: Division; level: IndemnityLevel; count: number; totalCents: number; exempt: number };

export type TicketKpis = { divisions: DivisionTicketKpis[]; compliance: StandardCompliance[]; indemnities: IndemnityTotals[] };

/**
 * Computes the ticket figures of the divisions with one grouped query per figure. Open tickets
 * by state and overdue running clocks are counted now. Openings, resolutions, first-reply
 * time, channel mix, compliance per service standard and indemnities by level cover the period.
 */
export async function loadTicketKpis(divisions: readonly Division[], period: DashboardPeriod, now: Date): Promise<TicketKpis> {
  const prisma = db();
  const ticketDivision = divisionIn(Prisma.sql`t."division"`, divisions);
  const openStates = Prisma.join(openTicketStates.map((state) => Prisma.sql`${state}::"TicketState"`));
  const { startsAt, endsBefore } = period;

  const openRows = prisma.$queryRaw<Array<{ division: Division; state: OpenTicketState; count: bigint }>>`
    SELECT t."division", t."state", count(*) AS "count"
    FROM "Ticket" t
    WHERE ${ticketDivision} AND t."state" IN (${openStates})
    GROUP BY t."division", t."state"`;

  const openedRows = prisma.$queryRaw<Array<{ division: Division; count: bigint }>>`
    SELECT t."division", count(*) AS "count"
    FROM "Ticket" t
    WHERE ${ticketDivision} AND t."openedAt" >= ${startsAt} AND t."openedAt" < ${endsBefore}
    GROUP BY t."division"`;

  // resolvedAt is cleared when a ticket is reopened, so a ticket counts once, at its last resolution.
  const resolvedRows = prisma.$queryRaw<Array<{ division: Division; count: bigint }>>`
    SELECT t."division", count(*) AS "count"
    FROM "Ticket" t
    WHERE ${ticketDivision} AND t."resolvedAt" >= ${startsAt} AND t."resolvedAt" < ${endsBefore}
    GROUP BY t."division"`;

  const overdueRows = prisma.$queryRaw<Array<{ division: Division; count: bigint }>>`
    SELECT t."division", count(*) AS "count"
    FROM "ServiceClock" c
    JOIN "Ticket" t ON t."id" = c."ticketId"
    WHERE c."state" = 'running' AND c."dueAt" < ${now} AND ${ticketDivision}
    GROUP BY t."division"`;

  // NOTE: elapsed calendar hours, not working hours: the business calendar (holidays, closures) lives in application code.
  const firstReplyRows = prisma.$queryRaw<Array<{ division: Division; hours: number | null; count: bigint }>>`
    SELECT f."division", avg(extract(epoch FROM f."firstReplyAt" - f."openedAt") / 3600)::float8 AS "hours", count(*) AS "count"
    FROM (
      SELECT t."division", t."openedAt",
             (SELECT min(e."createdAt") FROM "TicketEvent" e WHERE e."ticketId" = t."id" AND e."kind" = 'publicReply') AS "firstReplyAt"
      FROM "Ticket" t
      WHERE ${ticketDivision} AND t."openedAt" >= ${startsAt} AND t."openedAt" < ${endsBefore}
    ) f
    WHERE f."firstReplyAt" IS NOT NULL
    GROUP BY f."division"`;

  const channelRows = prisma.$queryRaw<Array<{ division: Division; channel: Channel; count: bigint }>>`
    SELECT t."division", t."channel", count(*) AS "count"
    FROM "Ticket" t
    WHERE ${ticketDivision} AND t."openedAt" >= ${startsAt} AND t."openedAt" < ${endsBefore}
    GROUP BY t."division", t."channel"
    ORDER BY count(*) DESC, t."channel"`;

  const complianceRows = prisma.$queryRaw<Array<{ division: Division; code: string; name: string; stopped: bigint; met: bigint }>>`
    SELECT t."division", s."code", min(s."name") AS "name", count(*) AS "stopped", count(*) FILTER (WHERE c."metStandard") AS "met"
    FROM "ServiceClock" c
    JOIN "Ticket" t ON t."id" = c."ticketId"
    JOIN "ServiceStandard" s ON s."id" = c."serviceStandardId"
    WHERE c."state" = 'stopped' AND c."stoppedAt" >= ${startsAt} AND c."stoppedAt" < ${endsBefore}
      AND c."metStandard" IS NOT NULL AND ${ticketDivision}
    GROUP BY t."division", s."code"
    ORDER BY t."division", s."code"`;

  const indemnityRows = prisma.$queryRaw<Array<{ division: Division; level: IndemnityLevel; count: bigint; totalCents: bigint | null; exempt: bigint }>>`
    SELECT s."division", i."level", count(*) FILTER (WHERE i."state" <> 'exempt') AS "count",
           sum(i."amountCents") FILTER (WHERE i."state" <> 'exempt') AS "totalCents",
           count(*) FILTER (WHERE i."state" = 'exempt') AS "exempt"
    FROM "Indemnity" i
    JOIN "ServiceStandard" s ON s."id" = i."serviceStandardId"
    WHERE i."createdAt" >= ${startsAt} AND i."createdAt" < ${endsBefore} AND ${divisionIn(Prisma.sql`s."division"`, divisions)}
    GROUP BY s."division", i."level"`;

  const [open, opened, resolved, overdue, firstReply, channels, compliance, indemnities] = await Promise.all([
    openRows,
    openedRows,
    resolvedRows,
    overdueRows,
    firstReplyRows,
    channelRows,
    complianceRows,
    indemnityRows,
  ]);

  const countOf = (rows: Array<{ division: Division; count: bigint }>, division: Division) => toNumber(rows.find((row) => row.division === division)?.count);

  const perDivision = divisions.map((division): DivisionTicketKpis => {
    const openByState = Object.fromEntries(openTicketStates.map((state) => [state, toNumber(open.find((row) => row.division === division && row.state === state)?.count)])) as Record<OpenTicketState, number>;
    const reply = firstReply.find((row) => row.division === division);

    return {
      division,
      openByState,
      openedInPeriod: countOf(opened, division),
      resolvedInPeriod: countOf(resolved, division),
      overdue: countOf(overdue, division),
      firstReplyAverageHours: reply?.hours ?? null,
      firstReplyCount: toNumber(reply?.count),
      channels: channels.filter((row) => row.division === division).map((row) => ({ channel: row.channel, count: toNumber(row.count) })),
    };
  });

  return {
    divisions: perDivision,
    compliance: compliance.map((row) => ({ division: row.division, code: row.code, name: row.name, stopped: toNumber(row.stopped), met: toNumber(row.met) })),
    indemnities: indemnityLevelsOf(indemnities, divisions),
  };
}

const indemnityLevels: readonly IndemnityLevel[] = ["base", "doubled", "tripled"];

/** Lists every level of every division, with zeros where no indemnity was created. */
function indemnityLevelsOf(rows: Array<{ division: Division; level: IndemnityLevel; count: bigint; totalCents: bigint | null; exempt: bigint }>, divisions: readonly Division[]): IndemnityTotals[] {
  return divisions.flatMap((division) =>
    indemnityLevels.map((level) => {
      const row = rows.find((candidate) => candidate.division === division && candidate.level === level);
      return { division, level, count: toNumber(row?.count), totalCents: toNumber(row?.totalCents), exempt: toNumber(row?.exempt) };
    }),
  );
}
