import { describe, expect, it } from "vitest";

import { safeCallbackPath, signInUrl } from "@/lib/auth/sign-in-redirects";

describe("safeCallbackPath", () => {
  it.each([
    ["/sportello-online", "/sportello-online"],
    ["/sportello-online/bollette?anno=2025", "/sportello-online/bollette?anno=2025"],
    ["/back-office/segnalazioni#elenco", "/back-office/segnalazioni#elenco"],
    ["/caf/../back-office", "/back-office"],
  ])("keeps same-origin path %s", (value, expected) => {
    expect(safeCallbackPath(value)).toBe(expected);
  });

  it.each([
    "https://evil.example/phish",
    "http://127.0.0.1:3000/back-office",
    "//evil.example/phish",
    "/\\evil.example/phish",
    "\\\\evil.example",
    "/path\nLocation: https://evil.example",
    "javascript:alert(1)",
    "sportello-online",
    " /sportello-online",
    "",
    "/accedi",
    "/accedi?callbackUrl=%2Fback-office",
    `/${"a".repeat(2048)}`,
    "/.//evil.example/phish",
    "/..//evil.example/",
    "/%2e//evil.example/",
    "/sportello-online/..//evil.example/",
    "/./accedi",
  ])("rejects %j", (value) => {
    expect(safeCallbackPath(value)).toBeNull();
  });

  it.each([undefined, null, 42, ["/sportello-online"]])("rejects non-string %j", (value) => {
    expect(safeCallbackPath(value)).toBeNull();
  });
});

describe("signInUrl", () => {
  it("carries a safe path as callbackUrl", () => {
    expect(signInUrl("/back-office/segnalazioni?stato=aperta")).toBe(
      "/accedi?callbackUrl=%2Fback-office%2Fsegnalazioni%3Fstato%3Daperta",
    );
  });

  it("drops an external URL", () => {
    expect(signInUrl("https://evil.example/")).toBe("/accedi");
  });

  it("returns the bare page without a path", () => {
    expect(signInUrl()).toBe("/accedi");
  });
});
