import "server-only";

import { romeDateOf } from "@/lib/charter/rome-time";
import { addDays, toUtcMidnight } from "@/lib/charter/plain-date";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/log/logger";
import { auditMandateStep } from "@/lib/mandates/mandate-audit";

export type MandateDecision = { mandateId: string; decision: "approve" | "reject"; reason: string };

/** Reason stored on an administrator's mandate that ends because the assembly appointed another one. */
export const replacedByNewAdminReason = "Sostituito dal nuovo amministratore nominato dall'assemblea, approvato dagli operatori MM.";

/**
 * Approves or rejects a requested mandate, with an audit row for each change. An approval starts
 * the mandate on its appointment date and ends the approved mandates of other administrators of
 * the same supply the day before, because a condominium has one administrator at a time.
 * Only a mandate still `requested` changes, so a second decision gets `mandate.alreadyDecided`
 * (409). Throws `mandate.notFound` (404) for an unknown mandate.
 */
export async function decideMandate(operatorId: string, input: MandateDecision, now: Date = new Date()): Promise<void> {
  const today = romeDateOf(now);

  await db().$transaction(async (tx) => {
    const mandate = await tx.condoAdminMandate.findUnique({
      where: { id: input.mandateId },
      select: { state: true, supplyId: true, adminId: true, appointedOn: true },
    });
    if (!mandate) throw new AppError("mandate.notFound", `Mandate ${input.mandateId} not found`, 404);

    // Serializes decisions on the same supply, so two approvals of different administrators
    // cannot both miss each other while ending the predecessors.
    await tx.$executeRaw`SELECT 1 FROM "Supply" WHERE "id" = ${mandate.supplyId}::uuid FOR UPDATE`;

    const approve = input.decision === "approve";
    const updated = await tx.condoAdminMandate.updateMany({
      where: { id: input.mandateId, state: "requested" },
      data: approve
        ? { state: "approved", decidedById: operatorId, decidedAt: now, validFrom: mandate.appointedOn ?? toUtcMidnight(today), validTo: null }
        : { state: "rejected", decidedById: operatorId, decidedAt: now, rejectionReason: input.reason },
    });
    if (updated.count === 0) {
      throw new AppError("mandate.alreadyDecided", `Mandate ${input.mandateId} is no longer waiting for a decision`, 409, { state: mandate.state });
    }

    await auditMandateStep(tx, {
      actorId: operatorId,
      action: approve ? "mandate.approve" : "mandate.reject",
      mandateId: input.mandateId,
      before: "requested",
      after: approve ? "approved" : "rejected",
      reason: approve ? null : input.reason,
    });

    if (approve) await endPredecessors(tx, operatorId, { ...mandate, mandateId: input.mandateId }, today, now);
  });

  logger.info({ mandateId: input.mandateId, operatorId, decision: input.decision }, "mandate decided");
}

type ApprovedMandate = { mandateId: string; supplyId: string; adminId: string };

async function endPredecessors(
  tx: Prisma.TransactionClient,
  operatorId: string,
  approved: ApprovedMandate,
  today: string,
  now: Date,
): Promise<void> {
  const predecessors = await tx.condoAdminMandate.findMany({
    where: { supplyId: approved.supplyId, state: "approved", id: { not: approved.mandateId }, adminId: { not: approved.adminId } },
    select: { id: true },
  });

  for (const predecessor of predecessors) {
    await tx.condoAdminMandate.update({
      where: { id: predecessor.id },
      data: { state: "revoked", revokedAt: now, revocationReason: replacedByNewAdminReason, validTo: toUtcMidnight(addDays(today, -1)) },
    });
    await auditMandateStep(tx, {
      actorId: operatorId,
      action: "mandate.revoke",
      mandateId: predecessor.id,
      before: "approved",
      after: "revoked",
      reason: replacedByNewAdminReason,
    });
  }
}
