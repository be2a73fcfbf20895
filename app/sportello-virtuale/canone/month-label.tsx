import { intlLocaleTags, timeZone, type Locale } from "@/lib/i18n/config";

/** Formats a statement month (`YYYY-MM`) as "dicembre 2026" in the visitor's language. */
export function formatStatementMonth(month: string, locale: Locale): string {
  const [year, monthNumber] = month.split("-").map(Number);
  const firstDay = new Date(Date.UTC(year ?? 1970, (monthNumber ?? 1) - 1, 15));
  return new Intl.DateTimeFormat(intlLocaleTags[locale], { month: "long", year: "numeric", timeZone }).format(firstDay);
}

export function MonthLabel({ month, locale }: { month: string; locale: Locale }) {
  return <>{formatStatementMonth(month, locale)}</>;
}
