import "server-only";

import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { openTicketWhere } from "@/lib/tickets/queue/queue-scope";
import { operatorTicketScope, type TicketActor } from "@/lib/tickets/ticket-access";

/** Highest count a tab shows exactly; above it the tab reads "100+". */
export const tabCountCap = 100;

export const queueTabs = ["open", "mine", "unassigned", "overdue"] as const;
export type QueueTab = (typeof queueTabs)[number];

/** A tab's count, capped: `capped` is true when more tickets match than `count` shows. */
export type TabCount = { count: number; capped: boolean };

/**
 * Counts the tickets behind each queue tab. Each count reads at most `tabCountCap + 1` rows
 * through a LIMIT subquery, so a large table never costs a full COUNT(*).
 */
export async function countQueueTabs(user: TicketActor, now: Date = new Date()): Promise<Record<QueueTab, TabCount>> {
  const scope = operatorTicketScope(user, "read");
  const tabWhere: Record<QueueTab, Prisma.TicketWhereInput> = {
    open: {},
    mine: { assigneeId: user.id },
    unassigned: { assigneeId: null },
    overdue: { dueAt: { lt: now } },
  };

  const counts = {} as Record<QueueTab, TabCount>;
  for (const tab of queueTabs) {
    const count = await db().ticket.count({ where: { AND: [scope, openTicketWhere, tabWhere[tab]] }, take: tabCountCap + 1 });
    counts[tab] = { count: Math.min(count, tabCountCap), capped: count > tabCountCap };
  }

  return counts;
}
