import "server-only";

import { z } from "zod";

import { AppError } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";

import { exemptionReasons } from "./exemption-reasons";
import { standardTermsSelect } from "./find-standard-in-force";
import { findIndemnityRecipient } from "./indemnity-recipient";
import { indemnityForExecution } from "./indemnity-level";
import { loadCalendarForStandard } from "./load-calendar";

export const exemptIndemnityInputSchema = z.object({
  clockId: z.string().min(1),
  reason: z.enum(exemptionReasons),
  /** Evidence of the cause, for example the storm warning or the customer's missed appointment. */
  note: z.string().trim().min(1).max(2000),
  actorId: z.string().min(1),
  requestId: z.string().optional(),
});

export type ExemptIndemnityInput = z.input<typeof exemptIndemnityInputSchema>;

/**
 * Marks the indemnity of a clock stopped late as exempt, creating it as exempt when the breach
 * job has not created it yet, and writes the decision to the audit log. An indemnity already
 * credited or paid out cannot be exempted.
 */
export async function exemptIndemnity(tx: Prisma.TransactionClient, input: ExemptIndemnityInput): Promise<{ indemnityId: string }> {
  const parsed = exemptIndemnityInputSchema.safeParse(input);
  if (!parsed.success) {
    throw new AppError("charter.exemptionInvalid", `Invalid exemption: ${parsed.error.message}`, 400, { clockId: input.clockId });
  }
  const { clockId, reason, note, actorId, requestId } = parsed.data;

  // The breach job locks the same row, so it cannot create a due indemnity in between.
  const locked = await tx.$queryRaw<Array<{ id: string }>>`SELECT id FROM "ServiceClock" WHERE id = ${clockId}::uuid FOR UPDATE`;
  if (locked.length === 0) throw new AppError("charter.clockNotFound", `Clock ${clockId} not found.`, 404, { clockId });

  const clock = await tx.serviceClock.findUniqueOrThrow({
    where: { id: clockId },
    select: {
      id: true,
      state: true,
      startedAt: true,
      stoppedAt: true,
      pausedDays: true,
      pausedSeconds: true,
      ticketId: true,
      practiceId: true,
      appointmentId: true,
      serviceStandard: { select: standardTermsSelect },
      indemnities: { select: { id: true, state: true, level: true, amountCents: true } },
    },
  });
  const existing = clock.indemnities[0];
  const decision = { state: "exempt" as const, exemptionReason: reason, exemptionNote: note, decidedById: actorId };

  let indemnityId: string;
  let after: Prisma.InputJsonObject;
  if (existing) {
    if (existing.state === "credited" || existing.state === "paidOut") {
      throw new AppError("charter.indemnityAlreadySettled", `Indemnity ${existing.id} is ${existing.state} and cannot be exempted.`, 409, {
        indemnityId: existing.id,
        state: existing.state,
      });
    }
    await tx.indemnity.update({ where: { id: existing.id }, data: decision });
    indemnityId = existing.id;
    after = { ...decision, level: existing.level, amountCents: existing.amountCents };
  } else {
    if (clock.state !== "stopped" || !clock.stoppedAt) {
      throw new AppError("charter.clockNotStopped", `Clock ${clockId} is ${clock.state}: stop it before deciding on its indemnity.`, 409, { clockId });
    }
    const calendar = await loadCalendarForStandard(tx, clock.serviceStandard, clock.startedAt);
    const amount = indemnityForExecution(calendar, clock.serviceStandard, { ...clock, stoppedAt: clock.stoppedAt });
    if (!amount) throw new AppError("charter.indemnityNotOwed", `Clock ${clockId} stopped within its limit: no indemnity to exempt.`, 409, { clockId });

    const recipient = await findIndemnityRecipient(tx, clock);
    const created = await tx.indemnity.create({
      data: { serviceStandardId: clock.serviceStandard.id, serviceClockId: clock.id, ...recipient, ...amount, ...decision },
      select: { id: true },
    });
    indemnityId = created.id;
    after = { ...decision, ...amount };
  }

  await tx.auditLog.create({
    data: {
      actorId,
      action: "indemnity.exempt",
      entity: "Indemnity",
      entityId: indemnityId,
      before: existing ? { state: existing.state, level: existing.level, amountCents: existing.amountCents } : undefined,
      after,
      requestId: requestId ?? null,
    },
  });

  return { indemnityId };
}
