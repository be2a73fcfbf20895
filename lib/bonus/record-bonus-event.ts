import "server-only";

import type { Prisma } from "@/lib/generated/prisma/client";

/** Audit actions of a bonus application; the application's timeline lists them. */
export type BonusEventAction =
  | "bonusApplication.received"
  | "bonusApplication.checked"
  | "bonusApplication.correctionRequested"
  | "bonusApplication.corrected"
  | "bonusApplication.inspectionScheduled"
  | "bonusApplication.inspectionRecorded"
  | "bonusApplication.checkWaived"
  | "bonusApplication.supplyUseTypeCorrected"
  | "bonusApplication.accepted"
  | "bonusApplication.rejected"
  | "bonusApplication.paymentOrderPaid";

/**
 * Writes one AuditLog row for a bonus application. `before` and `after` hold only the fields
 * that changed, never a codice fiscale or an ISEE value.
 */
export async function recordBonusEvent(
  tx: Prisma.TransactionClient,
  event: { applicationId: string; actorId: string | null; action: BonusEventAction; before?: Prisma.InputJsonValue; after?: Prisma.InputJsonValue },
): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: event.actorId,
      action: event.action,
      entity: "WaterBonusApplication",
      entityId: event.applicationId,
      before: event.before,
      after: event.after,
    },
  });
}
