import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { practicesPath } from "@/lib/practices/practice-paths";
import { requestsPath } from "@/lib/requests/request-kinds";

/** Links between the customer's two lists under "Le mie richieste": tickets (requests and complaints) and practices. */
export async function RequestsTabs({ current }: { current: "requests" | "practices" }) {
  const t = await getTranslations("practices.tabs");
  const tabs = [
    { key: "requests", href: requestsPath, label: t("requests") },
    { key: "practices", href: practicesPath, label: t("practices") },
  ] as const;

  return (
    <nav aria-label={t("label")} className="mb-6 border-b-2 border-slate-300">
      <ul className="flex flex-wrap gap-2">
        {tabs.map((tab) => (
          <li key={tab.key}>
            <Link
              href={tab.href}
              aria-current={tab.key === current ? "page" : undefined}
              className={
                tab.key === current
                  ? "-mb-0.5 inline-block border-b-4 border-brand-800 px-4 py-2 font-semibold text-brand-900"
                  : "inline-block px-4 py-2 text-brand-800 underline underline-offset-2"
              }
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
