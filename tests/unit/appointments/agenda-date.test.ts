import { describe, expect, it } from "vitest";

import { parseAgendaDate } from "@/lib/appointments/agenda-date";
import { addDays } from "@/lib/charter/plain-date";
import { startOfRomeDay } from "@/lib/charter/rome-time";

describe("parseAgendaDate", () => {
  it("accepts a day of this century", () => {
    expect(parseAgendaDate("2026-12-08")).toBe("2026-12-08");
    expect(parseAgendaDate("2028-02-29")).toBe("2028-02-29");
  });

  it.each([["9999-12-31"], ["0001-01-01"], ["1999-12-31"], ["2100-01-01"], ["2026-02-30"], ["2026-13-01"], ["oggi"], [""], [undefined], [["2026-12-08", "2026-12-09"]]])(
    "rejects %j",
    (value) => {
      expect(parseAgendaDate(value)).toBeNull();
    },
  );

  it("gives dates whose next day has a valid Rome midnight", () => {
    for (const value of ["2000-01-01", "2099-12-31"]) {
      const date = parseAgendaDate(value)!;
      expect(Number.isNaN(startOfRomeDay(addDays(date, 1)).getTime())).toBe(false);
    }
  });
});
