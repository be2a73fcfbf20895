import { createTranslator } from "next-intl";

import { timeZone, type Locale } from "@/lib/i18n/config";
import { formats } from "@/lib/i18n/formats";
import ar from "@/messages/ar/census.json";
import en from "@/messages/en/census.json";
import it from "@/messages/it/census.json";

// E-mails are written outside a request, so the catalogs are imported here rather than loaded by next-intl's request config.
const catalogs = { it, en, ar } as const;

/** Returns a translator over the `census` namespace in one locale, for e-mails. */
export function censusTranslator(locale: Locale) {
  return createTranslator({ locale, timeZone, formats, messages: { census: catalogs[locale] }, namespace: "census" });
}
