import "server-only";

import { hasPermission } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Writes the in-app notification that a customer answered a practice, inside the caller's
 * transaction. The assigned operator gets it when the account is active and may still work
 * practices. Otherwise every active SII operator gets it, because the practice is back in the
 * shared queue. The notification kind is `practiceStateChanged`: the answer moves the practice
 * out of waitingForCustomer, and the notification links to the back-office detail.
 */
export async function notifyPracticeOperators(tx: Prisma.TransactionClient, practiceId: string, assigneeId: string | null, at: Date): Promise<number> {
  const recipientIds = await findOperatorRecipients(tx, assigneeId);
  if (recipientIds.length === 0) return 0;

  await tx.notification.createMany({
    data: recipientIds.map((recipientId) => ({ recipientId, kind: "practiceStateChanged" as const, practiceId, createdAt: at })),
  });
  return recipientIds.length;
}

async function findOperatorRecipients(tx: Prisma.TransactionClient, assigneeId: string | null): Promise<string[]> {
  if (assigneeId) {
    const assignee = await tx.user.findUnique({ where: { id: assigneeId }, select: { id: true, roles: true, disabledAt: true } });
    if (assignee && assignee.disabledAt === null && hasPermission(assignee, "practice:update:any")) return [assignee.id];
  }

  // The SII operators are a team of staff accounts, tens at most, so the list is read whole.
  const operators = await tx.user.findMany({
    where: { roles: { has: "siiOperator" }, disabledAt: null },
    orderBy: { id: "asc" },
    select: { id: true },
  });
  return operators.map((operator) => operator.id);
}
