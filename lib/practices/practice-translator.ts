import { createTranslator } from "next-intl";

import { timeZone, type Locale } from "@/lib/i18n/config";
import { formats } from "@/lib/i18n/formats";
import ar from "@/messages/ar/practices.json";
import en from "@/messages/en/practices.json";
import it from "@/messages/it/practices.json";

// E-mails and PDF receipts are written outside next-intl's request config, so the catalogs are imported here.
const catalogs = { it, en, ar } as const;

/** Returns a translator over the `practices` namespace in one locale. */
export function practiceTranslator(locale: Locale) {
  return createTranslator({ locale, timeZone, formats, messages: { practices: catalogs[locale] }, namespace: "practices" });
}
