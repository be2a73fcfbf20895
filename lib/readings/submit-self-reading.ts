import "server-only";

import { endOfRomeDay, romeDateOf, startOfRomeDay } from "@/lib/charter/rome-time";
import type { PlainDate } from "@/lib/charter/plain-date";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { Prisma, type ReadingState } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/log/logger";
import { allocateReadingProtocol } from "@/lib/readings/reading-protocol";
import { replacedReasonOf, reviewReasonOf } from "@/lib/readings/review-reasons";
import type { SelfReadingForm } from "@/lib/readings/self-reading-schema";
import {
  averageDailyConsumption,
  averageWindowStart,
  checkSelfReading,
  type ReferenceReading,
  type ReviewFlag,
} from "@/lib/readings/self-reading-rules";
import { customerSupplyScope } from "@/lib/supplies/customer-supply-scope";
import { discardWrittenUploads, insertStoredFiles, writeUploadFiles } from "@/lib/uploads/store-uploads";
import type { ValidUpload } from "@/lib/uploads/validate-uploads";

export type SelfReadingSubmitter = { userId: string; personId: string | null };

export type SubmitSelfReadingResult =
  | { ok: true; readingId: string; protocol: string; state: ReadingState; created: boolean }
  /** `fieldErrors` contains keys under `readings.fieldErrors`, and `formError` a key under `readings.errors`. */
  | { ok: false; fieldErrors: Record<string, string>; formError: string | null; confirmationFlags: ReviewFlag[] };

const rejected = (fieldErrors: Record<string, string>, formError: string | null = null): SubmitSelfReadingResult => ({
  ok: false,
  fieldErrors,
  formError,
  confirmationFlags: [],
});

/** Supplies that still take readings. A terminated contract has a final reading already. */
const readableStates = ["active", "suspended"] as const;

/**
 * Stores a self-reading of a supply the customer holds or manages, after the checks of
 * `checkSelfReading`. A flagged reading is stored as `toReview` with its reason, once the customer
 * confirmed it. An earlier self-reading for the same day is set `rejected` with a reason that names
 * the new protocol, so the history keeps it. A repeated idempotency key returns the first reading.
 * Throws `reading.supplyNotFound` (404) for a supply outside the customer's scope.
 */
