import "server-only";

import { db } from "@/lib/db/client";

export type BillingRunEntry = { id: string; at: Date; periodEnd: string; dryRun: boolean; actorName: string | null; due: number; issued: number; failed: number };

function countOf(value: unknown, key: string): number {
  if (typeof value !== "object" || value === null) return 0;
  const field = (value as Record<string, unknown>)[key];
  return typeof field === "number" ? field : 0;
}

/** Lists the latest billing runs and previews from the audit log, newest first. */
export async function listRecentBillingRuns(take = 10): Promise<BillingRunEntry[]> {
  const rows = await db().auditLog.findMany({
    where: { entity: "BillingRun" },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, createdAt: true, entityId: true, action: true, after: true, actor: { select: { displayName: true } } },
  });

  return rows.map((row) => ({
    id: row.id,
    at: row.createdAt,
    periodEnd: row.entityId,
    dryRun: row.action === "billing.preview",
    actorName: row.actor?.displayName ?? null,
    due: countOf(row.after, "due"),
    issued: countOf(row.after, "issued"),
    failed: countOf(row.after, "failed"),
  }));
}
