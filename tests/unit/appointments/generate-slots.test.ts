import { describe, expect, it } from "vitest";

import { generateSlots, type OpeningInterval, type SlotRequest } from "@/lib/appointments/generate-slots";
import { romeInstant } from "@/lib/appointments/rome-clock";
import { createBusinessCalendar } from "@/lib/charter/business-calendar";

// Milan offices close on national holidays, on Sant'Ambrogio (7 December) and on one-off closures.
const officeCalendar = createBusinessCalendar({
  code: "milan-offices",
  holidays: [
    { rule: "fixedDate", month: 12, day: 7, name: "Sant'Ambrogio", validFromYear: null, validToYear: null },
    { rule: "fixedDate", month: 12, day: 8, name: "Immacolata", validFromYear: null, validToYear: null },
    { rule: "fixedDate", month: 12, day: 25, name: "Natale", validFromYear: null, validToYear: null },
    { rule: "easterMonday", month: null, day: null, name: "Lunedì dell'Angelo", validFromYear: null, validToYear: null },
  ],
  closures: [{ date: "2026-12-10", reason: "Sciopero" }],
});

const weekdayMornings: OpeningInterval[] = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opensAtMinute: 9 * 60, closesAtMinute: 10 * 60 }));

function request(overrides: Partial<SlotRequest> = {}): SlotRequest {
  return {
    from: "2026-12-07",
    to: "2026-12-13",
    openingHours: weekdayMornings,
    serviceMinutes: 30,
    deskIds: ["desk-1", "desk-2"],
    calendar: officeCalendar,
    taken: [],
    notBefore: new Date("2026-01-01T00:00:00Z"),
    ...overrides,
  };
}

function datesOf(slots: ReturnType<typeof generateSlots>): string[] {
  return [...new Set(slots.map((slot) => slot.date))];
}

describe("generateSlots", () => {
  it("skips holidays, closures and weekends", () => {
    const slots = generateSlots(request());

    // 7 and 8 December are holidays, 10 December a closure, 12-13 December a weekend.
    expect(datesOf(slots)).toEqual(["2026-12-09", "2026-12-11"]);
  });

  it("skips Easter Monday", () => {
    const slots = generateSlots(request({ from: "2026-04-06", to: "2026-04-07" }));

    expect(datesOf(slots)).toEqual(["2026-04-07"]);
  });

  it("cuts intervals into back-to-back slots of the service length", () => {
    const slots = generateSlots(request({ from: "2026-12-09", to: "2026-12-09" }));

    expect(slots.map((slot) => slot.startsAt.toISOString())).toEqual(["2026-12-09T08:00:00.000Z", "2026-12-09T08:30:00.000Z"]);
    expect(slots[0]!.endsAt.toISOString()).toBe("2026-12-09T08:30:00.000Z");
  });

  it("drops a slot that would run past closing", () => {
    const slots = generateSlots(request({ from: "2026-12-09", to: "2026-12-09", serviceMinutes: 40 }));

    expect(slots).toHaveLength(1);
  });

  it("lists a day with a lunch break as two intervals", () => {
    const split: OpeningInterval[] = [
      { weekday: 3, opensAtMinute: 14 * 60, closesAtMinute: 15 * 60 },
      { weekday: 3, opensAtMinute: 9 * 60, closesAtMinute: 10 * 60 },
    ];
    const slots = generateSlots(request({ from: "2026-12-09", to: "2026-12-09", openingHours: split }));

    expect(slots.map((slot) => slot.startsAt.toISOString())).toEqual([
      "2026-12-09T08:00:00.000Z",
      "2026-12-09T08:30:00.000Z",
      "2026-12-09T13:00:00.000Z",
      "2026-12-09T13:30:00.000Z",
    ]);
  });

  it("follows Rome summer time", () => {
    const slots = generateSlots(request({ from: "2026-06-10", to: "2026-06-10" }));

    expect(slots[0]!.startsAt.toISOString()).toBe("2026-06-10T07:00:00.000Z");
  });

  it("leaves out slots before notBefore", () => {
    const slots = generateSlots(request({ from: "2026-12-09", to: "2026-12-09", notBefore: new Date("2026-12-09T08:10:00Z") }));

    expect(slots.map((slot) => slot.startsAt.toISOString())).toEqual(["2026-12-09T08:30:00.000Z"]);
  });

  it("frees only desks without an overlapping booking", () => {
    const taken = [
      { deskId: "desk-1", startsAt: new Date("2026-12-09T08:00:00Z"), endsAt: new Date("2026-12-09T08:30:00Z") },
      // A 45-minute appointment overlaps both slots of desk-2.
      { deskId: "desk-2", startsAt: new Date("2026-12-09T08:00:00Z"), endsAt: new Date("2026-12-09T08:45:00Z") },
    ];
    const slots = generateSlots(request({ from: "2026-12-09", to: "2026-12-09", taken }));

    expect(slots[0]!.freeDeskIds).toEqual([]);
    expect(slots[1]!.freeDeskIds).toEqual(["desk-1"]);
  });

  it("honours the validity range of opening hours", () => {
    const hours = weekdayMornings.map((interval) => ({ ...interval, validFrom: "2026-12-11" }));
    const slots = generateSlots(request({ openingHours: hours }));

    expect(datesOf(slots)).toEqual(["2026-12-11"]);
  });

  it("returns nothing for a non-positive length", () => {
    expect(generateSlots(request({ serviceMinutes: 0 }))).toEqual([]);
  });
});

describe("romeInstant", () => {
  it("converts winter and summer wall clocks", () => {
    expect(romeInstant("2026-01-15", 9 * 60).toISOString()).toBe("2026-01-15T08:00:00.000Z");
    expect(romeInstant("2026-07-15", 9 * 60).toISOString()).toBe("2026-07-15T07:00:00.000Z");
  });

  it("handles the days the clocks change", () => {
    expect(romeInstant("2026-03-29", 9 * 60).toISOString()).toBe("2026-03-29T07:00:00.000Z");
    expect(romeInstant("2026-10-25", 9 * 60).toISOString()).toBe("2026-10-25T08:00:00.000Z");
  });
});
