import "server-only";

import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { likePatternOf } from "@/lib/customers/like-pattern";
import { searchTextOf } from "@/lib/customers/search-text";

/** Maximum ids one text lookup returns, so a two-letter search cannot build a huge id list. */
export const personIdLimit = 500;

// Both expressions must match the GIN indexes of migration 20261204230429_ticket_merge_notice_trigram
// character for character, or PostgreSQL falls back to a sequential scan.
const personNameExpression = Prisma.sql`"sportello_search_text"(coalesce(p."givenName", '') || ' ' || coalesce(p."familyName", '') || ' ' || coalesce(p."givenName", '') || ' ' || coalesce(p."legalName", ''))`;
const addressExpression = Prisma.sql`"sportello_search_text"(a."street" || ' ' || a."houseNumber")`;

/** Builds the query of `findPersonIdsByName`, exported so the queue benchmark explains the same text. */
export function personNameSearchSql(text: string): Prisma.Sql {
  const pattern = likePatternOf(searchTextOf(text));
  return Prisma.sql`SELECT p.id FROM "Person" p WHERE ${personNameExpression} LIKE "sportello_search_text"(${pattern}) LIMIT ${personIdLimit}`;
}

/**
 * Returns the ids of people whose name contains the text, ignoring case and accents: "niccolo
 * rossi", "Rossi Niccolò" and "ross" all find Niccolò Rossi. At most `personIdLimit` ids.
 * NOTE: a text that matches more than `personIdLimit` people (two common letters, say) drops
 * the rest, so the queue's free text then misses tickets of some of them.
 */
export async function findPersonIdsByName(text: string): Promise<string[]> {
  const rows = await db().$queryRaw<Array<{ id: string }>>(personNameSearchSql(text));
  return rows.map((row) => row.id);
}

/** Returns the ids of addresses whose street and house number contain the text, ignoring case and accents. At most `personIdLimit` ids. */
export async function findAddressIdsByText(text: string): Promise<string[]> {
  const pattern = likePatternOf(searchTextOf(text));

  const rows = await db().$queryRaw<Array<{ id: string }>>`
    SELECT a.id FROM "Address" a
    WHERE ${addressExpression} LIKE "sportello_search_text"(${pattern})
    LIMIT ${personIdLimit}`;
  return rows.map((row) => row.id);
}
