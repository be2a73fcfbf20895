import { createTranslator } from "next-intl";

import { timeZone, type Locale } from "@/lib/i18n/config";
import { formats } from "@/lib/i18n/formats";
import ar from "@/messages/ar/household.json";
import en from "@/messages/en/household.json";
import it from "@/messages/it/household.json";

// E-mails are written inside server actions and tests alike, so the catalogs are imported here rather than loaded by next-intl's request config.
const catalogs = { it, en, ar } as const;

/** Returns a translator over the `household` namespace in one locale, for e-mails. */
export function householdTranslator(locale: Locale) {
  return createTranslator({ locale, timeZone, formats, messages: { household: catalogs[locale] }, namespace: "household" });
}
