import { randomUUID } from "node:crypto";

import { afterAll, describe, expect, it } from "vitest";

import { authenticate } from "@/lib/auth/authenticate";
import { hashPassword } from "@/lib/auth/password";
import { consumeRateLimit, deleteStaleRateLimitCounters, refundRateLimit, resetRateLimit } from "@/lib/auth/rate-limit";
import { accountSignInLimit, accountSubject, addressSignInLimit, addressSubject } from "@/lib/auth/sign-in-limits";
import { db } from "@/lib/db/client";
import { describeOnRealServer } from "@/tests/setup/database-kind";

const minute = 60 * 1000;
const rule = { scope: `test:${randomUUID()}`, limit: 5, windowMs: 15 * minute };
const t0 = new Date("2025-05-12T10:00:00Z");
const password = "Acqua-del-Naviglio-2025";
const createdEmails: string[] = [];
const signInCounterKeys: string[] = [];

function at(offsetMs: number): Date {
  return new Date(t0.getTime() + offsetMs);
}

/** Returns an address from the IPv6 documentation range, new for each call, and tracks its counter for cleanup. */
function uniqueAddress(): string {
  const address = `2001:db8::${randomUUID().slice(0, 4)}:${randomUUID().slice(0, 4)}`;
  signInCounterKeys.push(`${addressSignInLimit.scope}:${addressSubject(address)}`);
  return address;
}

/** Returns an e-mail that no account uses, tracking its counter for cleanup. */
function unknownEmail(): string {
  const email = `nessuno-${randomUUID()}@esempio.it`;
  signInCounterKeys.push(`${accountSignInLimit.scope}:${accountSubject(email)}`);
  return email;
}

function newSubject(): string {
  return randomUUID();
}

async function storedCount(subject: string, scope = rule.scope): Promise<number | null> {
  const row = await db().rateLimitCounter.findUnique({ where: { key: `${scope}:${subject}` }, select: { count: true } });
  return row?.count ?? null;
}

async function createAccount(): Promise<string> {
  const email = `limite-${randomUUID()}@esempio.it`;
  createdEmails.push(email);
  signInCounterKeys.push(`${accountSignInLimit.scope}:${accountSubject(email)}`);
  await db().user.create({
    data: { email, passwordHash: await hashPassword(password), displayName: "Luca Verdi", roles: ["holder"] },
    select: { id: true },
  });
  return email;
}

afterAll(async () => {
  await db().rateLimitCounter.deleteMany({ where: { key: { startsWith: `${rule.scope}:` } } });
  await db().rateLimitCounter.deleteMany({ where: { key: { in: signInCounterKeys } } });
  await db().user.deleteMany({ where: { email: { in: createdEmails } } });
});

