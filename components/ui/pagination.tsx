import Link from "next/link";
import { useTranslations } from "next-intl";

import { pageHref, pageWindow, type SearchParams } from "@/lib/pagination";

type PaginationProps = {
  /** Path of the list page, without query string. */
  pathname: string;
  /** The page's current query, so filters and sorting survive a page change. */
  searchParams: SearchParams;
  page: number;
  totalPages: number;
  /** Accessible name of the navigation; defaults to the common "Paginazione". */
  label?: string;
};

const linkClassName = "inline-flex min-w-10 items-center justify-center rounded-md border-2 border-slate-400 px-3 py-1.5 text-brand-800 hover:bg-brand-50";

/** Links to the other pages of a server-paginated list. Renders nothing when there is only one page. */
export function Pagination({ pathname, searchParams, page, totalPages, label }: PaginationProps) {
  const t = useTranslations("common.pagination");

  if (totalPages <= 1) return null;

  return (
    <nav aria-label={label ?? t("label")} className="mt-4">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 ? (
          <li>
            <Link href={pageHref(pathname, searchParams, page - 1)} rel="prev" className={linkClassName}>
              <span aria-hidden="true" className="me-1 inline-block rtl:rotate-180">
                ‹
              </span>
              {t("previous")}
            </Link>
          </li>
        ) : null}

        {pageWindow(page, totalPages).map((item, index) =>
          item === null ? (
            <li key={`gap-${index}`} aria-hidden="true" className="px-1 text-slate-700">
              …
            </li>
          ) : (
            <li key={item}>
              <Link
                href={pageHref(pathname, searchParams, item)}
                aria-current={item === page ? "page" : undefined}
                aria-label={t("page", { page: item })}
                className={item === page ? `${linkClassName} border-brand-700 bg-brand-700 font-bold text-white hover:bg-brand-800` : linkClassName}
              >
                {item}
              </Link>
            </li>
          ),
        )}

        {page < totalPages ? (
          <li>
            <Link href={pageHref(pathname, searchParams, page + 1)} rel="next" className={linkClassName}>
              {t("next")}
              <span aria-hidden="true" className="ms-1 inline-block rtl:rotate-180">
                ›
              </span>
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
