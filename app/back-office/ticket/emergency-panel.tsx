import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";

import type { Locale } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format";
import type { OpenEmergencies } from "@/lib/tickets/queue/list-open-emergencies";
import { ticketPagePath } from "@/lib/tickets/queue/queue-links";

/**
 * Renders the unanswered emergencies above the queue, oldest first, whatever the queue's sort
 * or filters, so a gas smell reported a minute ago does not wait on page three.
 */
export async function EmergencyPanel({ emergencies }: { emergencies: OpenEmergencies }) {
  if (emergencies.rows.length === 0) return null;

  const t = await getTranslations("ticketEmergencies");
  const tStates = await getTranslations("backoffice.states");
  const locale = (await getLocale()) as Locale;

  return (
    <section aria-labelledby="emergency-panel-title" className="mb-6 rounded-md border-2 border-red-700 bg-red-50 p-4">
      <h2 id="emergency-panel-title" className="text-lg font-bold text-red-900">
        {emergencies.more ? t("titleMore", { count: emergencies.rows.length }) : t("title", { count: emergencies.rows.length })}
      </h2>
      <ul className="mt-2 space-y-2">
        {emergencies.rows.map((row) => (
          <li key={row.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
            <Link href={ticketPagePath(row.id)} className="font-semibold text-red-900 underline underline-offset-2">
              {row.protocol}
            </Link>
            <span className="text-slate-900">{row.subject}</span>
            <span className="text-sm text-slate-800">
              {t("opened", { when: formatDateTime(row.openedAt, locale) })} · {tStates(row.state)} ·{" "}
              {row.assigneeName ? t("assignee", { name: row.assigneeName }) : t("unassigned")}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
