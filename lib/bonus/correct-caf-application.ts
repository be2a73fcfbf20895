import "server-only";

import { parseCafApplication, type CafFieldErrors } from "@/lib/bonus/caf-application-schema";
import { formatAddressLine } from "@/lib/bonus/normalize-address";
import { recordBonusEvent } from "@/lib/bonus/record-bonus-event";
import { runBonusChecks } from "@/lib/bonus/run-bonus-checks";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";

/**
 * Replaces the household, ISEE and supply data of an application the back office sent back to
 * its CAF, then runs the checks again. Another office's application reads as not found.
 */
export async function correctCafApplication(
  operator: { id: string; cafOfficeId: string },
  applicationId: string,
  values: Record<string, string>,
  now: Date = new Date(),
): Promise<{ ok: true } | { ok: false; fieldErrors: CafFieldErrors }> {
  const parsed = parseCafApplication(values, now);
  if (!parsed.ok) return { ok: false, fieldErrors: parsed.fieldErrors };
  const input = parsed.data;

  await db().$transaction(async (tx) => {
    const application = await tx.waterBonusApplication.findFirst({ where: { id: applicationId, cafOfficeId: operator.cafOfficeId }, select: { state: true } });
    if (!application) throw new AppError("bonus.notFound", `Bonus application ${applicationId} not found for this CAF office`, 404);
    if (application.state !== "awaitingCorrection") {
      throw new AppError("bonus.notAwaitingCorrection", `Bonus application ${applicationId} is ${application.state}, not awaiting correction`, 409);
    }

    // Claims the application with a guarded update: a second correction sent at the same time
    // waits on the row lock, then finds the state changed and gets the same conflict.
    const claimed = await tx.waterBonusApplication.updateMany({
      where: { id: applicationId, state: "awaitingCorrection" },
      data: { version: { increment: 1 } },
    });
    if (claimed.count === 0) {
      throw new AppError("bonus.notAwaitingCorrection", `Bonus application ${applicationId} was corrected by another request`, 409);
    }

    await tx.waterBonusMember.deleteMany({ where: { applicationId } });
    await tx.waterBonusApplication.update({
      where: { id: applicationId },
      data: {
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
        members: { create: input.members },
      },
    });
    await recordBonusEvent(tx, { applicationId, actorId: operator.id, action: "bonusApplication.corrected", before: { state: "awaitingCorrection" } });
    await runBonusChecks(tx, applicationId, null, now);
  });

  return { ok: true };
}
