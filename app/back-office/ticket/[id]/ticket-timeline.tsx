import { getLocale, getTranslations } from "next-intl/server";

import { formatDateTime } from "@/lib/i18n/format";
import type { OperatorTimelineEntry } from "@/lib/tickets/ticket-view";

/** Links the file of an `attachmentAdded` entry to the download route, which checks access again. */
function AttachmentLink({ entry }: { entry: OperatorTimelineEntry }) {
  const fileId = entry.kind === "attachmentAdded" ? entry.data?.fileId : null;
  const fileName = entry.data?.fileName;
  if (typeof fileId !== "string" || typeof fileName !== "string") return null;

  return (
    <p className="mt-2">
      <a href={`/api/files/${fileId}`} className="text-brand-800 underline underline-offset-2">
        {fileName}
      </a>
    </p>
  );
}

/**
 * Renders every event of the ticket, oldest first. Internal entries sit on a dashed amber
 * box and carry a text label stating that the customer cannot see them, so colour is not the only cue.
 */
export async function TicketTimeline({ entries }: { entries: readonly OperatorTimelineEntry[] }) {
  const t = await getTranslations("backoffice");
  const locale = await getLocale();

  const titleOf = (entry: OperatorTimelineEntry) => {
    if (entry.kind === "stateChanged" && entry.fromState && entry.toState) {
      return t("ticket.timeline.kinds.stateChanged", { from: t(`states.${entry.fromState}`), to: t(`states.${entry.toState}`) });
    }
    if (entry.kind === "stateChanged") return t("ticket.state");
    return t(`ticket.timeline.kinds.${entry.kind}`);
  };
  const authorOf = (entry: OperatorTimelineEntry) => {
    if (entry.byStaff === null) return t("ticket.timeline.system");
    if (entry.byStaff === false) return entry.authorName ? `${entry.authorName} (${t("ticket.timeline.customer")})` : t("ticket.timeline.customer");
    return entry.authorName ?? t("ticket.timeline.system");
  };

  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" className="mb-3 text-xl font-bold">
        {t("ticket.timeline.heading")}
      </h2>
      <ol className="space-y-3">
        {entries.map((entry) => {
          const internal = entry.visibility === "internal";

          return (
            <li
              key={entry.id}
              data-testid="timeline-entry"
              data-visibility={entry.visibility}
              className={`rounded-md border-2 p-3 ${internal ? "border-dashed border-amber-700 bg-amber-50" : "border-slate-300 bg-white"}`}
            >
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h3 className="font-bold">{titleOf(entry)}</h3>
                <span className="text-sm font-semibold" data-testid="visibility-label">
                  {internal ? t("ticket.timeline.internal") : t("ticket.timeline.public")}
                </span>
              </div>
              <p className="text-sm text-slate-700">
                {authorOf(entry)} · <time dateTime={entry.createdAt.toISOString()}>{formatDateTime(entry.createdAt, locale)}</time>
              </p>
              {entry.body ? <p className="mt-2 whitespace-pre-line">{entry.body}</p> : null}
              <AttachmentLink entry={entry} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
