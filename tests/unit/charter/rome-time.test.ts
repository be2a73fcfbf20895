import { describe, expect, it } from "vitest";

import { endOfRomeDay, romeDateOf, startOfRomeDay } from "@/lib/charter/rome-time";

describe("romeDateOf", () => {
  it("uses Rome's date, not UTC's", () => {
    expect(romeDateOf(new Date("2026-01-12T23:30:00Z"))).toBe("2026-01-13");
    expect(romeDateOf(new Date("2026-07-12T22:30:00Z"))).toBe("2026-07-13");
    expect(romeDateOf(new Date("2026-07-12T21:59:59Z"))).toBe("2026-07-12");
  });
});

describe("startOfRomeDay", () => {
  it("starts winter days at 23:00 UTC", () => {
    expect(startOfRomeDay("2026-01-15").toISOString()).toBe("2026-01-14T23:00:00.000Z");
  });

  it("starts summer days at 22:00 UTC", () => {
    expect(startOfRomeDay("2026-07-15").toISOString()).toBe("2026-07-14T22:00:00.000Z");
  });
});

describe("endOfRomeDay", () => {
  it("ends winter and summer days", () => {
    expect(endOfRomeDay("2026-01-15").toISOString()).toBe("2026-01-15T22:59:59.999Z");
    expect(endOfRomeDay("2026-07-15").toISOString()).toBe("2026-07-15T21:59:59.999Z");
  });

  it("ends the 23-hour day of the spring change", () => {
    expect(startOfRomeDay("2026-03-29").toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(endOfRomeDay("2026-03-29").toISOString()).toBe("2026-03-29T21:59:59.999Z");
  });

  it("ends the 25-hour day of the autumn change", () => {
    expect(startOfRomeDay("2026-10-25").toISOString()).toBe("2026-10-24T22:00:00.000Z");
    expect(endOfRomeDay("2026-10-25").toISOString()).toBe("2026-10-25T22:59:59.999Z");
  });
});