describe("consumeRateLimit", () => {
  it("allows the limit and blocks the next hit", async () => {
    const subject = newSubject();

    const decisions = [];
    for (let hit = 0; hit < 6; hit += 1) decisions.push(await consumeRateLimit(rule, subject, at(hit * minute)));

    expect(decisions.map((decision) => decision.allowed)).toEqual([true, true, true, true, true, false]);
    expect(decisions.map((decision) => decision.count)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(decisions[4]?.retryAt).toBeNull();
    expect(decisions[5]?.retryAt).toEqual(at(15 * minute));
  });

  it("opens a new window once the old one closes", async () => {
    const subject = newSubject();
    for (let hit = 0; hit < 6; hit += 1) await consumeRateLimit(rule, subject, at(hit * 1000));

    const stillBlocked = await consumeRateLimit(rule, subject, at(15 * minute - 1));
    const nextWindow = await consumeRateLimit(rule, subject, at(15 * minute));

    expect(stillBlocked.allowed).toBe(false);
    expect(nextWindow).toEqual({ allowed: true, count: 1, retryAt: null });
    const row = await db().rateLimitCounter.findUniqueOrThrow({ where: { key: `${rule.scope}:${subject}` } });
    expect(row.windowStart).toEqual(at(15 * minute));
    expect(row.blockedUntil).toBeNull();
  });

  it("keeps counters of different subjects apart", async () => {
    const first = newSubject();
    const second = newSubject();
    for (let hit = 0; hit < 6; hit += 1) await consumeRateLimit(rule, first, t0);

    expect(await consumeRateLimit(rule, second, t0)).toEqual({ allowed: true, count: 1, retryAt: null });
  });

  it("rejects an invalid rule", async () => {
    await expect(consumeRateLimit({ ...rule, limit: 0 }, newSubject(), t0)).rejects.toThrow(/limit must be/);
    await expect(consumeRateLimit({ ...rule, windowMs: 1.5 }, newSubject(), t0)).rejects.toThrow(/windowMs must be/);
  });

});

// Prisma's pool gives each query of Promise.all its own connection, so these upserts really race.
describeOnRealServer("consumeRateLimit under concurrency", () => {
  it("counts two concurrent failures", async () => {
    const subject = newSubject();

    await Promise.all([consumeRateLimit(rule, subject, t0), consumeRateLimit(rule, subject, t0)]);

    expect(await storedCount(subject)).toBe(2);
  });

  it("counts every concurrent hit", async () => {
    const subject = newSubject();

    const decisions = await Promise.all(Array.from({ length: 10 }, () => consumeRateLimit(rule, subject, t0)));

    expect(decisions.map((decision) => decision.count).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(decisions.filter((decision) => decision.allowed)).toHaveLength(5);
    expect(await storedCount(subject)).toBe(10);
  });
});

describe("refundRateLimit and resetRateLimit", () => {
  it("refund takes back one hit in the open window", async () => {
    const subject = newSubject();
    for (let hit = 0; hit < 6; hit += 1) await consumeRateLimit(rule, subject, t0);

    await refundRateLimit(rule, subject, at(minute));

    expect(await storedCount(subject)).toBe(5);
    const row = await db().rateLimitCounter.findUniqueOrThrow({ where: { key: `${rule.scope}:${subject}` } });
    expect(row.blockedUntil).toBeNull();
  });

  it("refund leaves a closed window alone", async () => {
    const subject = newSubject();
    await consumeRateLimit(rule, subject, t0);

    await refundRateLimit(rule, subject, at(20 * minute));

    expect(await storedCount(subject)).toBe(1);
  });

  it("reset deletes the counter", async () => {
    const subject = newSubject();
    await consumeRateLimit(rule, subject, t0);

    await resetRateLimit(rule, subject);

    expect(await storedCount(subject)).toBeNull();
  });

  it("cleanup deletes only stale counters", async () => {
    const stale = newSubject();
    const fresh = newSubject();
    await consumeRateLimit(rule, stale, new Date("2000-01-01T00:00:00Z"));
    await consumeRateLimit(rule, fresh, new Date("2000-01-02T00:00:00Z"));

    const deleted = await deleteStaleRateLimitCounters(new Date("2000-01-01T12:00:00Z"));

    expect(deleted).toBeGreaterThanOrEqual(1);
    expect(await storedCount(stale)).toBeNull();
    expect(await storedCount(fresh)).toBe(1);
  });
});

describe("sign-in limits", () => {
  it("blocks 6th attempt despite right password", async () => {
    const email = await createAccount();
    const address = uniqueAddress();

    const failures = [];
    for (let attempt = 0; attempt < 5; attempt += 1) {
      failures.push(await authenticate({ email, password: "sbagliata" }, address, at(attempt * minute)));
    }
    const sixth = await authenticate({ email, password }, address, at(5 * minute));

    expect(failures.map((result) => result.status)).toEqual(["rejected", "rejected", "rejected", "rejected", "rejected"]);
    expect(sixth).toEqual({ status: "blocked", retryAt: at(15 * minute) });
  });

  it("blocks an unknown e-mail the same way", async () => {
    const email = unknownEmail();
    const address = uniqueAddress();

    for (let attempt = 0; attempt < 5; attempt += 1) await authenticate({ email, password }, address, t0);
    const sixth = await authenticate({ email, password }, address, t0);

    expect(sixth.status).toBe("blocked");
  });

  it("resets the account counter after a success", async () => {
    const email = await createAccount();
    const address = uniqueAddress();
    for (let attempt = 0; attempt < 4; attempt += 1) {
      await authenticate({ email, password: "sbagliata" }, address, t0);
    }

    const success = await authenticate({ email, password }, address, t0);

    expect(success.status).toBe("success");
    expect(await storedCount(accountSubject(email), accountSignInLimit.scope)).toBeNull();
    const afterReset = await authenticate({ email, password: "sbagliata" }, address, t0);
    expect(afterReset.status).toBe("rejected");
  });

  it("lets the account in again after the window", async () => {
    const email = await createAccount();
    const address = uniqueAddress();
    for (let attempt = 0; attempt < 6; attempt += 1) {
      await authenticate({ email, password: "sbagliata" }, address, t0);
    }

    const result = await authenticate({ email, password }, address, at(15 * minute));

    expect(result.status).toBe("success");
  });

  it("blocks an address after 20 attempts across accounts", async () => {
    const address = uniqueAddress();

    const results = [];
    for (let attempt = 0; attempt < 21; attempt += 1) {
      results.push(await authenticate({ email: unknownEmail(), password }, address, t0));
    }

    expect(results.slice(0, 20).every((result) => result.status === "rejected")).toBe(true);
    expect(results[20]).toEqual({ status: "blocked", retryAt: at(15 * minute) });
  });

  it("stores no e-mail or address in clear", async () => {
    const email = unknownEmail();
    const address = uniqueAddress();
    await authenticate({ email, password }, address, t0);

    const leaked = await db().rateLimitCounter.count({
      where: { OR: [{ key: { contains: email } }, { key: { contains: address } }] },
    });
    expect(leaked).toBe(0);
  });
});
