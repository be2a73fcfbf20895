import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { categoriesAdminPath, charterAdminPath, closuresAdminPath } from "@/lib/charter/admin/admin-paths";

/** Renders the links between the three Service Charter configuration pages, marking the current one. */
export async function AdminLinks({ current }: { current: "standards" | "closures" | "categories" }) {
  const t = await getTranslations("backofficeAdmin.links");
  const links = [
    { key: "standards", href: charterAdminPath },
    { key: "closures", href: closuresAdminPath },
    { key: "categories", href: categoriesAdminPath },
  ] as const;

  return (
    <nav aria-label={t("label")} className="mb-6">
      <ul className="flex flex-wrap gap-4">
        {links.map((link) => (
          <li key={link.key}>
            <Link href={link.href} aria-current={link.key === current ? "page" : undefined} className="text-brand-800 underline underline-offset-2 aria-[current=page]:font-bold aria-[current=page]:no-underline">
              {t(link.key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
