import { describe, expect, it } from "vitest";

import { isCountedDay } from "@/lib/charter/deadline";

import { officesCalendar, standardsCalendar } from "./calendars";

describe("createBusinessCalendar", () => {
  it("closes on fixed national holidays", () => {
    expect(standardsCalendar.closureName("2026-01-01")).toBe("Capodanno");
    expect(standardsCalendar.closureName("2026-06-02")).toBe("Festa della Repubblica");
    expect(standardsCalendar.isClosed("2026-12-26")).toBe(true);
  });

  it("closes on Easter Monday of each year", () => {
    expect(standardsCalendar.closureName("2026-04-06")).toBe("Lunedì dell'Angelo");
    expect(standardsCalendar.isClosed("2025-04-21")).toBe(true);
    expect(standardsCalendar.isClosed("2027-03-29")).toBe(true);
    expect(standardsCalendar.isClosed("2026-04-07")).toBe(false);
  });

  it("closes on 4 October only from 2026", () => {
    expect(standardsCalendar.isClosed("2025-10-04")).toBe(false);
    expect(standardsCalendar.isClosed("2026-10-04")).toBe(true);
    expect(standardsCalendar.isClosed("2027-10-04")).toBe(true);
  });

  it("closes on 7 December only where configured", () => {
    expect(standardsCalendar.isClosed("2026-12-07")).toBe(false);
    expect(officesCalendar.closureName("2026-12-07")).toBe("Sant'Ambrogio");
  });

  it("closes on one-off closures", () => {
    expect(officesCalendar.closureName("2026-12-24")).toBe("Vigilia di Natale");
    expect(officesCalendar.isClosed("2027-12-24")).toBe(false);
    expect(standardsCalendar.isClosed("2026-12-24")).toBe(false);
  });
});

describe("isCountedDay", () => {
  it("counts Monday to Friday as working days", () => {
    expect(isCountedDay(standardsCalendar, "workingDays", "2026-01-16")).toBe(true);
    expect(isCountedDay(standardsCalendar, "workingDays", "2026-01-17")).toBe(false);
    expect(isCountedDay(standardsCalendar, "workingDays", "2026-01-18")).toBe(false);
  });

  it("counts Saturday as a giorno feriale", () => {
    expect(isCountedDay(standardsCalendar, "feriali", "2026-01-17")).toBe(true);
    expect(isCountedDay(standardsCalendar, "feriali", "2026-01-18")).toBe(false);
  });

  it("skips a holiday that falls on Saturday", () => {
    expect(isCountedDay(standardsCalendar, "feriali", "2026-04-25")).toBe(false);
  });

  it("counts holidays as calendar days", () => {
    expect(isCountedDay(standardsCalendar, "calendarDays", "2026-12-25")).toBe(true);
    expect(isCountedDay(standardsCalendar, "calendarDays", "2026-01-18")).toBe(true);
  });
});
