import { addDays, fromUtcMidnight } from "@/lib/charter/plain-date";
import { romeDateOf, startOfRomeDay } from "@/lib/charter/rome-time";

/*
 * Formatting rules of the decisions CSV, which operators open in Excel: a UTF-8 byte-order mark
 * so that Excel does not read the file as Windows-1252, and no cell that Excel would run as a formula.
 */

export const utf8ByteOrderMark = "\uFEFF";

/** Characters that make Excel and LibreOffice read a cell as a formula. */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * Returns the cell with a leading apostrophe when it starts like a formula, so free text from a
 * batch file or a rejection reason ("=HYPERLINK(…)") is shown as text instead of being run.
 */
export function neutralizeFormula(cell: string): string {
  return formulaStart.test(cell) ? `'${cell}` : cell;
}

/**
 * Returns the instants that bound the calendar days `from` to `to` (UTC midnights, both
 * included) in Rome: from the start of `from` up to, excluded, the start of the day after `to`.
 */
export function romeDayRange(from: Date, to: Date): { start: Date; endExclusive: Date } {
  return {
    start: startOfRomeDay(fromUtcMidnight(from)),
    endExclusive: startOfRomeDay(addDays(fromUtcMidnight(to), 1)),
  };
}

/** Returns the Rome calendar date of an instant as YYYY-MM-DD, or "" for null. */
export function romeIsoDate(instant: Date | null): string {
  return instant ? romeDateOf(instant) : "";
}
