import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";

import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { requirePermission } from "@/lib/auth/policy";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { rateRequestAction, sendRequestMessageAction } from "@/lib/requests/request-actions";
import { pendingDeadline } from "@/lib/requests/request-deadline";
import { requestDetailPath, requestsPath } from "@/lib/requests/request-kinds";
import { loadRequestDetail } from "@/lib/requests/load-request-detail";
import { findTicketIndemnity } from "@/lib/indemnities/list-customer-indemnities";
import { findTicketRating } from "@/lib/tickets/rate-ticket";
import { isFinalState } from "@/lib/tickets/ticket-states";

import { TicketIndemnityNotice } from "../../indennizzi/ticket-indemnity-notice";
import { RatingForm } from "./rating-form";
import { ReplyForm } from "./reply-form";
import { RequestTimeline } from "./request-timeline";

type DetailPageProps = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("requests.list");
  return { title: t("title") };
}

export default async function RequestDetailPage({ params }: DetailPageProps) {
  const { id } = await params;
  const user = await requirePermission("ticket:read:own", { returnTo: requestDetailPath(id) });

  const detail = await loadRequestDetail(user, id);
  if (!detail) notFound();

  const { ticket, categoryLabels, timeline } = detail;
  const locale = await getLocale();
  const t = await getTranslations("requests");
  const tStates = await getTranslations("tickets.states");
  const tAreas = await getTranslations("areas");
  const deadline = pendingDeadline(ticket.state, ticket.dueAt);
  const rating = await findTicketRating(user, ticket.id);
  const indemnity = await findTicketIndemnity(ticket.id);
  const rateable = ticket.state === "resolved" || ticket.state === "closed";
  const tRating = await getTranslations("tickets.rating");

  return (
    <>
      <PageHeader
        title={t("detail.title", { protocol: ticket.protocol })}
        description={ticket.subject}
        breadcrumb={[{ label: tAreas("sii.title"), href: "/sportello-online" }, { label: t("list.title"), href: requestsPath }, { label: ticket.protocol }]}
      />

      <section aria-labelledby="receipt-title" className="mb-8 rounded-md border-2 border-slate-300 p-4" data-testid="request-receipt">
        <h2 id="receipt-title" className="text-xl font-semibold text-slate-900">
          {t("detail.receiptTitle")}
        </h2>
        <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t("detail.protocol")}</dt>
          <dd>{ticket.protocol}</dd>
          <dt className="font-semibold">{t("detail.kind")}</dt>
          <dd>{categoryLabels[locale]}</dd>
          <dt className="font-semibold">{t("detail.state")}</dt>
          <dd>
            <StatusBadge status={ticket.state} label={tStates(ticket.state)} />
          </dd>
          <dt className="font-semibold">{t("detail.openedAt")}</dt>
          <dd>{formatDateTime(ticket.openedAt, locale)}</dd>
          <dt className="font-semibold">{t("detail.deadline")}</dt>
          <dd>{deadline ? t("detail.dueBy", { date: formatDate(deadline, locale) }) : t("detail.noDeadline")}</dd>
        </dl>
        <p className="mt-4">
          <a href={`${requestDetailPath(ticket.id)}/ricevuta`} className="font-semibold text-brand-800 underline underline-offset-2" data-testid="request-receipt-link">
            {t("detail.downloadReceipt")}
          </a>
        </p>
      </section>

      {indemnity ? <TicketIndemnityNotice indemnity={indemnity} /> : null}

      <section aria-labelledby="description-title" className="mb-8">
        <h2 id="description-title" className="text-xl font-semibold text-slate-900">
          {t("detail.description")}
        </h2>
        <p className="mt-2 whitespace-pre-line text-slate-800">{ticket.description}</p>
      </section>

      <section aria-labelledby="timeline-title" className="mb-8">
        <h2 id="timeline-title" className="text-xl font-semibold text-slate-900">
          {t("detail.timelineTitle")}
        </h2>
        <RequestTimeline entries={timeline} locale={locale} />
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
            <RatingForm action={rateRequestAction.bind(null, ticket.id)} />
          )}
        </section>
      ) : null}

      <section aria-labelledby="reply-title">
        <h2 id="reply-title" className="mb-3 text-xl font-semibold text-slate-900">
          {t("detail.replyTitle")}
        </h2>
        {isFinalState(ticket.state) ? <p>{t("detail.closedNotice")}</p> : <ReplyForm action={sendRequestMessageAction.bind(null, ticket.id)} />}
      </section>
    </>
  );
}
