import { describe, expect, it } from "vitest";

import { decodeFlash, encodeFlash, type FlashMessage } from "@/lib/flash/flash-message";

const message: FlashMessage = {
  id: "6b1f7a52-3c1d-4f2e-9a0b-5d6e7f8a9b0c",
  tone: "success",
  messageKey: "tickets.flash.created",
  values: { protocol: "SII-2026-000123", count: 2 },
};

describe("flash message cookie", () => {
  it("round-trips a message", () => {
    expect(decodeFlash(encodeFlash(message))).toEqual(message);
  });

  it("encodes to cookie-safe characters", () => {
    expect(encodeFlash({ ...message, values: { name: "Désirée; ½" } })).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it("returns null for a missing or garbled cookie", () => {
    expect(decodeFlash(undefined)).toBeNull();
    expect(decodeFlash("not base64 json")).toBeNull();
  });

  it("returns null for a message that breaks the schema", () => {
    const forged = Buffer.from(JSON.stringify({ ...message, messageKey: "<script>" })).toString("base64url");
    expect(decodeFlash(forged)).toBeNull();
  });

  it("refuses to encode an unknown tone", () => {
    expect(() => encodeFlash({ ...message, tone: "loud" as FlashMessage["tone"] })).toThrow();
  });
});
