import { createTranslator } from "next-intl";

import { timeZone, type Locale } from "@/lib/i18n/config";
import { formats } from "@/lib/i18n/formats";
import ar from "@/messages/ar/appointments.json";
import en from "@/messages/en/appointments.json";
import it from "@/messages/it/appointments.json";

// E-mails are written outside a request, so the catalogs are imported here rather than loaded by next-intl's request config.
const catalogs = { it, en, ar } as const;

/** Returns a translator over the `appointments` namespace in one locale, for e-mails and calendar files. */
export function appointmentTranslator(locale: Locale) {
  return createTranslator({ locale, timeZone, formats, messages: { appointments: catalogs[locale] }, namespace: "appointments" });
}
