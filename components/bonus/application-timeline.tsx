import { getLocale, getTranslations } from "next-intl/server";

import type { TimelineEntry } from "@/lib/bonus/load-application";
import { formatDateTime } from "@/lib/i18n/format";

/**
 * Lists the application's state changes and review steps, oldest first, from the audit log.
 * With `showActors` off, as on the CAF's pages, each step names "MM" in place of the staff member.
 */
export async function ApplicationTimeline({ entries, showActors = true }: { entries: readonly TimelineEntry[]; showActors?: boolean }) {
  const t = await getTranslations("bonus");
  const locale = await getLocale();

  return (
    <section aria-labelledby="bonus-timeline" className="rounded-md border border-slate-300 bg-white p-4">
      <h2 id="bonus-timeline" className="mb-3 text-xl font-bold">
        {t("timeline.title")}
      </h2>
      {entries.length === 0 ? (
        <p>{t("timeline.empty")}</p>
      ) : (
        <ol className="space-y-2 border-s-2 border-slate-300 ps-4">
          {entries.map((entry) => {
            const action = entry.action.replace(/^bonusApplication\./, "");
            const path = `timeline.actions.${action}` as Parameters<typeof t>[0];
            return (
              <li key={entry.id}>
                <p className="font-semibold">{t.has(path) ? t(path) : entry.action}</p>
                <p className="text-sm text-slate-700">
                  {formatDateTime(entry.at, locale)} – {showActors ? (entry.actorName ?? t("timeline.system")) : t("timeline.mm")}
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
