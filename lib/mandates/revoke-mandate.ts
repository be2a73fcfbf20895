import "server-only";

import { romeDateOf } from "@/lib/charter/rome-time";
import { toUtcMidnight } from "@/lib/charter/plain-date";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { logger } from "@/lib/log/logger";
import { auditMandateStep } from "@/lib/mandates/mandate-audit";

/** Reason stored when the administrator gave none. */
export const defaultRevocationReason = "Revocato dall'amministratore dallo Sportello Online.";

/**
 * Revokes an administrator's own mandate, requested or approved. Access to the supply ends at
 * once, because the mandate leaves the `approved` state. Throws `mandate.notFound` (404) for a
 * mandate of someone else and `mandate.notRevocable` (409) for one already rejected or revoked.
 */
export async function revokeMandate(
  revoker: { userId: string; personId: string | null },
  mandateId: string,
  reason: string,
  now: Date = new Date(),
): Promise<void> {
  if (!revoker.personId) throw new AppError("mandate.notFound", `Mandate ${mandateId} not found for this account`, 404);
  const adminId = revoker.personId;

  await db().$transaction(async (tx) => {
    const mandate = await tx.condoAdminMandate.findFirst({ where: { id: mandateId, adminId }, select: { state: true } });
    if (!mandate) throw new AppError("mandate.notFound", `Mandate ${mandateId} not found for this administrator`, 404);

    const updated = await tx.condoAdminMandate.updateMany({
      where: { id: mandateId, adminId, state: { in: ["requested", "approved"] } },
      data: { state: "revoked", revokedAt: now, revocationReason: reason || defaultRevocationReason, validTo: toUtcMidnight(romeDateOf(now)) },
    });
    if (updated.count === 0) throw new AppError("mandate.notRevocable", `Mandate ${mandateId} is ${mandate.state}`, 409, { state: mandate.state });

    await auditMandateStep(tx, {
      actorId: revoker.userId,
      action: "mandate.revoke",
      mandateId,
      before: mandate.state,
      after: "revoked",
      reason: reason || defaultRevocationReason,
    });
  });

  logger.info({ mandateId, userId: revoker.userId }, "mandate revoked by the administrator");
}
