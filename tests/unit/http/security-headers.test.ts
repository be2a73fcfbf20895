import { describe, expect, it } from "vitest";

import { requestIdFrom } from "@/lib/http/request-id";
import { contentSecurityPolicy, createNonce, securityHeaders } from "@/lib/http/security-headers";

function directives(policy: string): Map<string, string> {
  return new Map(
    policy.split("; ").map((directive) => {
      const [name, ...sources] = directive.split(" ");
      return [name ?? "", sources.join(" ")];
    }),
  );
}

describe("createNonce", () => {
  it("returns 128 random bits in base64", () => {
    const nonce = createNonce();
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(createNonce()).not.toBe(nonce);
  });
});

describe("contentSecurityPolicy", () => {
  it("allows scripts only with the nonce in production", () => {
    const policy = directives(contentSecurityPolicy("abc123", false));
    expect(policy.get("script-src")).toBe("'self' 'nonce-abc123' 'strict-dynamic'");
  });

  it("adds unsafe-eval only in development", () => {
    const policy = directives(contentSecurityPolicy("abc123", true));
    expect(policy.get("script-src")).toBe("'self' 'nonce-abc123' 'strict-dynamic' 'unsafe-eval'");
  });

  it("locks down the other sources", () => {
    const policy = directives(contentSecurityPolicy("abc123", false));
    expect(policy.get("default-src")).toBe("'self'");
    expect(policy.get("style-src")).toBe("'self' 'unsafe-inline'");
    expect(policy.get("img-src")).toBe("'self' data: blob:");
    expect(policy.get("font-src")).toBe("'self'");
    expect(policy.get("object-src")).toBe("'none'");
    expect(policy.get("base-uri")).toBe("'self'");
    expect(policy.get("form-action")).toBe("'self'");
    expect(policy.get("frame-ancestors")).toBe("'none'");
  });
});

describe("securityHeaders", () => {
  it("sets the referrer, sniffing and permissions policies", () => {
    const headers = securityHeaders(false);
    expect(headers["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["Permissions-Policy"]).toContain("camera=()");
  });

  it("sends HSTS only in production", () => {
    expect(securityHeaders(false)["Strict-Transport-Security"]).toBeUndefined();
    expect(securityHeaders(true)["Strict-Transport-Security"]).toBe("max-age=31536000");
  });
});

describe("requestIdFrom", () => {
  it("keeps an incoming UUID", () => {
    expect(requestIdFrom("3f2b8c1e-9d4a-4f6b-8a2e-1c5d7e9f0a1b")).toBe("3f2b8c1e-9d4a-4f6b-8a2e-1c5d7e9f0a1b");
  });

  it.each([
    ["missing", null],
    ["empty", ""],
    ["not a UUID", "abc"],
    ["a UUID with text after it", "3f2b8c1e-9d4a-4f6b-8a2e-1c5d7e9f0a1b\nforged log line"],
  ])("creates a new id when the incoming one is %s", (_case, incoming) => {
    const requestId = requestIdFrom(incoming);
    expect(requestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(requestId).not.toBe(incoming);
  });
});
