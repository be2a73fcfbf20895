import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";

import { buttonClassName } from "@/components/ui/button";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import type { Division } from "@/lib/generated/prisma/client";
import { formatDate } from "@/lib/i18n/format";
import type { SearchParams } from "@/lib/pagination";
import { countQueueTabs } from "@/lib/tickets/queue/count-queue-tabs";
import { listAssignableOperators, listQueueFilterOptions, type OperatorOption } from "@/lib/tickets/queue/list-queue-options";
import { listOpenEmergencies } from "@/lib/tickets/queue/list-open-emergencies";
import { listTicketQueue, type QueueRow } from "@/lib/tickets/queue/list-ticket-queue";
import { parseQueueFilters } from "@/lib/tickets/queue/queue-filters";
import { newTicketPath, queuePageHref, queuePath, queueQueryOf, ticketPagePath } from "@/lib/tickets/queue/queue-links";
import { queueDivisionsOf } from "@/lib/tickets/queue/queue-scope";
import { requireTicketOperator } from "@/lib/tickets/queue/require-ticket-operator";
import { claimAction } from "@/lib/tickets/queue/ticket-actions";
import { isFinalState } from "@/lib/tickets/ticket-states";

import { BulkActionsForm, bulkFormId } from "./bulk-actions-form";
import { QueueFiltersForm } from "./queue-filters-form";
import { EmergencyPanel } from "./emergency-panel";
import { QueueTabs } from "./queue-tabs";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("backoffice.queue");
  return { title: t("title") };
}

export default async function TicketQueuePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireTicketOperator("read", queuePath);
  const filters = parseQueueFilters(await searchParams);

  const page = await listTicketQueue(user, filters);
  const counts = await countQueueTabs(user);
  const emergencies = await listOpenEmergencies(user);
  const options = await listQueueFilterOptions(user);
  const operators = await operatorsOf(queueDivisionsOf(user));

  const t = await getTranslations("backoffice");
  const tAreas = await getTranslations("areas");
  const locale = await getLocale();
  const returnQuery = queueQueryOf(filters);

  const dueCell = (row: QueueRow) => {
    if (!row.dueAt) return t("queue.table.noDue");

    const days = row.workingDaysLeft ?? 0;
    const remaining = days > 0 ? t("queue.table.workingDaysLeft", { days }) : days === 0 ? t("queue.table.dueToday") : t("queue.table.workingDaysOverdue", { days: -days });
    return (
      <span className={days < 0 ? "font-semibold text-red-800" : undefined}>
        {formatDate(row.dueAt, locale)}
        <br />
        <span className="text-sm">{remaining}</span>
      </span>
    );
  };

  const columns: DataTableColumn<QueueRow>[] = [
    {
      key: "select",
      header: <span className="sr-only">{t("queue.bulk.selectColumn")}</span>,
      cell: (row) => (
        <input
          type="checkbox"
          name="ticket"
          value={`${row.id}:${row.version}`}
          form={bulkFormId}
          data-state={row.state}
          aria-label={t("queue.bulk.selectLabel", { protocol: row.protocol })}
          className="size-5"
        />
      ),
    },
    {
      key: "protocol",
      header: t("queue.table.protocol"),
      isRowHeader: true,
      cell: (row) => (
        <Link href={ticketPagePath(row.id)} className="text-brand-800 underline underline-offset-2">
          {row.protocol}
        </Link>
      ),
    },
    { key: "subject", header: t("queue.table.subject"), cell: (row) => row.subject },
    { key: "customer", header: t("queue.table.customer"), cell: (row) => row.customerName ?? t("queue.table.noCustomer") },
    { key: "category", header: t("queue.table.category"), cell: (row) => row.categoryLabels[locale] },
    { key: "priority", header: t("queue.table.priority"), cell: (row) => t(`priorities.${row.priority}`) },
    { key: "state", header: t("queue.table.state"), cell: (row) => <StatusBadge status={row.state} label={t(`states.${row.state}`)} /> },
    { key: "due", header: t("queue.table.due"), cell: dueCell },
    { key: "assignee", header: t("queue.table.assignee"), cell: (row) => row.assigneeName ?? t("queue.table.unassigned") },
    {
      key: "actions",
      header: t("queue.table.actions"),
      cell: (row) =>
        row.assigneeId === user.id || isFinalState(row.state) ? null : (
          <form action={claimAction}>
            <input type="hidden" name="ticketId" value={row.id} />
            <input type="hidden" name="version" value={row.version} />
            <input type="hidden" name="returnQuery" value={returnQuery} />
            <button type="submit" className={buttonClassName("secondary", "sm")} aria-label={t("queue.table.claimLabel", { protocol: row.protocol })}>
              {t("queue.table.claim")}
            </button>
          </form>
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t("queue.title")}
        description={t("queue.description")}
        breadcrumb={[{ label: tAreas("backOffice.title"), href: "/back-office" }, { label: t("queue.title") }]}
        actions={
          <Link href={newTicketPath} className={buttonClassName("primary")}>
            {t("queue.newTicket")}
          </Link>
        }
      />
      <EmergencyPanel emergencies={emergencies} />
      <QueueTabs counts={counts} filters={filters} />
      <QueueFiltersForm filters={filters} categories={options.categories} teams={options.teams} showDivision={queueDivisionsOf(user).length > 1} />
      {page.rows.length > 0 ? <BulkActionsForm operators={operators} teams={options.teams} returnQuery={returnQuery} /> : null}
      <DataTable caption={t("queue.table.caption")} columns={columns} rows={page.rows} rowKey={(row) => row.id} empty={<EmptyState title={t("queue.empty")} />} />
      {page.previousCursor || page.nextCursor ? (
        <nav aria-label={t("queue.pagingLabel")} className="mt-4 flex justify-between gap-4">
          {page.previousCursor ? (
            <Link href={queuePageHref(filters, { before: page.previousCursor })} rel="prev" className={buttonClassName("secondary")}>
              {t("queue.previous")}
            </Link>
          ) : (
            <span />
          )}
          {page.nextCursor ? (
            <Link href={queuePageHref(filters, { after: page.nextCursor })} rel="next" className={buttonClassName("secondary")}>
              {t("queue.next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}

/** Operators who may be assigned tickets of any of these divisions, each listed once. */
async function operatorsOf(divisions: readonly Division[]): Promise<OperatorOption[]> {
  const lists = await Promise.all(divisions.map((division) => listAssignableOperators(division)));
  const byId = new Map(lists.flat().map((operator) => [operator.id, operator]));

  return [...byId.values()].sort((left, right) => left.displayName.localeCompare(right.displayName));
}
