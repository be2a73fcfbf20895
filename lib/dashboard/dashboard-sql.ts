import "server-only";

import type { Division } from "@/lib/auth/permissions";
import { Prisma } from "@/lib/generated/prisma/client";

/** Builds `column IN (…)` over the divisions, cast to the enum so PostgreSQL can use the column's indexes. */
export function divisionIn(column: Prisma.Sql, divisions: readonly Division[]): Prisma.Sql {
  if (divisions.length === 0) return Prisma.sql`FALSE`;

  return Prisma.sql`${column} IN (${Prisma.join(divisions.map((division) => Prisma.sql`${division}::"Division"`))})`;
}

/** Converts a count that PostgreSQL returns as bigint, or an average cast to float8, to a number (0 for null). */
export function toNumber(value: bigint | number | null | undefined): number {
  if (value === null || value === undefined) return 0;

  return Number(value);
}
