import { beforeEach, describe, expect, it, vi } from "vitest";

import type { SessionUser } from "@/lib/auth/session-user";

const currentUser = vi.hoisted(() => ({ value: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => currentUser.value }));

const { findOwnedOrNotFound, requirePermission, requireUser } = await import("@/lib/auth/policy");

// next/navigation's guards throw an error whose digest selects what Next renders.
async function digestOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return String((error as { digest?: unknown }).digest);
  }
  throw new Error("expected the guard to throw");
}

const holder: SessionUser = { id: "7d5f2b9e-3c1a-4e8b-9f60-2a4d8c1e5b73", displayName: "Maria Rossi", roles: ["holder"] };

beforeEach(() => {
  currentUser.value = null;
  // `forbidden()` refuses to run unless Next's authInterrupts flag is on, as next.config.js sets it.
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
});

describe("requireUser", () => {
  it("redirects a visitor to sign-in with the return path", async () => {
    const digest = await digestOf(requireUser({ returnTo: "/sportello-online/bollette" }));

    expect(digest).toMatch(/^NEXT_REDIRECT;/);
    expect(digest).toContain("/accedi?callbackUrl=%2Fsportello-online%2Fbollette;");
  });

  it("drops an external return URL", async () => {
    const digest = await digestOf(requireUser({ returnTo: "https://evil.example/" }));

    expect(digest).toContain(";/accedi;");
  });

  it("returns the signed-in user", async () => {
    currentUser.value = holder;

    await expect(requireUser()).resolves.toEqual(holder);
  });
});

describe("requirePermission", () => {
  it("redirects a visitor to sign-in", async () => {
    const digest = await digestOf(requirePermission("area:sii", { returnTo: "/sportello-online" }));

    expect(digest).toContain("/accedi?callbackUrl=%2Fsportello-online;");
  });

  it("answers 403 when the role lacks the permission", async () => {
    currentUser.value = holder;

    const digest = await digestOf(requirePermission("area:backOffice"));

    expect(digest).toBe("NEXT_HTTP_ERROR_FALLBACK;403");
  });

  it("returns the user when the role grants the permission", async () => {
    currentUser.value = holder;

    await expect(requirePermission("supply:read:own")).resolves.toEqual(holder);
  });
});

describe("findOwnedOrNotFound", () => {
  it("returns the record the scoped lookup found", async () => {
    await expect(findOwnedOrNotFound(Promise.resolve({ id: "supply-1" }))).resolves.toEqual({ id: "supply-1" });
  });

  it.each([null, undefined])("answers 404 for %s", async (missing) => {
    const digest = await digestOf(findOwnedOrNotFound(Promise.resolve(missing)));

    expect(digest).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
  });
});
