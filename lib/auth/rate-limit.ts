import "server-only";

import { db } from "@/lib/db/client";

/**
 * A fixed-window limit: at most `limit` hits per `windowMs` for each subject. The window
 * opens at a subject's first hit and the next hit after it closes opens a new one.
 */
export type RateLimitRule = {
  /** Prefix of the counter key, for example "signin:account". */
  scope: string;
  limit: number;
  windowMs: number;
};

export type RateLimitDecision = {
  allowed: boolean;
  /** Hits counted in the current window, this one included. */
  count: number;
  /** End of the current window when the hit was rejected, else null. */
  retryAt: Date | null;
};

type CounterRow = { count: number; blockedUntil: Date | null };

function counterKey(rule: RateLimitRule, subject: string): string {
  return `${rule.scope}:${subject}`;
}

function assertValidRule(rule: RateLimitRule): void {
  if (!Number.isInteger(rule.limit) || rule.limit < 1) {
    throw new Error(`Invalid rate limit "${rule.scope}": limit must be a whole number of at least 1, got ${rule.limit}.`);
  }
  if (!Number.isInteger(rule.windowMs) || rule.windowMs < 1) {
    throw new Error(`Invalid rate limit "${rule.scope}": windowMs must be a positive whole number, got ${rule.windowMs}.`);
  }
}

/**
 * Counts one hit and returns whether it fits the limit. A single upsert increments the
 * counter, or restarts it when the window has closed, so concurrent hits from any number of
 * app instances are all counted. Callers pass `subject` already hashed when it is personal data.
 */
export async function consumeRateLimit(
  rule: RateLimitRule,
  subject: string,
  now: Date = new Date(),
): Promise<RateLimitDecision> {
  assertValidRule(rule);
  const key = counterKey(rule, subject);
  const windowClosedBefore = new Date(now.getTime() - rule.windowMs);

  // A new row starts at 1, and 1 never exceeds a valid limit, so inserts leave blockedUntil null.
  const rows = await db().$queryRaw<CounterRow[]>`
    INSERT INTO "RateLimitCounter" AS counter ("key", "count", "windowStart", "blockedUntil", "updatedAt")
    VALUES (${key}, 1, ${now}, NULL, ${now})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE
        WHEN counter."windowStart" <= ${windowClosedBefore} THEN 1
        ELSE counter."count" + 1
      END,
      "windowStart" = CASE
        WHEN counter."windowStart" <= ${windowClosedBefore} THEN ${now}
        ELSE counter."windowStart"
      END,
      "blockedUntil" = CASE
        WHEN counter."windowStart" <= ${windowClosedBefore} THEN NULL
        WHEN counter."count" + 1 > ${rule.limit}::integer
          THEN counter."windowStart" + ${rule.windowMs}::integer * INTERVAL '1 millisecond'
        ELSE NULL
      END,
      "updatedAt" = ${now}
    RETURNING "count", "blockedUntil"`;

  const row = rows[0];
  if (!row) throw new Error(`Rate limit upsert returned no row for scope "${rule.scope}".`);

  return { allowed: row.count <= rule.limit, count: row.count, retryAt: row.blockedUntil };
}

/**
 * Takes back one hit of the current window, for a hit that turned out not to count (a
 * successful sign-in after the attempt was counted). A closed window is left alone.
 */
export async function refundRateLimit(rule: RateLimitRule, subject: string, now: Date = new Date()): Promise<void> {
  assertValidRule(rule);
  const windowClosedBefore = new Date(now.getTime() - rule.windowMs);

  await db().$executeRaw`
    UPDATE "RateLimitCounter"
    SET "count" = GREATEST("count" - 1, 0),
        "blockedUntil" = CASE WHEN "count" - 1 > ${rule.limit}::integer THEN "blockedUntil" ELSE NULL END,
        "updatedAt" = ${now}
    WHERE "key" = ${counterKey(rule, subject)} AND "windowStart" > ${windowClosedBefore}`;
}

/** Clears a subject's counter, for example an account's failures after it signs in. */
export async function resetRateLimit(rule: RateLimitRule, subject: string): Promise<void> {
  await db().$executeRaw`DELETE FROM "RateLimitCounter" WHERE "key" = ${counterKey(rule, subject)}`;
}

/** Deletes counters untouched since `before` and returns how many; a scheduled cleanup calls it. */
export async function deleteStaleRateLimitCounters(before: Date): Promise<number> {
  return db().$executeRaw`DELETE FROM "RateLimitCounter" WHERE "updatedAt" < ${before}`;
}
