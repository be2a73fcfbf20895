import { randomUUID } from "node:crypto";

import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";

import { PageHeader } from "@/components/ui/page-header";
import { hasPermission } from "@/lib/auth/permissions";
import { StatusBadge } from "@/components/ui/status-badge";
import { formatDateTime } from "@/lib/i18n/format";
import { loadTicketPage } from "@/lib/tickets/queue/load-ticket-page";
import { queuePath, ticketPagePath } from "@/lib/tickets/queue/queue-links";
import { requireTicketOperator } from "@/lib/tickets/queue/require-ticket-operator";
import { allowedTransitions, isFinalState } from "@/lib/tickets/ticket-states";

import { AssignForm } from "./assign-form";
import { ClockForm } from "./clock-form";
import { CustomerPanel } from "./customer-panel";
import { ExemptionForm } from "./exemption-form";
import { MergeForm } from "./merge-form";
import { MessageComposer } from "./message-composer";
import { ServicePanel } from "./service-panel";
import { StateForm } from "./state-form";
import { TicketTimeline } from "./ticket-timeline";

type TicketPageProps = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: TicketPageProps): Promise<Metadata> {
  const { id } = await params;
  const user = await requireTicketOperator("read", ticketPagePath(id));
  const { ticket } = await loadTicketPage(user, id);

  const t = await getTranslations("backoffice.ticket");
  return { title: t("title", { protocol: ticket.protocol }) };
}

export default async function OperatorTicketPage({ params }: TicketPageProps) {
  const { id } = await params;
  const path = ticketPagePath(id);
  const user = await requireTicketOperator("read", path);
  const { ticket, timeline, customer, service, assigneeName, canUpdate, operators } = await loadTicketPage(user, id);

  const t = await getTranslations("backoffice");
  const tAreas = await getTranslations("areas");
  const locale = await getLocale();
  const final = isFinalState(ticket.state);
  const activeClockState = service?.clockState === "running" || service?.clockState === "paused" ? service.clockState : null;
  const indemnityOpen = service?.clockState === "stopped" && service.metStandard === false && (!service.indemnity || service.indemnity.state === "due");
  const mayExempt = indemnityOpen && hasPermission(user, "indemnity:exempt:any");

  const details: Array<[string, string]> = [
    [t("ticket.division"), t(`divisions.${ticket.division}`)],
    [t("ticket.nature"), t(`natures.${ticket.nature}`)],
    [t("ticket.channel"), t(`channels.${ticket.channel}`)],
    [t("ticket.priority"), t(`priorities.${ticket.priority}`)],
    [t("ticket.openedAt"), formatDateTime(ticket.openedAt, locale)],
    [t("ticket.assignee"), assigneeName ?? t("ticket.unassigned")],
  ];

  return (
    <>
      <PageHeader
        title={t("ticket.title", { protocol: ticket.protocol })}
        description={ticket.subject}
        breadcrumb={[{ label: tAreas("backOffice.title"), href: "/back-office" }, { label: t("queue.title"), href: queuePath }, { label: ticket.protocol }]}
        actions={<StatusBadge status={ticket.state} label={t(`states.${ticket.state}`)} />}
      />

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <section aria-labelledby="details-heading" className="rounded-md border border-slate-300 bg-white p-4">
            <h2 id="details-heading" className="mb-3 text-xl font-bold">
              {t("ticket.details")}
            </h2>
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
              {details.map(([label, value]) => (
                <div key={label} className="contents">
                  <dt className="font-semibold">{label}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
            </dl>
            {ticket.mergedIntoProtocol ? <p className="mt-3">{t("ticket.mergedInto", { protocol: ticket.mergedIntoProtocol })}</p> : null}
            <h3 className="mt-4 font-bold">{t("ticket.description")}</h3>
            <p className="whitespace-pre-line">{ticket.description}</p>
          </section>

          <TicketTimeline entries={timeline} />

          {canUpdate && !final ? <MessageComposer kind="reply" ticketId={ticket.id} version={ticket.version} ticketPath={path} /> : null}
          {canUpdate ? <MessageComposer kind="note" ticketId={ticket.id} version={ticket.version} ticketPath={path} idempotencyKey={randomUUID()} /> : null}
        </div>

        <div className="space-y-6">
          <CustomerPanel customer={customer} />
          <ServicePanel service={service} />
          {canUpdate ? <StateForm ticketId={ticket.id} version={ticket.version} targets={allowedTransitions[ticket.state]} ticketPath={path} /> : null}
          {canUpdate && !final ? (
            <AssignForm ticketId={ticket.id} version={ticket.version} assigneeId={ticket.assigneeId} operators={operators} ticketPath={path} />
          ) : null}
          {canUpdate && !final && activeClockState ? <ClockForm ticketId={ticket.id} version={ticket.version} clockState={activeClockState} ticketPath={path} /> : null}
          {mayExempt ? <ExemptionForm ticketId={ticket.id} ticketPath={path} /> : null}
          {canUpdate && !final ? <MergeForm ticketId={ticket.id} version={ticket.version} ticketPath={path} /> : null}
          <p>
            <Link href={queuePath} className="text-brand-800 underline underline-offset-2">
              {t("ticket.back")}
            </Link>
          </p>
        </div>
      </div>
    </>
  );
}
