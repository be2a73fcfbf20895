import { randomUUID } from "node:crypto";

import { afterAll, describe, expect, it, vi } from "vitest";

import { authenticate } from "@/lib/auth/authenticate";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/roles";
import { accountSignInLimit, accountSubject, addressSignInLimit, addressSubject } from "@/lib/auth/sign-in-limits";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { db } from "@/lib/db/client";

// Calls through to the real function; the spy only records the hash each check used.
const verifyPasswordSpy = vi.hoisted(() => vi.fn());
vi.mock("@/lib/auth/password", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/auth/password")>();
  verifyPasswordSpy.mockImplementation(original.verifyPassword);
  return { ...original, verifyPassword: verifyPasswordSpy };
});

const password = "Acqua-del-Naviglio-2025";
const createdEmails: string[] = [];
const signInCounterKeys: string[] = [];

/** Returns an address from the IPv6 documentation range, new for each call, so rate-limit counters never carry over. */
function uniqueAddress(): string {
  const address = `2001:db8::${randomUUID().slice(0, 4)}:${randomUUID().slice(0, 4)}`;
  signInCounterKeys.push(`${addressSignInLimit.scope}:${addressSubject(address)}`);
  return address;
}

function unknownEmail(): string {
  const email = `nessuno-${randomUUID()}@esempio.it`;
  signInCounterKeys.push(`${accountSignInLimit.scope}:${accountSubject(email)}`);
  return email;
}

type AccountOptions = { roles?: Role[]; disabledAt?: Date | null };

/** Creates an account with a unique e-mail, so tests never share a row or a rate-limit counter. */
async function createAccount({ roles = ["holder"], disabledAt = null }: AccountOptions = {}) {
  const email = `utente-${randomUUID()}@esempio.it`;
  createdEmails.push(email);
  signInCounterKeys.push(`${accountSignInLimit.scope}:${accountSubject(email)}`);

  const user = await db().user.create({
    data: { email, passwordHash: await hashPassword(password), displayName: "Giulia Bianchi", roles, disabledAt },
    select: { id: true, email: true },
  });
  return user;
}

afterAll(async () => {
  await db().rateLimitCounter.deleteMany({ where: { key: { in: signInCounterKeys } } });
  await db().user.deleteMany({ where: { email: { in: createdEmails } } });
});

describe("verifyCredentials", () => {
  it("returns the session user for the right password", async () => {
    const account = await createAccount({ roles: ["tenant", "caretaker"] });

    const user = await verifyCredentials({ email: account.email, password });

    expect(user).toEqual({ id: account.id, displayName: "Giulia Bianchi", roles: ["tenant", "caretaker"] });
  });

  it("returns the same null for wrong password and unknown e-mail", async () => {
    const account = await createAccount();

    const wrongPasswordResult = await verifyCredentials({ email: account.email, password: `${password}!` });
    const unknownEmailResult = await verifyCredentials({ email: unknownEmail(), password });

    expect(wrongPasswordResult).toBeNull();
    expect(unknownEmailResult).toBeNull();
  });

  it("rejects a disabled account with the right password", async () => {
    const account = await createAccount({ disabledAt: new Date("2025-03-01T09:00:00Z") });

    expect(await verifyCredentials({ email: account.email, password })).toBeNull();
  });

  it("compares the e-mail case-insensitively", async () => {
    const account = await createAccount();

    const user = await verifyCredentials({ email: `  ${account.email.toUpperCase()} `, password });

    expect(user?.id).toBe(account.id);
  });

  it("runs argon2 for an unknown e-mail", async () => {
    verifyPasswordSpy.mockClear();

    await verifyCredentials({ email: unknownEmail(), password });

    // One verification against a real argon2id hash, so the response time matches a wrong password.
    expect(verifyPasswordSpy).toHaveBeenCalledTimes(1);
    expect(verifyPasswordSpy.mock.calls[0]?.[0]).toMatch(/^\$argon2id\$/);
  });
});

describe("authenticate", () => {
  it("signs in and stamps the sign-in time", async () => {
    const account = await createAccount({ roles: ["siiOperator"] });
    const now = new Date("2025-06-02T08:30:00Z");

    const result = await authenticate({ email: account.email, password }, uniqueAddress(), now);

    expect(result).toEqual({
      status: "success",
      user: { id: account.id, displayName: "Giulia Bianchi", roles: ["siiOperator"] },
    });
    const stored = await db().user.findUniqueOrThrow({ where: { id: account.id }, select: { lastSignInAt: true } });
    expect(stored.lastSignInAt).toEqual(now);
  });

  it("rejects wrong, unknown and disabled alike", async () => {
    const account = await createAccount();
    const disabled = await createAccount({ disabledAt: new Date() });
    const address = uniqueAddress();

    const results = await Promise.all([
      authenticate({ email: account.email, password: "sbagliata" }, address),
      authenticate({ email: unknownEmail(), password }, address),
      authenticate({ email: disabled.email, password }, address),
    ]);

    expect(results).toEqual([{ status: "rejected" }, { status: "rejected" }, { status: "rejected" }]);
  });

  it("rejects malformed credentials", async () => {
    expect(await authenticate({ email: "non-una-email", password }, null)).toEqual({ status: "rejected" });
    expect(await authenticate(undefined, null)).toEqual({ status: "rejected" });
  });
});
