import type {
  Channel,
  ClockState,
  Division,
  EventVisibility,
  TicketEventKind,
  TicketNature,
  TicketPriority,
  TicketState,
} from "@/lib/generated/prisma/enums";

/** The fields both customers and operators see of a ticket. */
export type TicketView = {
  id: string;
  protocol: string;
  division: Division;
  nature: TicketNature;
  categoryCode: string;
  channel: Channel;
  priority: TicketPriority;
  state: TicketState;
  subject: string;
  description: string;
  dueAt: Date | null;
  /** Protocol of the ticket this one was merged into as a duplicate. */
  mergedIntoProtocol: string | null;
  openedAt: Date;
  resolvedAt: Date | null;
  closedAt: Date | null;
};

/** A ticket as the back office sees it, with routing and the version to send back with an update. */
export type OperatorTicketView = TicketView & {
  version: number;
  assigneeId: string | null;
  teamId: string | null;
  requesterId: string | null;
  reporterId: string | null;
  supplyId: string | null;
  dwellingId: string | null;
};

export const ticketViewSelect = {
  id: true,
  protocol: true,
  division: true,
  nature: true,
  channel: true,
  priority: true,
  state: true,
  subject: true,
  description: true,
  dueAt: true,
  openedAt: true,
  resolvedAt: true,
  closedAt: true,
  version: true,
  assigneeId: true,
  teamId: true,
  requesterId: true,
  reporterId: true,
  supplyId: true,
  dwellingId: true,
  category: { select: { code: true } },
  mergedInto: { select: { protocol: true } },
} as const;

type SelectedTicket = Omit<OperatorTicketView, "categoryCode" | "mergedIntoProtocol"> & {
  category: { code: string };
  mergedInto: { protocol: string } | null;
};

export function toOperatorTicketView(row: SelectedTicket): OperatorTicketView {
  const { category, mergedInto, ...fields } = row;
  return { ...fields, categoryCode: category.code, mergedIntoProtocol: mergedInto?.protocol ?? null };
}

export function toCustomerTicketView(row: SelectedTicket): TicketView {
  const view = toOperatorTicketView(row);
  return {
    id: view.id,
    protocol: view.protocol,
    division: view.division,
    nature: view.nature,
    categoryCode: view.categoryCode,
    channel: view.channel,
    priority: view.priority,
    state: view.state,
    subject: view.subject,
    description: view.description,
    dueAt: view.dueAt,
    mergedIntoProtocol: view.mergedIntoProtocol,
    openedAt: view.openedAt,
    resolvedAt: view.resolvedAt,
    closedAt: view.closedAt,
  };
}

/**
 * Categories whose reporter only supervisors may see, because a report of unlawful occupation
 * can expose its author to retaliation. The tenant area stores these tickets without a requester.
 */
export const confidentialReporterCategoryCodes: readonly string[] = ["unlawfulOccupation"];

/** Returns true when the viewer may see who reported a ticket of `categoryCode`: anyone for ordinary categories, supervisors for confidential ones. */
export function mayViewReporter(viewer: { roles: readonly string[] }, categoryCode: string): boolean {
  return !confidentialReporterCategoryCodes.includes(categoryCode) || viewer.roles.includes("supervisor");
}

/** One entry of a ticket's timeline. */
export type TimelineEntry = {
  id: string;
  kind: TicketEventKind;
  visibility: EventVisibility;
  /** True when a member of staff wrote it, false for the customer or reporter, null for the system. */
  byStaff: boolean | null;
  body: string | null;
  fromState: TicketState | null;
  toState: TicketState | null;
  clockState: ClockState | null;
  /** Kind-specific values: the survivor's protocol for `merged`, the file for `attachmentAdded`. */
  data: Record<string, unknown> | null;
  createdAt: Date;
};

/** A timeline entry for staff, with the author's account. */
export type OperatorTimelineEntry = TimelineEntry & { authorId: string | null; authorName: string | null };
