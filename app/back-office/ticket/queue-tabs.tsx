import Link from "next/link";
import { getTranslations } from "next-intl/server";

import type { QueueTab, TabCount } from "@/lib/tickets/queue/count-queue-tabs";
import { queueTabs } from "@/lib/tickets/queue/count-queue-tabs";
import type { QueueFilters } from "@/lib/tickets/queue/queue-filters";
import { activeQueueTab, queueTabHref } from "@/lib/tickets/queue/queue-links";

/** Renders the queue's preset views as links, each with its capped count. */
export async function QueueTabs({ counts, filters }: { counts: Record<QueueTab, TabCount>; filters: QueueFilters }) {
  const t = await getTranslations("backoffice.queue");
  const active = activeQueueTab(filters);

  return (
    <nav aria-label={t("tabsLabel")} className="mb-6">
      <ul className="flex flex-wrap gap-2">
        {queueTabs.map((tab) => {
          const { count, capped } = counts[tab];
          const isActive = tab === active;

          return (
            <li key={tab}>
              <Link
                href={queueTabHref(tab, filters.sort)}
                aria-current={isActive ? "page" : undefined}
                className={`inline-flex items-center gap-2 rounded-md border-2 px-3 py-1 font-semibold no-underline ${isActive ? "border-brand-700 bg-brand-700 text-white" : "border-slate-400 bg-white text-brand-800"}`}
              >
                {t(`tabs.${tab}`)}
                <span className="rounded-full bg-white px-2 text-sm text-slate-900" data-testid={`tab-count-${tab}`}>
                  {capped ? t("tabCountCapped", { count }) : t("tabCount", { count })}
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
