import "server-only";

import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { logger } from "@/lib/log/logger";

export type ReadingDecision = { readingId: string; decision: "accept" | "reject"; reason: string };

/**
 * Accepts or rejects a reading waiting for review, and writes the audit row in the same
 * transaction. The update matches only a reading still `toReview`, so of two operators deciding
 * at once the second gets `reading.alreadyDecided` (409) instead of overwriting the first.
 * Throws `reading.notFound` (404) for an unknown reading. A rejection needs a reason the
 * customer will read; an acceptance keeps the flag's reason out of the customer's history.
 * NOTE: accepting a reading declared on a replaced meter records no new Meter row; until a meter
 * screen exists, the reading stays attached to the meter that was installed when it was sent.
 */
export async function reviewReading(reviewerId: string, input: ReadingDecision, now: Date = new Date()): Promise<void> {
  const state = input.decision === "accept" ? "accepted" : "rejected";
  const stateReason = input.decision === "accept" ? null : input.reason;

  await db().$transaction(async (tx) => {
    const before = await tx.meterReading.findUnique({ where: { id: input.readingId }, select: { state: true, stateReason: true } });
    if (!before) throw new AppError("reading.notFound", `Reading ${input.readingId} not found`, 404);

    const updated = await tx.meterReading.updateMany({
      where: { id: input.readingId, state: "toReview" },
      data: { state, stateReason, reviewedById: reviewerId, reviewedAt: now },
    });
    if (updated.count === 0) {
      throw new AppError("reading.alreadyDecided", `Reading ${input.readingId} is no longer waiting for review`, 409, { state: before.state });
    }

    await tx.auditLog.create({
      data: {
        actorId: reviewerId,
        action: input.decision === "accept" ? "reading.accept" : "reading.reject",
        entity: "MeterReading",
        entityId: input.readingId,
        before: { state: before.state, stateReason: before.stateReason },
        after: { state, stateReason },
      },
    });
  });

  logger.info({ readingId: input.readingId, reviewerId, decision: input.decision }, "reading reviewed");
}
