import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";

import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { requirePermission } from "@/lib/auth/policy";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { loadReportDetail } from "@/lib/reports/load-report-detail";
import { rateReportAction, sendReportMessageAction } from "@/lib/reports/report-actions";
import { reportDetailPath } from "@/lib/reports/report-kinds";
import { pendingDeadline } from "@/lib/requests/request-deadline";
import { tenantPaths } from "@/lib/tenancy/tenant-paths";
import { findTicketRating } from "@/lib/tickets/rate-ticket";
import { isFinalState } from "@/lib/tickets/ticket-states";

import { RatingForm } from "../../../sportello-online/richieste/[id]/rating-form";
import { RequestTimeline } from "../../../sportello-online/richieste/[id]/request-timeline";
import { ReportReplyForm } from "./report-reply-form";

type ReportDetailPageProps = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reports.detail");
  return { title: t("metaTitle") };
}

export default async function ReportDetailPage({ params }: ReportDetailPageProps) {
  const { id } = await params;
  const user = await requirePermission("ticket:read:own", { returnTo: reportDetailPath(id) });

  const report = await loadReportDetail(user, id);
  if (!report) notFound();

  const locale = await getLocale();
  const t = await getTranslations("reports");
  const tStates = await getTranslations("tickets.states");
  const tRating = await getTranslations("tickets.rating");
  const tAreas = await getTranslations("areas");
  const deadline = pendingDeadline(report.state, report.dueAt);
  const rating = report.isOwn ? await findTicketRating(user, report.id) : null;
  const rateable = report.isOwn && (report.state === "resolved" || report.state === "closed");

  return (
    <>
      <PageHeader
        title={t("detail.title", { protocol: report.protocol })}
        description={report.subject}
        breadcrumb={[{ label: tAreas("erp.title"), href: tenantPaths.home }, { label: t("list.title"), href: tenantPaths.reports }, { label: report.protocol }]}
      />

      <section aria-labelledby="receipt-title" className="mb-8 rounded-md border-2 border-slate-300 p-4" data-testid="report-receipt">
        <h2 id="receipt-title" className="text-xl font-semibold text-slate-900">
          {t("detail.receiptTitle")}
        </h2>
        <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t("detail.protocol")}</dt>
          <dd data-testid="report-protocol">{report.protocol}</dd>
          <dt className="font-semibold">{t("detail.category")}</dt>
          <dd>{report.categoryLabels[locale]}</dd>
          <dt className="font-semibold">{t("detail.nature")}</dt>
          <dd>{t(`natures.${report.nature}`)}</dd>
          <dt className="font-semibold">{t("detail.place")}</dt>
          <dd>{report.commonArea ? t("places.commonArea") : t("places.dwelling")}</dd>
          <dt className="font-semibold">{t("detail.state")}</dt>
          <dd className="flex flex-wrap gap-1">
            <StatusBadge status={report.state} label={tStates(report.state)} />
            {report.priority === "urgent" ? <StatusBadge tone="danger" label={t("list.urgent")} /> : null}
          </dd>
          <dt className="font-semibold">{t("detail.openedAt")}</dt>
          <dd>{formatDateTime(report.openedAt, locale)}</dd>
          <dt className="font-semibold">{t("detail.deadline")}</dt>
          <dd>{deadline ? t("detail.dueBy", { date: formatDate(deadline, locale) }) : t("detail.noDeadline")}</dd>
        </dl>
      </section>

      <section aria-labelledby="description-title" className="mb-8">
        <h2 id="description-title" className="text-xl font-semibold text-slate-900">
          {t("detail.description")}
        </h2>
        <p className="mt-2 whitespace-pre-line text-slate-800">{report.description}</p>
      </section>

      <section aria-labelledby="photos-title" className="mb-8">
        <h2 id="photos-title" className="text-xl font-semibold text-slate-900">
          {t("detail.photosTitle")}
        </h2>
        {report.photos.length === 0 ? (
          <p className="mt-2">{t("detail.noPhotos")}</p>
        ) : (
          <ul className="mt-2 space-y-1" data-testid="report-photos">
            {report.photos.map((photo) => (
              <li key={photo.fileId}>
                <a href={`/api/files/${photo.fileId}`} className="text-brand-800 underline underline-offset-2">
                  {photo.fileName}
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="timeline-title" className="mb-8">
        <h2 id="timeline-title" className="text-xl font-semibold text-slate-900">
          {t("detail.timelineTitle")}
        </h2>
        <RequestTimeline entries={report.timeline} locale={locale} />
      </section>

      {rating || rateable ? (
        <section aria-labelledby="rating-title" className="mb-8">
          <h2 id="rating-title" className="mb-3 text-xl font-semibold text-slate-900">
            {tRating("title")}
          </h2>
          {rating ? (
            <div data-testid="given-rating">
              <p>{tRating("given", { score: rating.score })}</p>
              {rating.comment ? <p className="mt-1 whitespace-pre-line">{tRating("givenComment", { comment: rating.comment })}</p> : null}
            </div>
          ) : (
            <RatingForm action={rateReportAction.bind(null, report.id)} />
          )}
        </section>
      ) : null}

      {report.isOwn ? (
        <section aria-labelledby="reply-title">
          <h2 id="reply-title" className="mb-3 text-xl font-semibold text-slate-900">
            {t("detail.replyTitle")}
          </h2>
          {isFinalState(report.state) ? <p>{t("detail.closedNotice")}</p> : <ReportReplyForm action={sendReportMessageAction.bind(null, report.id)} />}
        </section>
      ) : null}
    </>
  );
}
