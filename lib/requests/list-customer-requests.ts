import "server-only";

import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db/client";
import type { TicketState } from "@/lib/generated/prisma/client";
import { summarizePage, toSkipTake, type PageRequest, type PageSummary } from "@/lib/pagination";
import { customerTicketScope } from "@/lib/tickets/ticket-access";

/** One row of "Le mie richieste". */
export type CustomerRequestRow = {
  id: string;
  protocol: string;
  categoryCode: string;
  categoryLabels: { it: string; en: string; ar: string };
  state: TicketState;
  openedAt: Date;
  /** Set while a service standard's clock runs or is paused: the date the reply is owed by. */
  dueAt: Date | null;
};

/**
 * Lists one page of the customer's water-service tickets, newest first: those they opened and
 * those an operator opened for them. Raises `ticket.permissionDenied` without `ticket:read:own`.
 */
export async function listCustomerRequests(user: Pick<SessionUser, "id" | "roles">, page: PageRequest): Promise<{ rows: CustomerRequestRow[]; summary: PageSummary }> {
  const where = { AND: [customerTicketScope(user), { division: "sii" as const }] };

  const [total, tickets] = await Promise.all([
    db().ticket.count({ where }),
    db().ticket.findMany({
      where,
      orderBy: [{ openedAt: "desc" }, { id: "desc" }],
      ...toSkipTake(page),
      select: {
        id: true,
        protocol: true,
        state: true,
        openedAt: true,
        dueAt: true,
        category: { select: { code: true, labelIt: true, labelEn: true, labelAr: true } },
      },
    }),
  ]);

  const rows = tickets.map((ticket) => ({
    id: ticket.id,
    protocol: ticket.protocol,
    categoryCode: ticket.category.code,
    categoryLabels: { it: ticket.category.labelIt, en: ticket.category.labelEn, ar: ticket.category.labelAr },
    state: ticket.state,
    openedAt: ticket.openedAt,
    dueAt: ticket.dueAt,
  }));

  return { rows, summary: summarizePage(page, total) };
}
