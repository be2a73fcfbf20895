import "server-only";

import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db/client";
import type { TicketNature, TicketPriority, TicketState } from "@/lib/generated/prisma/client";
import { summarizePage, toSkipTake, type PageRequest, type PageSummary } from "@/lib/pagination";
import { reportReadScope } from "@/lib/reports/report-scope";

/** One row of "Le mie segnalazioni". */
export type ReportRow = {
  id: string;
  protocol: string;
  categoryLabels: { it: string; en: string; ar: string };
  nature: TicketNature;
  priority: TicketPriority;
  state: TicketState;
  /** True for a report about common areas rather than a dwelling. */
  commonArea: boolean;
  openedAt: Date;
};

/** Lists one page of the Casa reports the user may read, newest first. */
export async function listReports(user: Pick<SessionUser, "id" | "roles">, page: PageRequest): Promise<{ rows: ReportRow[]; summary: PageSummary }> {
  const where = reportReadScope(user);
  if (!where) return { rows: [], summary: summarizePage(page, 0) };

  const [total, tickets] = await Promise.all([
    db().ticket.count({ where }),
    db().ticket.findMany({
      where,
      orderBy: [{ openedAt: "desc" }, { id: "desc" }],
      ...toSkipTake(page),
      select: {
        id: true,
        protocol: true,
        nature: true,
        priority: true,
        state: true,
        dwellingId: true,
        openedAt: true,
        category: { select: { labelIt: true, labelEn: true, labelAr: true } },
      },
    }),
  ]);

  const rows = tickets.map((ticket) => ({
    id: ticket.id,
    protocol: ticket.protocol,
    categoryLabels: { it: ticket.category.labelIt, en: ticket.category.labelEn, ar: ticket.category.labelAr },
    nature: ticket.nature,
    priority: ticket.priority,
    state: ticket.state,
    commonArea: ticket.dwellingId === null,
    openedAt: ticket.openedAt,
  }));

  return { rows, summary: summarizePage(page, total) };
}
