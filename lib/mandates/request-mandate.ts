import "server-only";

import { romeDateOf } from "@/lib/charter/rome-time";
import { toUtcMidnight } from "@/lib/charter/plain-date";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/log/logger";
import { auditMandateStep } from "@/lib/mandates/mandate-audit";
import type { MandateRequestForm } from "@/lib/mandates/mandate-schema";
import { discardWrittenUploads, insertStoredFiles, writeUploadFiles } from "@/lib/uploads/store-uploads";
import type { ValidUpload } from "@/lib/uploads/validate-uploads";

export type MandateRequester = { userId: string; personId: string | null };

export type RequestMandateResult =
  | { ok: true; mandateId: string; created: boolean }
  /** `fieldErrors` contains keys under `mandates.fieldErrors`, and `formError` a key under `mandates.errors`. */
  | { ok: false; fieldErrors: Record<string, string>; formError: string | null };

/**
 * Records an administrator's request to manage a condominium supply, with the verbale di nomina.
 * The supply must be a condominium supply in force whose holder carries the codice fiscale the
 * administrator typed, so a code copied from someone else's bill is not enough. A repeated
 * idempotency key returns the first request.
 */
export async function requestMandate(
  requester: MandateRequester,
  form: MandateRequestForm,
  verbale: ValidUpload,
  now: Date = new Date(),
): Promise<RequestMandateResult> {
  if (!requester.personId) return { ok: false, fieldErrors: {}, formError: "noPerson" };

  const existing = await findByIdempotencyKey(requester.userId, form.idempotencyKey);
  if (existing) return { ok: true, mandateId: existing, created: false };

  if (form.appointedOn > romeDateOf(now)) return { ok: false, fieldErrors: { appointedOn: "appointedOnFuture" }, formError: null };

  const supply = await db().supply.findUnique({
    where: { supplyCode: form.supplyCode },
    select: { id: true, useType: true, state: true, holder: { select: { fiscalCode: true } } },
  });
  // One message for an unknown code and a code whose holder does not match, so the form reveals no supply.
  if (!supply || supply.holder.fiscalCode !== form.buildingFiscalCode) {
    return { ok: false, fieldErrors: { buildingFiscalCode: "supplyNotMatching" }, formError: null };
  }
  if (supply.useType !== "condominium") return { ok: false, fieldErrors: { supplyCode: "notCondominium" }, formError: null };
  if (supply.state === "terminated") return { ok: false, fieldErrors: { supplyCode: "supplyTerminated" }, formError: null };

  const open = await db().condoAdminMandate.findFirst({
    where: { adminId: requester.personId, supplyId: supply.id, state: { in: ["requested", "approved"] } },
    select: { state: true },
  });
  if (open) return { ok: false, fieldErrors: {}, formError: open.state === "requested" ? "alreadyRequested" : "alreadyApproved" };

  const written = await writeUploadFiles([verbale]);
  try {
    const outcome = await db().$transaction(async (tx) => {
      // Serializes requests for the same supply, then checks again: two form views sent at once
      // would otherwise both pass the check above and open two requests.
      await tx.$executeRaw`SELECT 1 FROM "Supply" WHERE "id" = ${supply.id}::uuid FOR UPDATE`;
      const concurrent = await tx.condoAdminMandate.findFirst({
        where: { adminId: requester.personId!, supplyId: supply.id, state: { in: ["requested", "approved"] } },
        select: { state: true },
      });
      if (concurrent) return { openState: concurrent.state };

      const [verbaleFileId] = await insertStoredFiles(tx, written, requester.userId);
      const mandate = await tx.condoAdminMandate.create({
        data: {
          adminId: requester.personId!,
          supplyId: supply.id,
          state: "requested",
          verbaleFileId,
          appointedOn: toUtcMidnight(form.appointedOn),
          requestedById: requester.userId,
          requestedAt: now,
          idempotencyKey: form.idempotencyKey,
        },
        select: { id: true },
      });
      await auditMandateStep(tx, { actorId: requester.userId, action: "mandate.request", mandateId: mandate.id, before: null, after: "requested" });
      return { mandateId: mandate.id };
    });

    if ("openState" in outcome) {
      await discardWrittenUploads(written);
      return { ok: false, fieldErrors: {}, formError: outcome.openState === "requested" ? "alreadyRequested" : "alreadyApproved" };
    }

    const { mandateId } = outcome;
    logger.info({ mandateId, supplyId: supply.id }, "mandate requested");
    return { ok: true, mandateId, created: true };
  } catch (error) {
    await discardWrittenUploads(written);

    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const first = await findByIdempotencyKey(requester.userId, form.idempotencyKey);
      if (first) return { ok: true, mandateId: first, created: false };
    }
    throw error;
  }
}

async function findByIdempotencyKey(userId: string, idempotencyKey: string): Promise<string | null> {
  const mandate = await db().condoAdminMandate.findUnique({
    where: { requestedById_idempotencyKey: { requestedById: userId, idempotencyKey } },
    select: { id: true },
  });
  return mandate?.id ?? null;
}
