import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";

import { localeCookieName, resolveLocale, timeZone, type Locale } from "@/lib/i18n/config";
import { formats } from "@/lib/i18n/formats";
import { namespaces } from "@/lib/i18n/namespaces";
import { logger } from "@/lib/log/logger";

type Catalog = Record<string, unknown>;

/** Loads every namespace file of one locale and merges them as `{ common: {...}, auth: {...} }`. */
async function loadMessages(locale: Locale): Promise<Record<string, Catalog>> {
  const entries = await Promise.all(
    namespaces.map(async (namespace) => {
      const catalog = (await import(`../../messages/${locale}/${namespace}.json`)) as { default: Catalog };
      return [namespace, catalog.default] as const;
    }),
  );

  return Object.fromEntries(entries);
}

export default getRequestConfig(async ({ locale: explicitLocale }) => {
  // `getTranslations({ locale })` passes an explicit locale; otherwise the cookie decides.
  const locale = explicitLocale ? resolveLocale(explicitLocale) : resolveLocale((await cookies()).get(localeCookieName)?.value);

  return {
    locale,
    timeZone,
    formats,
    messages: await loadMessages(locale),
    onError(error) {
      logger.warn({ code: error.code, locale }, `next-intl: ${error.message}`);
    },
    getMessageFallback({ namespace, key }) {
      return namespace ? `${namespace}.${key}` : key;
    },
  };
});
