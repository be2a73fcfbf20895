"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { Suspense } from "react";

import { localeNames, locales, type Locale } from "@/lib/i18n/config";
import { setLocaleAction } from "@/lib/i18n/set-locale-action";

type LanguageSwitcherProps = {
  currentLocale: Locale;
  /** Accessible name of the group, for example "Lingua". */
  label: string;
  /** Hidden text after the current language, for example "lingua attuale". */
  currentLabel: string;
};

function ReturnToWithQuery({ pathname }: { pathname: string }) {
  const query = useSearchParams().toString();
  return <input type="hidden" name="returnTo" value={query ? `${pathname}?${query}` : pathname} />;
}

/**
 * Renders one button per language inside a plain form, so switching works
 * without JavaScript. The server action stores the cookie and reloads the same
 * page, query string included.
 */
export function LanguageSwitcher({ currentLocale, label, currentLabel }: LanguageSwitcherProps) {
  const pathname = usePathname();

  return (
    <form action={setLocaleAction}>
      <Suspense fallback={<input type="hidden" name="returnTo" value={pathname} />}>
        <ReturnToWithQuery pathname={pathname} />
      </Suspense>
      <div role="group" aria-label={label}>
        <ul className="flex items-center gap-1">
        {locales.map((locale) => (
          <li key={locale}>
            {locale === currentLocale ? (
              <span lang={locale} aria-current="true" className="block rounded-md bg-white px-2 py-1 text-sm font-bold text-brand-900">
                {localeNames[locale]}
                <span className="sr-only"> ({currentLabel})</span>
              </span>
            ) : (
              <button
                type="submit"
                name="locale"
                value={locale}
                lang={locale}
                className="block rounded-md px-2 py-1 text-sm text-white underline underline-offset-4 hover:bg-brand-800"
              >
                {localeNames[locale]}
              </button>
            )}
          </li>
        ))}
        </ul>
      </div>
    </form>
  );
}
