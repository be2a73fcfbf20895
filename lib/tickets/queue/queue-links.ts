import type { QueueFilters } from "@/lib/tickets/queue/queue-filters";

/** Path of the back-office queue; a ticket's page is `${queuePath}/<id>`. */
export const queuePath = "/back-office/ticket";

/** Page where an operator opens a ticket for a customer who phoned, wrote or came to a counter. */
export const newTicketPath = `${queuePath}/nuovo`;

export function ticketPagePath(ticketId: string): string {
  return `${queuePath}/${ticketId}`;
}

/** Filter fields carried from one queue link to the next; cursors are set per link. */
const filterFields = ["q", "state", "category", "nature", "channel", "priority", "assignee", "team", "sla", "openedFrom", "openedTo", "sort"] as const;

/** Returns the query string of the current filters without any cursor, starting with "?" or empty. */
export function queueQueryOf(filters: QueueFilters, page: { after?: string; before?: string } = {}): string {
  const params = new URLSearchParams();

  for (const field of filterFields) {
    const value = filters[field];
    if (value && !(field === "sort" && value === "due")) params.set(field, value);
  }
  if (page.after) params.set("after", page.after);
  if (page.before) params.set("before", page.before);

  const query = params.toString();
  return query ? `?${query}` : "";
}

/** Returns the link to the queue with the same filters, on the page after or before a cursor. */
export function queuePageHref(filters: QueueFilters, page: { after?: string; before?: string }): string {
  return `${queuePath}${queueQueryOf(filters, page)}`;
}

/** Query values of each queue tab: every tab lists open tickets in the chosen sort. */
export const queueTabFilters = {
  open: {},
  mine: { assignee: "mine" },
  unassigned: { assignee: "unassigned" },
  overdue: { sla: "overdue" },
} as const;

/** Returns the tab whose filters the current ones are exactly, or null when other filters are set too. */
export function activeQueueTab(filters: QueueFilters): keyof typeof queueTabFilters | null {
  const others = filterFields.filter((field) => field !== "sort" && field !== "assignee" && field !== "sla" && filters[field]);
  if (others.length > 0) return null;

  if (filters.assignee && filters.sla) return null;
  if (filters.assignee === "mine") return "mine";
  if (filters.assignee === "unassigned") return "unassigned";
  if (filters.assignee) return null;
  if (filters.sla === "overdue") return "overdue";
  if (filters.sla) return null;
  return "open";
}

/** Returns the link of a queue tab, keeping the chosen sort. */
export function queueTabHref(tab: keyof typeof queueTabFilters, sort: QueueFilters["sort"]): string {
  const params = new URLSearchParams(queueTabFilters[tab]);
  if (sort !== "due") params.set("sort", sort);

  const query = params.toString();
  return query ? `${queuePath}?${query}` : queuePath;
}
