import "server-only";

import { parseCafApplication, type CafFieldErrors } from "@/lib/bonus/caf-application-schema";
import { formatAddressLine } from "@/lib/bonus/normalize-address";
import { recordBonusEvent } from "@/lib/bonus/record-bonus-event";
import { runBonusChecks } from "@/lib/bonus/run-bonus-checks";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/log/logger";

export type CreateCafApplicationResult =
  | { ok: true; applicationId: string; reference: string; created: boolean }
  | { ok: false; fieldErrors: CafFieldErrors };

const idempotencyKeyPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Builds the CAF protocol of an application from the office code, the year and the form view's
 * idempotency key, so a second submit of the same form finds the first application.
 * NOTE: 12 hex digits of the key (48 random bits) make a collision between two form views
 * unlikely but not impossible. A collision reads as a repeat of the earlier form.
 */
export function cafReferenceFor(officeCode: string, year: number, idempotencyKey: string): string {
  return `CAF-${officeCode}-${year}-${idempotencyKey.replace(/-/g, "").slice(0, 12).toUpperCase()}`;
}

/**
 * Files a CAF application for a household, then matches it and runs the automatic checks in the
 * same transaction. Returns the field errors of an invalid form instead of throwing.
 */
export async function createCafApplication(
  operator: { id: string; cafOfficeId: string; cafOfficeCode: string },
  values: Record<string, string>,
  now: Date = new Date(),
): Promise<CreateCafApplicationResult> {
  const idempotencyKey = values.idempotencyKey ?? "";
  if (!idempotencyKeyPattern.test(idempotencyKey)) return { ok: false, fieldErrors: { idempotencyKey: "formExpired" } };

  const parsed = parseCafApplication(values, now);
  if (!parsed.ok) return { ok: false, fieldErrors: parsed.fieldErrors };
  const input = parsed.data;

  const reference = cafReferenceFor(operator.cafOfficeCode, now.getUTCFullYear(), idempotencyKey);
  const repeated = await db().waterBonusApplication.findUnique({ where: { reference }, select: { id: true, cafOfficeId: true } });
  if (repeated && repeated.cafOfficeId === operator.cafOfficeId) return { ok: true, applicationId: repeated.id, reference, created: false };
  if (repeated) return { ok: false, fieldErrors: { idempotencyKey: "formExpired" } };

  try {
    const applicationId = await db().$transaction(
      async (tx) => {
        const application = await tx.waterBonusApplication.create({
          data: {
            reference,
            source: "caf",
            cafOfficeId: operator.cafOfficeId,
            filedById: operator.id,
            competenceYear: input.competenceYear,
            applicantFiscalCode: input.applicantFiscalCode,
            applicantFamilyName: input.applicantFamilyName,
            applicantGivenName: input.applicantGivenName,
            memberCount: input.members.length,
            dependentChildren: input.dependentChildren,
            iseeCents: input.iseeCents,
            dsuProtocol: input.dsuProtocol,
            dsuDate: input.dsuDate,
            supplyKind: input.supplyKind,
            declaredSupplyCode: input.supplyCode,
            declaredAddress: formatAddressLine({ street: input.street, houseNumber: input.houseNumber, postalCode: input.postalCode }),
            declaredStreet: input.street,
            declaredHouseNumber: input.houseNumber,
            declaredPostalCode: input.postalCode,
            declaredDwelling: input.dwelling,
            receivedAt: now,
            members: { create: input.members },
          },
          select: { id: true },
        });

        await recordBonusEvent(tx, { applicationId: application.id, actorId: operator.id, action: "bonusApplication.received", after: { state: "received", source: "caf" } });
        await runBonusChecks(tx, application.id, null, now);
        return application.id;
      },
      { maxWait: 10_000, timeout: 20_000 },
    );

    logger.info({ applicationId, cafOfficeId: operator.cafOfficeId }, "CAF bonus application filed");
    return { ok: true, applicationId, reference, created: true };
  } catch (error) {
    // A double submit that raced past the lookup above.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const first = await db().waterBonusApplication.findUnique({ where: { reference }, select: { id: true } });
      if (first) return { ok: true, applicationId: first.id, reference, created: false };
    }
    throw error;
  }
}
