import { getTranslations } from "next-intl/server";

import type { Locale } from "@/lib/i18n/config";
import { formatCalendarDate, formatDateTime } from "@/lib/i18n/format";
import { describePracticePayload } from "@/lib/practices/describe-practice-payload";
import type { PracticeEvent } from "@/lib/practices/practice-events";
import type { PracticeDetail } from "@/lib/practices/practice-views";

type PracticeKey = Parameters<Awaited<ReturnType<typeof getTranslations<"practices">>>>[0];

/** The data the customer sent, as label and value pairs in form order. */
export async function PracticePayloadList({ practice, locale }: { practice: PracticeDetail; locale: Locale }) {
  const t = await getTranslations("practices");
  const text = (key: string): string => t(key as PracticeKey);

  const entries = describePracticePayload(practice.kind, practice.payload, {
    fieldLabel: (field) => text(`fields.${field}`),
    optionLabel: (group, value) => text(`options.${group}.${value}`),
    yes: t("detail.yes"),
    empty: t("detail.empty"),
    formatDate: (isoDate) => formatCalendarDate(isoDate, locale),
  });

  return (
    <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[minmax(12rem,max-content)_1fr]" data-testid="practice-payload">
      {entries.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-semibold">{label}</dt>
          <dd className="break-words whitespace-pre-line">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The attached documents, each a download link through the authorized file route. */
export async function PracticeDocumentList({ practice }: { practice: PracticeDetail }) {
  const t = await getTranslations("practices");
  const tAnswers = await getTranslations("practiceAnswers");

  if (practice.documents.length === 0) return <p className="mt-2">{t("detail.noDocuments")}</p>;

  return (
    <ul className="mt-2 space-y-2" data-testid="practice-documents">
      {practice.documents.map((document) => {
        const kindLabel =
          document.kind === "identityDocument" || document.kind === "propertyDocument"
            ? t(`documents.${document.kind}.label`)
            : document.kind === "customerAnswer"
              ? tAnswers("documentLabel")
              : document.kind;
        return (
          <li key={document.id}>
            <span className="font-semibold">{kindLabel}: </span>
            <a href={`/api/files/${document.fileId}`} className="text-brand-800 underline underline-offset-2">
              {t("detail.download", { fileName: document.fileName })}
            </a>
          </li>
        );
      })}
    </ul>
  );
}

/** The timeline: submission, each state change and each customer answer, oldest first, with the text the operator or the customer wrote. */
export async function PracticeTimeline({ events, locale }: { events: PracticeEvent[]; locale: Locale }) {
  const t = await getTranslations("practices");
  const tAnswers = await getTranslations("practiceAnswers");
  const titleOf = (event: PracticeEvent): string => {
    const state = t(`states.${event.state}`);
    if (event.action === "practice.submit") return t("detail.submittedEvent");
    if (event.action === "practice.answer") return tAnswers("answeredEvent", { state });
    return t("detail.stateEvent", { state });
  };

  return (
    <ol className="mt-3 space-y-4 border-s-2 border-slate-300 ps-4" data-testid="practice-timeline">
      {events.map((event) => (
        <li key={event.id}>
          <p className="font-semibold text-slate-900">{titleOf(event)}</p>
          <p className="text-sm text-slate-700">{formatDateTime(event.at, locale)}</p>
          {event.message ? <p className="mt-1 whitespace-pre-line text-slate-800">{event.message}</p> : null}
        </li>
      ))}
    </ol>
  );
}
