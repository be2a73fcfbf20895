import { describe, expect, it } from "vitest";

import { easterSunday } from "@/lib/charter/easter";

describe("easterSunday", () => {
  it.each([
    [2025, "2025-04-20"],
    [2026, "2026-04-05"],
    [2027, "2027-03-28"],
    [2028, "2028-04-16"],
    [2019, "2019-04-21"],
    [2024, "2024-03-31"],
    [2000, "2000-04-23"],
    [2008, "2008-03-23"],
    [2011, "2011-04-24"],
    [2038, "2038-04-25"],
    [1818, "1818-03-22"],
  ])("returns the date for %i", (year, expected) => {
    expect(easterSunday(year)).toBe(expected);
  });
});
