import "server-only";

import type { MandateState, Prisma } from "@/lib/generated/prisma/client";

/** Writes the audit row of one mandate step inside the step's transaction. */
export async function auditMandateStep(
  tx: Prisma.TransactionClient,
  step: { actorId: string | null; action: string; mandateId: string; before: MandateState | null; after: MandateState; reason?: string | null },
): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: step.actorId,
      action: step.action,
      entity: "CondoAdminMandate",
      entityId: step.mandateId,
      before: step.before ? { state: step.before } : undefined,
      after: { state: step.after, ...(step.reason ? { reason: step.reason } : {}) },
    },
  });
}
