import { describe, expect, it } from "vitest";

import { parseRomeDateTime } from "@/lib/bonus/rome-date-time";

function isoOf(text: string): string | undefined {
  return parseRomeDateTime(text)?.toISOString();
}

describe("parseRomeDateTime", () => {
  it("reads winter time as UTC+1", () => {
    expect(isoOf("2026-01-15T09:30")).toBe("2026-01-15T08:30:00.000Z");
  });

  it("reads summer time as UTC+2", () => {
    expect(isoOf("2026-07-15T09:30")).toBe("2026-07-15T07:30:00.000Z");
  });

  it("handles the March change day", () => {
    // 29 March 2026: clocks go from 02:00 to 03:00.
    expect(isoOf("2026-03-29T01:30")).toBe("2026-03-29T00:30:00.000Z");
    expect(isoOf("2026-03-29T03:30")).toBe("2026-03-29T01:30:00.000Z");
  });

  it("handles the October change day", () => {
    // 25 October 2026: clocks go from 03:00 back to 02:00.
    expect(isoOf("2026-10-25T01:30")).toBe("2026-10-24T23:30:00.000Z");
    expect(isoOf("2026-10-25T02:30")).toBe("2026-10-25T00:30:00.000Z");
    expect(isoOf("2026-10-25T04:00")).toBe("2026-10-25T03:00:00.000Z");
  });

  it("rejects invalid text", () => {
    expect(parseRomeDateTime("2026-02-30T10:00")).toBeNull();
    expect(parseRomeDateTime("2026-01-15T24:00")).toBeNull();
    expect(parseRomeDateTime("15/01/2026 10:00")).toBeNull();
  });
});
