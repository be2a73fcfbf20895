import { getTranslations } from "next-intl/server";

import type { Locale } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format";
import type { TimelineEntry } from "@/lib/tickets/ticket-view";

/** Returns the headline of one public event in the visitor's language, or null for bookkeeping events (clock, routing) the page skips. */
async function headlineOf(entry: TimelineEntry): Promise<string | null> {
  const t = await getTranslations("tickets");

  switch (entry.kind) {
    case "created":
      return t("timeline.created");
    case "stateChanged":
      return t("timeline.stateChanged", { from: entry.fromState ? t(`states.${entry.fromState}`) : "", to: entry.toState ? t(`states.${entry.toState}`) : "" });
    case "publicReply":
      return t("timeline.publicReply");
    case "customerMessage":
      return t("timeline.customerMessage");
    case "attachmentAdded":
      return t("timeline.attachmentAdded", { fileName: String(entry.data?.fileName ?? "") });
    case "merged":
      return t("timeline.merged", { protocol: String(entry.data?.protocol ?? "") });
    default:
      return null;
  }
}

/** Lists a request's public events, oldest first. The entries never include internal notes: the loader filters them out. */
export async function RequestTimeline({ entries, locale }: { entries: TimelineEntry[]; locale: Locale }) {
  const headlines = await Promise.all(entries.map(headlineOf));
  const visibleEntries = entries.flatMap((entry, index) => {
    const headline = headlines[index];
    return headline ? [{ entry, headline }] : [];
  });

  return (
    <ol className="mt-3 space-y-4 border-s-2 border-slate-300 ps-4" data-testid="request-timeline">
      {visibleEntries.map(({ entry, headline }) => (
        <li key={entry.id}>
          <p className="font-semibold text-slate-900">{headline}</p>
          <p className="text-sm text-slate-700">{formatDateTime(entry.createdAt, locale)}</p>
          {entry.body ? <p className="mt-1 whitespace-pre-line text-slate-800">{entry.body}</p> : null}
        </li>
      ))}
    </ol>
  );
}
