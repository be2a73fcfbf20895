import "server-only";

import type { Division } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/config";

import type { DashboardPeriod } from "./dashboard-period";
import { divisionIn, toNumber } from "./dashboard-sql";

export const ratingScores = [1, 2, 3, 4, 5] as const;

/** Ratings in one division or category: how many, their sum (for the average) and how many per score. */
export type RatingSummary = { count: number; sum: number; byScore: Record<(typeof ratingScores)[number], number> };

export type CategoryRatings = RatingSummary & { division: Division; code: string; label: string };

/** A customer's comment on a rated ticket. Only the ticket protocol identifies it. */
export type RatingComment = { protocol: string | null; division: Division; score: number | null; text: string; submittedAt: Date };

export type SatisfactionOverview = { divisions: Array<RatingSummary & { division: Division }>; categories: CategoryRatings[]; comments: RatingComment[] };

/** How many comments the dashboard lists, newest first. */
export const latestCommentCount = 10;

type RatingRow = { division: Division; count: bigint; sum: bigint | null; s1: bigint; s2: bigint; s3: bigint; s4: bigint; s5: bigint };

function summaryOf(row: RatingRow): RatingSummary {
  return {
    count: toNumber(row.count),
    sum: toNumber(row.sum),
    byScore: { 1: toNumber(row.s1), 2: toNumber(row.s2), 3: toNumber(row.s3), 4: toNumber(row.s4), 5: toNumber(row.s5) },
  };
}

const categoryLabelColumns: Record<Locale, Prisma.Sql> = { it: Prisma.sql`c."labelIt"`, en: Prisma.sql`c."labelEn"`, ar: Prisma.sql`c."labelAr"` };

const emptySummary = (): RatingSummary => ({ count: 0, sum: 0, byScore: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } });

/**
 * Aggregates the 1-5 ratings submitted in the period, per division and per ticket category,
 * and lists the latest comments on rated tickets. A rating belongs to its ticket's division,
 * or to its survey's division when it rates no ticket. Ratings of a survey of both divisions
 * that rate no ticket have no division and are left out.
 */
export async function loadSatisfactionOverview(divisions: readonly Division[], period: DashboardPeriod, locale: Locale): Promise<SatisfactionOverview> {
  const prisma = db();
  const { startsAt, endsBefore } = period;
  const ratingDivision = Prisma.sql`COALESCE(t."division", s."division")`;
  const labelColumn = categoryLabelColumns[locale];

  const scoreColumns = Prisma.sql`
    count(*) AS "count", sum(a."ratingValue") AS "sum",
    count(*) FILTER (WHERE a."ratingValue" = 1) AS "s1", count(*) FILTER (WHERE a."ratingValue" = 2) AS "s2",
    count(*) FILTER (WHERE a."ratingValue" = 3) AS "s3", count(*) FILTER (WHERE a."ratingValue" = 4) AS "s4",
    count(*) FILTER (WHERE a."ratingValue" = 5) AS "s5"`;

  const ratingJoins = Prisma.sql`
    FROM "SurveyResponse" r
    JOIN "SatisfactionSurvey" s ON s."id" = r."surveyId"
    JOIN "SurveyAnswer" a ON a."responseId" = r."id"
    JOIN "SurveyQuestion" q ON q."id" = a."questionId" AND q."kind" = 'rating'
    LEFT JOIN "Ticket" t ON t."id" = r."ticketId"`;

  const ratingsInPeriod = Prisma.sql`
    WHERE r."submittedAt" >= ${startsAt} AND r."submittedAt" < ${endsBefore}
      AND a."ratingValue" BETWEEN 1 AND 5 AND ${divisionIn(ratingDivision, divisions)}`;

  const divisionRows = prisma.$queryRaw<RatingRow[]>`
    SELECT ${ratingDivision} AS "division", ${scoreColumns}
    ${ratingJoins}
    ${ratingsInPeriod}
    GROUP BY 1`;

  const categoryRows = prisma.$queryRaw<Array<RatingRow & { code: string; label: string }>>`
    SELECT t."division", c."code", min(${labelColumn}) AS "label", ${scoreColumns}
    ${ratingJoins}
    JOIN "TicketCategory" c ON c."id" = t."categoryId"
    ${ratingsInPeriod}
    GROUP BY t."division", c."code"
    ORDER BY t."division", avg(a."ratingValue"), c."code"`;

  // Comments are the free-text answers customers give with a score, never staff notes. The score comes from the same response.
  const commentRows = prisma.$queryRaw<Array<{ protocol: string | null; division: Division; score: number | null; text: string; submittedAt: Date }>>`
    SELECT t."protocol", ${ratingDivision} AS "division",
           (SELECT min(ra."ratingValue") FROM "SurveyAnswer" ra WHERE ra."responseId" = r."id" AND ra."ratingValue" IS NOT NULL) AS "score",
           a."textValue" AS "text", r."submittedAt"
    FROM "SurveyResponse" r
    JOIN "SatisfactionSurvey" s ON s."id" = r."surveyId"
    JOIN "SurveyAnswer" a ON a."responseId" = r."id"
    JOIN "SurveyQuestion" q ON q."id" = a."questionId" AND q."kind" = 'text'
    LEFT JOIN "Ticket" t ON t."id" = r."ticketId"
    WHERE r."submittedAt" >= ${startsAt} AND r."submittedAt" < ${endsBefore}
      AND a."textValue" IS NOT NULL AND btrim(a."textValue") <> '' AND ${divisionIn(ratingDivision, divisions)}
    ORDER BY r."submittedAt" DESC, r."id"
    LIMIT ${latestCommentCount}`;

  const [byDivision, byCategory, comments] = await Promise.all([divisionRows, categoryRows, commentRows]);

  return {
    divisions: divisions.map((division) => {
      const row = byDivision.find((candidate) => candidate.division === division);
      return { division, ...(row ? summaryOf(row) : emptySummary()) };
    }),
    categories: byCategory.map((row) => ({ division: row.division, code: row.code, label: row.label, ...summaryOf(row) })),
    comments: comments.map((row) => ({ ...row, score: row.score === null ? null : Number(row.score) })),
  };
}
