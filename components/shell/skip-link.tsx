import { useTranslations } from "next-intl";

/** Renders the first focusable element, a link past the header to `<main id="contenuto">`. */
export function SkipLink() {
  const t = useTranslations("common");

  return (
    <a
      href="#contenuto"
      className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:rounded-md focus:bg-white focus:px-4 focus:py-2 focus:font-semibold focus:text-brand-900"
    >
      {t("skipLink")}
    </a>
  );
}
