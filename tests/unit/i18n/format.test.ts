import { describe, expect, it } from "vitest";

import { formatCalendarDate, formatDate, formatDateTime, formatMoneyCents, formatNumber } from "@/lib/i18n/format";

const nbsp = "\u00a0";

describe("formatMoneyCents", () => {
  it("puts the euro sign first in Italian", () => {
    expect(formatMoneyCents(123456, "it")).toBe(`€${nbsp}1.234,56`);
  });

  it("groups thousands from 1.000 in Italian", () => {
    expect(formatMoneyCents(100000, "it")).toBe(`€${nbsp}1.000,00`);
    expect(formatMoneyCents(123456789, "it")).toBe(`€${nbsp}1.234.567,89`);
  });

  it("keeps two decimals in Italian", () => {
    expect(formatMoneyCents(0, "it")).toBe(`€${nbsp}0,00`);
    expect(formatMoneyCents(5, "it")).toBe(`€${nbsp}0,05`);
    expect(formatMoneyCents(18550, "it")).toBe(`€${nbsp}185,50`);
  });

  it("puts the minus sign before the euro sign", () => {
    expect(formatMoneyCents(-3000, "it")).toBe(`-€${nbsp}30,00`);
  });

  it("accepts bigint cents", () => {
    expect(formatMoneyCents(123456n, "it")).toBe(`€${nbsp}1.234,56`);
  });

  it("uses English conventions in English", () => {
    expect(formatMoneyCents(123456, "en")).toBe("€1,234.56");
  });

  it("uses Latin digits in Arabic", () => {
    const formatted = formatMoneyCents(123456, "ar");
    expect(formatted).toContain("1,234.56");
    expect(formatted).toContain("€");
  });

  it("rejects fractional cents", () => {
    expect(() => formatMoneyCents(10.5, "it")).toThrow(RangeError);
  });
});

describe("formatDate and formatDateTime", () => {
  // 23:30 UTC on 5 March is already 6 March in Milan (UTC+1 in winter).
  const lateEvening = new Date("2026-03-05T23:30:00Z");
  // 22:30 UTC on 1 July is 00:30 on 2 July in Milan (UTC+2 in summer).
  const summerNight = new Date("2026-07-01T22:30:00Z");

  it("shows the Milan day in winter", () => {
    expect(formatDate(lateEvening, "it")).toBe("06/03/2026");
  });

  it("shows the Milan day in summer time", () => {
    expect(formatDate(summerNight, "it")).toBe("02/07/2026");
  });

  it("shows Milan time on 24 hours", () => {
    expect(formatDateTime(lateEvening, "it")).toBe("06/03/2026, 00:30");
    expect(formatDateTime(new Date("2026-03-05T13:05:00Z"), "it")).toBe("05/03/2026, 14:05");
  });

  it("accepts ISO strings", () => {
    expect(formatDateTime("2026-07-01T22:30:00Z", "en")).toBe("02/07/2026, 00:30");
  });

  it("rejects invalid timestamps", () => {
    expect(() => formatDate("not a date", "it")).toThrow(RangeError);
  });
});

describe("formatCalendarDate", () => {
  it("formats YYYY-MM-DD without shifting the day", () => {
    expect(formatCalendarDate("2026-01-01", "it")).toBe("01/01/2026");
    expect(formatCalendarDate("2026-12-31", "en")).toBe("31/12/2026");
  });

  it("reads a UTC-midnight Date as that day", () => {
    expect(formatCalendarDate(new Date(Date.UTC(2026, 2, 29)), "it")).toBe("29/03/2026");
  });

  it("rejects impossible dates", () => {
    expect(() => formatCalendarDate("2026-02-30", "it")).toThrow(RangeError);
    expect(() => formatCalendarDate("05/03/2026", "it")).toThrow(RangeError);
  });
});

describe("formatNumber", () => {
  it("uses Italian separators", () => {
    expect(formatNumber(182, "it")).toBe("182");
    expect(formatNumber(18.25, "it", 2)).toBe("18,25");
    expect(formatNumber(12345, "it")).toBe("12.345");
  });

  it("uses Latin digits in Arabic", () => {
    expect(formatNumber(182, "ar")).toBe("182");
  });
});
