import type { Formats } from "next-intl";

/**
 * Named formats for next-intl's `format.dateTime(value, "date")` and `format.number(value, "integer")`.
 * Latin digits everywhere so Arabic pages show amounts and dates as printed on bills.
 * Money has no entry because `Intl` puts the euro sign after Italian amounts:
 * use `formatMoneyCents` from `@/lib/i18n/format` instead.
 */
export const formats = {
  dateTime: {
    date: { day: "2-digit", month: "2-digit", year: "numeric", numberingSystem: "latn" },
    dateTime: {
      day: "2-digit",
      month: "2-digit",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
      numberingSystem: "latn",
    },
    longDate: { day: "numeric", month: "long", year: "numeric", numberingSystem: "latn" },
    time: { hour: "2-digit", minute: "2-digit", hourCycle: "h23", numberingSystem: "latn" },
  },
  number: {
    integer: { maximumFractionDigits: 0, numberingSystem: "latn" },
    decimal: { maximumFractionDigits: 2, numberingSystem: "latn" },
    percent: { style: "percent", maximumFractionDigits: 1, numberingSystem: "latn" },
  },
} satisfies Formats;
