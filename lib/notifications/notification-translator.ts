import { createTranslator } from "next-intl";

import { defaultLocale, isLocale, timeZone, type Locale } from "@/lib/i18n/config";
import { formats } from "@/lib/i18n/formats";
import ar from "@/messages/ar/notifications.json";
import en from "@/messages/en/notifications.json";
import it from "@/messages/it/notifications.json";

// E-mails are written outside a request, so the catalogs are imported here rather than loaded by next-intl's request config.
const catalogs = { it, en, ar } as const;

/** Returns the stored locale when the portal speaks it, else Italian. */
export function notificationLocaleOf(preferredLocale: string | null | undefined): Locale {
  return isLocale(preferredLocale) ? preferredLocale : defaultLocale;
}

/** Returns a translator over the `notifications` namespace in one locale. */
export function notificationTranslator(locale: Locale) {
  return createTranslator({ locale, timeZone, formats, messages: { notifications: catalogs[locale] }, namespace: "notifications" });
}
