import { randomUUID } from "node:crypto";

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";

import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";
import { PracticeDocumentList, PracticePayloadList, PracticeTimeline } from "@/components/practices/practice-sections";
import { formatDateTime } from "@/lib/i18n/format";
import { loadCustomerPractice } from "@/lib/practices/load-customer-practice";
import { answerPracticeAction } from "@/lib/practices/practice-answer-actions";
import { mayCreatePractice } from "@/lib/practices/practice-access";
import { requirePracticeReader } from "@/lib/practices/practice-guards";
import { practiceDetailPath, practiceReceiptPath, practicesPath } from "@/lib/practices/practice-paths";

import { PracticeStateBadge } from "@/components/practices/practice-state-badge";

import { AnswerForm } from "./answer-form";

type DetailPageProps = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("practices.list");
  return { title: t("title") };
}

export default async function CustomerPracticePage({ params }: DetailPageProps) {
  const { id } = await params;
  const user = await requirePracticeReader(practiceDetailPath(id));

  const loaded = await loadCustomerPractice(user, id);
  if (!loaded) notFound();

  const { practice, events } = loaded;
  const locale = await getLocale();
  const t = await getTranslations("practices");
  const tAreas = await getTranslations("areas");
  const tAnswers = await getTranslations("practiceAnswers");
  const awaitsAnswer = practice.state === "waitingForCustomer" && mayCreatePractice(user);

  return (
    <>
      <PageHeader
        title={t("detail.title", { protocol: practice.protocol })}
        description={t(`kinds.${practice.kind}.title`)}
        breadcrumb={[{ label: tAreas("sii.title"), href: "/sportello-online" }, { label: t("list.title"), href: practicesPath }, { label: practice.protocol }]}
      />

      {practice.state === "waitingForCustomer" ? (
        <Alert tone="warning" className="mb-6">
          {tAnswers("waitingNotice")}
        </Alert>
      ) : null}

      <section aria-labelledby="receipt-title" className="mb-8 rounded-md border-2 border-slate-300 p-4" data-testid="practice-receipt">
        <h2 id="receipt-title" className="text-xl font-semibold text-slate-900">
          {t("detail.receiptTitle")}
        </h2>
        <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t("detail.protocol")}</dt>
          <dd>{practice.protocol}</dd>
          <dt className="font-semibold">{t("detail.kind")}</dt>
          <dd>{t(`kinds.${practice.kind}.title`)}</dd>
          <dt className="font-semibold">{t("detail.state")}</dt>
          <dd>
            <PracticeStateBadge state={practice.state} label={t(`states.${practice.state}`)} />
          </dd>
          <dt className="font-semibold">{t("detail.submittedAt")}</dt>
          <dd>{practice.submittedAt ? formatDateTime(practice.submittedAt, locale) : t("detail.empty")}</dd>
          <dt className="font-semibold">{t("detail.supply")}</dt>
          <dd>{practice.supplyCode ?? t("list.noSupply")}</dd>
        </dl>
        <p className="mt-4">
          <a href={practiceReceiptPath(practice.id)} className="font-semibold text-brand-800 underline underline-offset-2" data-testid="practice-receipt-link">
            {t("detail.downloadReceipt")}
          </a>
        </p>
      </section>

      <section aria-labelledby="timeline-title" className="mb-8">
        <h2 id="timeline-title" className="text-xl font-semibold text-slate-900">
          {t("detail.timelineTitle")}
        </h2>
        <PracticeTimeline events={events} locale={locale} />
      </section>

      {awaitsAnswer ? (
        <section aria-labelledby="answer-title" className="mb-8">
          <h2 id="answer-title" className="text-xl font-semibold text-slate-900">
            {tAnswers("title")}
          </h2>
          <p className="mt-2 mb-4 text-slate-700">{tAnswers("intro")}</p>
          <AnswerForm idempotencyKey={randomUUID()} action={answerPracticeAction.bind(null, practice.id)} />
        </section>
      ) : null}

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
    </>
  );
}
