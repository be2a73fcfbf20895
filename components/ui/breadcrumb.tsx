import Link from "next/link";
import { useTranslations } from "next-intl";

export type BreadcrumbItem = { label: string; href?: string };

/** Renders the path from the home page to the current page. The last item is the current page and is not a link. */
export function Breadcrumb({ items }: { items: readonly BreadcrumbItem[] }) {
  const t = useTranslations("common.breadcrumb");

  return (
    <nav aria-label={t("label")} className="mb-4 text-sm">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1">
        {items.map((item, index) => {
          const isCurrent = index === items.length - 1;

          return (
            <li key={`${index}-${item.label}`} className="flex items-center gap-2">
              {index > 0 ? (
                <span aria-hidden="true" className="text-slate-600 rtl:rotate-180">
                  ›
                </span>
              ) : null}
              {isCurrent || !item.href ? (
                <span aria-current={isCurrent ? "page" : undefined} className="text-slate-800">
                  {item.label}
                </span>
              ) : (
                <Link href={item.href} className="text-brand-800 underline underline-offset-2">
                  {item.label}
                </Link>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
