import { describe, expect, it } from "vitest";

import { minutesUntil } from "@/lib/auth/sign-in-schema";

describe("minutesUntil", () => {
  const now = new Date("2026-12-04T10:00:00Z");

  it("rounds a partial minute up", () => {
    expect(minutesUntil(new Date("2026-12-04T10:07:01Z"), now)).toBe(8);
  });

  it("keeps an exact minute count", () => {
    expect(minutesUntil(new Date("2026-12-04T10:15:00Z"), now)).toBe(15);
  });

  it("says at least one minute when the block is about to end or has ended", () => {
    expect(minutesUntil(new Date("2026-12-04T10:00:00.500Z"), now)).toBe(1);
    expect(minutesUntil(new Date("2026-12-04T09:59:00Z"), now)).toBe(1);
  });

  it("falls back to the window length when the end is unknown", () => {
    expect(minutesUntil(null, now)).toBe(15);
  });
});
