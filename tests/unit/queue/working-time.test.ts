import { describe, expect, it } from "vitest";

import { createBusinessCalendar } from "@/lib/charter/business-calendar";
import { dueSoonLimit, remainingWorkingDays } from "@/lib/tickets/queue/working-time";

// 8 December (Immacolata) is a holiday, and in 2026 it falls on a Tuesday.
const calendar = createBusinessCalendar({
  code: "test",
  holidays: [{ rule: "fixedDate", month: 12, day: 8, name: "Immacolata", validFromYear: null, validToYear: null }],
  closures: [],
});

describe("dueSoonLimit", () => {
  it("skips the weekend and the holiday", () => {
    // Friday 4 December 2026 at noon in Milan: the next working days are Monday 7 and Wednesday 9.
    const limit = dueSoonLimit(calendar, new Date("2026-12-04T11:00:00Z"));
    expect(limit.toISOString()).toBe("2026-12-09T22:59:59.999Z");
  });
});

describe("remainingWorkingDays", () => {
  const now = new Date("2026-12-04T11:00:00Z");

  it("counts working days ahead", () => {
    expect(remainingWorkingDays(calendar, now, new Date("2026-12-09T10:00:00Z"))).toBe(2);
  });

  it("is zero on the due day", () => {
    expect(remainingWorkingDays(calendar, now, new Date("2026-12-04T16:00:00Z"))).toBe(0);
  });

  it("is negative once past", () => {
    expect(remainingWorkingDays(calendar, now, new Date("2026-12-02T10:00:00Z"))).toBe(-2);
  });
});
