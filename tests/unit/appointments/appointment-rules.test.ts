import { describe, expect, it } from "vitest";

import { canCustomerChange, counterOutcomeTarget, customerChangeDeadline } from "@/lib/appointments/appointment-rules";

const startsAt = new Date("2026-12-15T09:00:00Z");

describe("canCustomerChange", () => {
  it("allows a change exactly 24 hours before", () => {
    expect(customerChangeDeadline(startsAt).toISOString()).toBe("2026-12-14T09:00:00.000Z");
    expect(canCustomerChange({ state: "booked", startsAt }, new Date("2026-12-14T09:00:00Z"))).toBe(true);
  });

  it("refuses a change less than 24 hours before", () => {
    expect(canCustomerChange({ state: "booked", startsAt }, new Date("2026-12-14T09:00:01Z"))).toBe(false);
  });

  it("refuses a change of an appointment that is not booked", () => {
    const early = new Date("2026-12-01T09:00:00Z");
    expect(canCustomerChange({ state: "cancelled", startsAt }, early)).toBe(false);
    expect(canCustomerChange({ state: "checkedIn", startsAt }, early)).toBe(false);
  });
});

describe("counterOutcomeTarget", () => {
  const sameDayBefore = new Date("2026-12-15T08:30:00Z");
  const sameDayAfter = new Date("2026-12-15T09:10:00Z");

  it("records arrival on the appointment's day only", () => {
    expect(counterOutcomeTarget({ state: "booked", startsAt }, "arrived", sameDayBefore)).toBe("checkedIn");
    expect(counterOutcomeTarget({ state: "booked", startsAt }, "arrived", new Date("2026-12-14T09:00:00Z"))).toBeNull();
  });

  it("records service after arrival or after the start", () => {
    expect(counterOutcomeTarget({ state: "checkedIn", startsAt }, "served", sameDayBefore)).toBe("completed");
    expect(counterOutcomeTarget({ state: "booked", startsAt }, "served", sameDayBefore)).toBeNull();
    expect(counterOutcomeTarget({ state: "booked", startsAt }, "served", sameDayAfter)).toBe("completed");
  });

  it("records a no-show only after the start", () => {
    expect(counterOutcomeTarget({ state: "booked", startsAt }, "noShow", sameDayBefore)).toBeNull();
    expect(counterOutcomeTarget({ state: "booked", startsAt }, "noShow", sameDayAfter)).toBe("noShow");
  });

  it("changes no final state", () => {
    for (const state of ["completed", "noShow", "cancelled"] as const) {
      for (const outcome of ["arrived", "served", "noShow"] as const) {
        expect(counterOutcomeTarget({ state, startsAt }, outcome, sameDayAfter)).toBeNull();
      }
    }
  });
});
