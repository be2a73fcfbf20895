/** Locales the portal speaks, Italian first because it is the default. */
export const locales = ["it", "en", "ar"] as const;

export type Locale = (typeof locales)[number];

export const defaultLocale: Locale = "it";

/** Each language's name in that language, as the switcher shows it whatever the page language. */
export const localeNames: Record<Locale, string> = {
  it: "Italiano",
  en: "English",
  ar: "العربية",
};

/** Cookie that stores the visitor's language; URLs carry no locale prefix. */
export const localeCookieName = "NEXT_LOCALE";

/** Every date and time is shown in Milan's time zone, whatever the server's or browser's zone. */
export const timeZone = "Europe/Rome";

/**
 * BCP 47 tags handed to `Intl` for each locale. English uses en-GB for day-month-year dates.
 * Arabic keeps Latin digits so amounts, dates and codes read the same as on printed bills.
 */
export const intlLocaleTags: Record<Locale, string> = {
  it: "it-IT",
  en: "en-GB",
  ar: "ar-u-nu-latn",
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** Returns the text direction for `<html dir>`: right-to-left for Arabic, else left-to-right. */
export function directionOf(locale: Locale): "ltr" | "rtl" {
  return locale === "ar" ? "rtl" : "ltr";
}

/** Returns the locale stored in the cookie, or the default when it is missing or not supported. */
export function resolveLocale(cookieValue: string | undefined): Locale {
  return isLocale(cookieValue) ? cookieValue : defaultLocale;
}
