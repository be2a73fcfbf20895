import { describe, expect, it } from "vitest";

import { utcDate } from "@/prisma/seed/dates";
import { addWorkingDays, easterSunday } from "@/prisma/seed/working-days";

describe("easterSunday", () => {
  it.each([
    [2025, "2025-04-20"],
    [2026, "2026-04-05"],
    [2027, "2027-03-28"],
    [2028, "2028-04-16"],
  ])("dates Easter %i on %s", (year, expected) => {
    expect(easterSunday(year).toISOString().slice(0, 10)).toBe(expected);
  });
});

describe("addWorkingDays", () => {
  it("skips weekends", () => {
    // Friday 20 November 2026 plus 1 working day is Monday 23 November.
    expect(addWorkingDays(utcDate(2026, 11, 20), 1).toISOString().slice(0, 10)).toBe("2026-11-23");
  });

  it("skips Easter Monday and 25 April", () => {
    // Thursday 2 April 2026 plus 2 working days skips Easter Monday 6 April.
    expect(addWorkingDays(utcDate(2026, 4, 2), 2).toISOString().slice(0, 10)).toBe("2026-04-07");
    // Friday 24 April 2026 plus 1 working day: 25 April is a Saturday, so Monday 27 April.
    expect(addWorkingDays(utcDate(2026, 4, 24), 1).toISOString().slice(0, 10)).toBe("2026-04-27");
  });

  it("counts 4 October only from 2026", () => {
    // 4 October is a Friday in 2024 and a Monday in 2027.
    expect(addWorkingDays(utcDate(2024, 10, 3), 1).toISOString().slice(0, 10)).toBe("2024-10-04");
    expect(addWorkingDays(utcDate(2027, 10, 1), 1).toISOString().slice(0, 10)).toBe("2027-10-05");
  });
});
