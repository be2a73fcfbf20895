import "server-only";

import type { BillingRunResult } from "@/lib/billing/billing-run-form";
import { db } from "@/lib/db/client";

/**
 * Records a billing run or preview in the audit log: who ran it, for which period end, and the
 * counts. The entity id is the period end, so the runs of one period list together.
 */
export async function auditBillingRun(actorId: string, result: BillingRunResult): Promise<void> {
  await db().auditLog.create({
    data: {
      actorId,
      action: result.dryRun ? "billing.preview" : "billing.run",
      entity: "BillingRun",
      entityId: result.periodEnd,
      after: { due: result.due, issued: result.issued, skipped: result.skipped, failed: result.failed },
    },
  });
}