export async function submitSelfReading(
  submitter: SelfReadingSubmitter,
  supplyId: string,
  form: SelfReadingForm,
  photos: readonly ValidUpload[],
  now: Date = new Date(),
): Promise<SubmitSelfReadingResult> {
  const supply = submitter.personId
    ? await db().supply.findFirst({ where: { AND: [{ id: supplyId }, customerSupplyScope(submitter.personId, now)] }, select: { id: true, state: true } })
    : null;
  if (!supply) throw new AppError("reading.supplyNotFound", `Supply ${supplyId} not found in the customer's scope`, 404);

  const existing = await findByIdempotencyKey(submitter.userId, form.idempotencyKey);
  if (existing) return { ok: true, ...existing, created: false };

  if (!readableStates.some((state) => state === supply.state)) return rejected({}, "supplyNotActive");

  const meter = await db().meter.findFirst({
    where: { supplyId, removedOn: null },
    orderBy: { installedOn: "desc" },
    select: { id: true, digits: true },
  });
  if (!meter) return rejected({}, "noMeter");

  const today = romeDateOf(now);
  const lastValid = await lastValidReading(meter.id, form.readOn);
  const oldest = await oldestAcceptedSince(meter.id, averageWindowStart(today));

  const check = checkSelfReading(
    { cubicMetres: form.cubicMetres, readOn: form.readOn, meterReplaced: form.meterReplaced, confirmed: form.confirmed },
    { today, lastValid, meterDigits: meter.digits, averageDailyCubicMetres: averageDailyConsumption(oldest, lastValid) },
  );
  if (!check.ok) return rejected(Object.fromEntries(check.errors.map((error) => [error.field, error.code])));
  if (check.needsConfirmation) return { ok: false, fieldErrors: {}, formError: null, confirmationFlags: check.flags };

  const state: ReadingState = check.flags.length > 0 ? "toReview" : "accepted";
  const readAt = form.readOn === today ? now : middayOf(form.readOn);
  const written = await writeUploadFiles(photos);

  try {
    const stored = await db().$transaction(async (tx) => {
      // Serializes submissions for the same supply, so two same-day readings cannot both stay valid.
      await tx.$executeRaw`SELECT 1 FROM "Supply" WHERE "id" = ${supplyId}::uuid FOR UPDATE`;

      const [photoFileId] = await insertStoredFiles(tx, written, submitter.userId);
      const protocol = await allocateReadingProtocol(tx, now);

      const replaced = await tx.meterReading.updateMany({
        where: {
          supplyId,
          source: "self",
          state: { not: "rejected" },
          readAt: { gte: startOfRomeDay(form.readOn), lte: endOfRomeDay(form.readOn) },
        },
        data: { state: "rejected", stateReason: replacedReasonOf(protocol), reviewedAt: now },
      });

      const reading = await tx.meterReading.create({
        data: {
          meterId: meter.id,
          supplyId,
          readAt,
          cubicMetres: form.cubicMetres,
          source: "self",
          channel: "web",
          state,
          stateReason: reviewReasonOf(check.flags),
          protocol,
          photoFileId: photoFileId ?? null,
          submittedById: submitter.userId,
          idempotencyKey: form.idempotencyKey,
        },
        select: { id: true, protocol: true, state: true },
      });

      return { reading, replacedCount: replaced.count };
    });

    logger.info({ readingId: stored.reading.id, supplyId, state, flags: check.flags, replaced: stored.replacedCount }, "self-reading stored");
    return { ok: true, readingId: stored.reading.id, protocol: stored.reading.protocol!, state: stored.reading.state, created: true };
  } catch (error) {
    await discardWrittenUploads(written);

    // A double submit that raced past the lookup above hits the unique key: return the first reading.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const first = await findByIdempotencyKey(submitter.userId, form.idempotencyKey);
      if (first) return { ok: true, ...first, created: false };
    }
    throw error;
  }
}

async function findByIdempotencyKey(userId: string, idempotencyKey: string) {
  const reading = await db().meterReading.findUnique({
    where: { submittedById_idempotencyKey: { submittedById: userId, idempotencyKey } },
    select: { id: true, protocol: true, state: true },
  });
  if (!reading) return null;

  return { readingId: reading.id, protocol: reading.protocol ?? "", state: reading.state };
}

/**
 * Returns the last accepted reading of the meter, leaving out self-readings of `readOn`: a new
 * self-reading for that day replaces them, so it is not compared with them.
 */
async function lastValidReading(meterId: string, readOn: PlainDate): Promise<ReferenceReading | null> {
  const reading = await db().meterReading.findFirst({
    where: {
      meterId,
      state: "accepted",
      NOT: { source: "self", readAt: { gte: startOfRomeDay(readOn), lte: endOfRomeDay(readOn) } },
    },
    orderBy: { readAt: "desc" },
    select: { cubicMetres: true, readAt: true },
  });

  return reading ? { cubicMetres: reading.cubicMetres, readOn: romeDateOf(reading.readAt) } : null;
}

async function oldestAcceptedSince(meterId: string, since: PlainDate): Promise<ReferenceReading | null> {
  const reading = await db().meterReading.findFirst({
    where: { meterId, state: "accepted", readAt: { gte: startOfRomeDay(since) } },
    orderBy: { readAt: "asc" },
    select: { cubicMetres: true, readAt: true },
  });

  return reading ? { cubicMetres: reading.cubicMetres, readOn: romeDateOf(reading.readAt) } : null;
}

/** Noon in Milan of a past day, the time stored for a reading whose hour the customer did not give. */
function middayOf(date: PlainDate): Date {
  return new Date(startOfRomeDay(date).getTime() + 12 * 60 * 60 * 1000);
}
