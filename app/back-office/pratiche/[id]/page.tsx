import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";

import { PracticeDocumentList, PracticePayloadList, PracticeTimeline } from "@/components/practices/practice-sections";
import { PracticeStateBadge } from "@/components/practices/practice-state-badge";
import { PageHeader } from "@/components/ui/page-header";
import { hasPermission } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/policy";
import { formatDateTime } from "@/lib/i18n/format";
import { loadQueuePractice } from "@/lib/practices/load-queue-practice";
import { changePracticeStateAction } from "@/lib/practices/practice-actions";
import { practiceQueueDetailPath, practiceQueuePath } from "@/lib/practices/practice-paths";
import { practiceTransitions } from "@/lib/practices/practice-states";

import { StateChangeForm } from "./state-change-form";

type QueuePracticePageProps = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("practices.queue");
  return { title: t("title") };
}

export default async function QueuePracticePage({ params }: QueuePracticePageProps) {
  const { id } = await params;
  const user = await requirePermission("practice:read:any", { returnTo: practiceQueueDetailPath(id) });

  const loaded = await loadQueuePractice(user, id);
  if (!loaded) notFound();

  const { practice, events } = loaded;
  const locale = await getLocale();
  const t = await getTranslations("practices");
  const tAreas = await getTranslations("areas");
  const targets = practiceTransitions[practice.state].map((state) => ({ value: state, label: t(`states.${state}`) }));

  return (
    <>
      <PageHeader
        title={t("detail.title", { protocol: practice.protocol })}
        description={t(`kinds.${practice.kind}.title`)}
        breadcrumb={[{ label: tAreas("backOffice.title"), href: "/back-office" }, { label: t("queue.title"), href: practiceQueuePath }, { label: practice.protocol }]}
      />

      <section aria-labelledby="summary-title" className="mb-8 rounded-md border-2 border-slate-300 p-4">
        <h2 id="summary-title" className="text-xl font-semibold text-slate-900">
          {t("review.customerTitle")}
        </h2>
        <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t("detail.state")}</dt>
          <dd>
            <PracticeStateBadge state={practice.state} label={t(`states.${practice.state}`)} />
          </dd>
          <dt className="font-semibold">{t("detail.submittedAt")}</dt>
          <dd>{practice.submittedAt ? formatDateTime(practice.submittedAt, locale) : t("detail.empty")}</dd>
          <dt className="font-semibold">{t("review.account")}</dt>
          <dd>{[practice.submitterName, practice.submitterEmail].filter(Boolean).join(" – ") || t("detail.empty")}</dd>
          <dt className="font-semibold">{t("review.applicant")}</dt>
          <dd>{practice.applicantName ?? t("detail.empty")}</dd>
          <dt className="font-semibold">{t("detail.supply")}</dt>
          <dd>{practice.supplyCode ?? t("list.noSupply")}</dd>
        </dl>
      </section>

      <section aria-labelledby="data-title" className="mb-8">
        <h2 id="data-title" className="text-xl font-semibold text-slate-900">
          {t("detail.dataTitle")}
        </h2>
        <PracticePayloadList practice={practice} locale={locale} />
      </section>

      <section aria-labelledby="documents-title" className="mb-8">
        <h2 id="documents-title" className="text-xl font-semibold text-slate-900">
          {t("detail.documentsTitle")}
        </h2>
        <PracticeDocumentList practice={practice} />
      </section>

      <section aria-labelledby="timeline-title" className="mb-8">
        <h2 id="timeline-title" className="text-xl font-semibold text-slate-900">
          {t("detail.timelineTitle")}
        </h2>
        <PracticeTimeline events={events} locale={locale} />
      </section>

      {hasPermission(user, "practice:update:any") ? (
        <section aria-labelledby="change-title" className="mb-8">
          <h2 id="change-title" className="mb-3 text-xl font-semibold text-slate-900">
            {t("review.changeTitle")}
          </h2>
          {targets.length === 0 ? (
            <p>{t("review.closed")}</p>
          ) : (
            <StateChangeForm expectedUpdatedAt={practice.updatedAt.toISOString()} targets={targets} action={changePracticeStateAction.bind(null, practice.id)} />
          )}
        </section>
      ) : null}
    </>
  );
}
