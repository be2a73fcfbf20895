import "server-only";

import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db/client";
import type { TicketNature, TicketPriority, TicketState } from "@/lib/generated/prisma/client";
import { withoutReporterPhone } from "@/lib/reports/describe-report";
import { reportReadScope } from "@/lib/reports/report-scope";
import { customerTicketScope } from "@/lib/tickets/ticket-access";
import type { TimelineEntry } from "@/lib/tickets/ticket-view";

/** A report as the tenant area shows it: the ticket, its public timeline and its public photos. */
export type ReportDetail = {
  id: string;
  protocol: string;
  categoryLabels: { it: string; en: string; ar: string };
  nature: TicketNature;
  priority: TicketPriority;
  state: TicketState;
  subject: string;
  description: string;
  commonArea: boolean;
  openedAt: Date;
  dueAt: Date | null;
  timeline: TimelineEntry[];
  photos: { fileId: string; fileName: string }[];
  /** True when the viewer filed the report or it is about them, so they may reply and rate it; false for a caretaker reading a tenant's report. */
  isOwn: boolean;
};

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const staffFreeRoles = new Set(["holder", "condoAdmin", "tenant", "caretaker"]);

/**
 * Loads one Casa report the user may read (`reportReadScope`), with public events only. Returns
 * null for a malformed id, a missing ticket and a ticket outside the scope alike, so the page
 * answers 404 to each.
 */
export async function loadReportDetail(user: Pick<SessionUser, "id" | "roles">, ticketId: string): Promise<ReportDetail | null> {
  if (!uuidPattern.test(ticketId)) return null;

  const scope = reportReadScope(user);
  if (!scope) return null;

  const ticket = await db().ticket.findFirst({
    where: { AND: [{ id: ticketId }, scope] },
    select: {
      id: true,
      protocol: true,
      nature: true,
      priority: true,
      state: true,
      subject: true,
      description: true,
      dwellingId: true,
      openedAt: true,
      dueAt: true,
      category: { select: { labelIt: true, labelEn: true, labelAr: true } },
      attachments: { where: { visibility: "public" }, orderBy: { createdAt: "asc" }, select: { file: { select: { id: true, fileName: true } } } },
      events: {
        where: { visibility: "public" },
        orderBy: [{ createdAt: "asc" }, { sequence: "asc" }],
        select: { id: true, kind: true, visibility: true, body: true, fromState: true, toState: true, clockState: true, data: true, createdAt: true, author: { select: { roles: true } } },
      },
    },
  });
  if (!ticket) return null;

  const own = await db().ticket.count({ where: { AND: [{ id: ticketId }, customerTicketScope(user)] } });
  const isOwn = own > 0;

  return {
    id: ticket.id,
    protocol: ticket.protocol,
    categoryLabels: { it: ticket.category.labelIt, en: ticket.category.labelEn, ar: ticket.category.labelAr },
    nature: ticket.nature,
    priority: ticket.priority,
    state: ticket.state,
    subject: ticket.subject,
    // A caretaker reads a tenant's common-area report, but not the phone number the tenant left for MM.
    description: isOwn ? ticket.description : withoutReporterPhone(ticket.description),
    commonArea: ticket.dwellingId === null,
    openedAt: ticket.openedAt,
    dueAt: ticket.dueAt,
    photos: ticket.attachments.map((attachment) => ({ fileId: attachment.file.id, fileName: attachment.file.fileName })),
    timeline: ticket.events.map((event) => ({
      id: event.id,
      kind: event.kind,
      visibility: event.visibility,
      byStaff: event.author ? !event.author.roles.every((role) => staffFreeRoles.has(role)) : null,
      body: event.body,
      fromState: event.fromState,
      toState: event.toState,
      clockState: event.clockState,
      data: event.data !== null && typeof event.data === "object" && !Array.isArray(event.data) ? (event.data as Record<string, unknown>) : null,
      createdAt: event.createdAt,
    })),
    isOwn,
  };
}
