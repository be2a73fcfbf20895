import "server-only";

import { encodeCheckNote } from "@/lib/bonus/check-notes";
import { recordBonusEvent } from "@/lib/bonus/record-bonus-event";
import { runBonusChecks } from "@/lib/bonus/run-bonus-checks";
import { updateApplicationVersion } from "@/lib/bonus/update-application-version";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import { insertStoredFiles, discardWrittenUploads, writeUploadFiles } from "@/lib/uploads/store-uploads";
import type { ValidUpload } from "@/lib/uploads/validate-uploads";

type Operator = { id: string };
type VersionedRequest = { applicationId: string; version: number };

const openStates = ["received", "checking", "awaitingCorrection"];

async function loadOpenApplication(tx: Prisma.TransactionClient, request: VersionedRequest) {
  const application = await tx.waterBonusApplication.findUnique({
    where: { id: request.applicationId },
    select: { id: true, state: true, version: true, source: true, supplyId: true, supply: { select: { id: true, useType: true, addressId: true } } },
  });
  if (!application) throw new AppError("bonus.notFound", `Bonus application ${request.applicationId} not found`, 404);
  if (application.version !== request.version) {
    throw new AppError("bonus.conflict", `Bonus application ${request.applicationId} changed since version ${request.version}`, 409);
  }
  if (!openStates.includes(application.state)) {
    throw new AppError("bonus.alreadyDecided", `Bonus application ${request.applicationId} is already ${application.state}`, 409, { state: application.state });
  }

  return application;
}

/** Runs the automatic checks again, for example after master data changed elsewhere. */
export async function rerunChecks(operator: Operator, request: VersionedRequest): Promise<void> {
  await db().$transaction(async (tx) => {
    await loadOpenApplication(tx, request);
    await updateApplicationVersion(tx, request.applicationId, request.version, {});
    await runBonusChecks(tx, request.applicationId, operator.id);
  });
}

/**
 * Corrects a direct supply coded as domestic non-resident to domestic resident, on the holder's
 * self-declaration of residence, then runs the checks again. The supply change is audited on its own.
 */
export async function correctSupplyToResident(operator: Operator, request: VersionedRequest & { declarationNote: string }): Promise<void> {
  await db().$transaction(async (tx) => {
    const application = await loadOpenApplication(tx, request);
    if (!application.supply || application.supply.useType !== "domesticNonResident") {
      throw new AppError("bonus.supplyNotCorrectable", `Bonus application ${request.applicationId} has no domestic non-resident supply to correct`, 409);
    }

    await tx.supply.update({ where: { id: application.supply.id }, data: { useType: "domesticResident" } });
    await tx.auditLog.create({
      data: {
        actorId: operator.id,
        action: "supply.update",
        entity: "Supply",
        entityId: application.supply.id,
        before: { useType: "domesticNonResident" },
        after: { useType: "domesticResident", reason: "bonusSelfDeclaration", bonusApplicationId: request.applicationId },
      },
    });
    await updateApplicationVersion(tx, request.applicationId, request.version, {});
    await recordBonusEvent(tx, {
      applicationId: request.applicationId,
      actorId: operator.id,
      action: "bonusApplication.supplyUseTypeCorrected",
      before: { useType: "domesticNonResident" },
      after: { useType: "domesticResident", note: request.declarationNote },
    });
    await runBonusChecks(tx, request.applicationId, operator.id);
  });
}

/** Sends a CAF application back to its CAF with what to correct. The CAF's reply runs the checks again. */
export async function requestCorrection(operator: Operator, request: VersionedRequest & { message: string }): Promise<void> {
  await db().$transaction(async (tx) => {
    const application = await loadOpenApplication(tx, request);
    if (application.source !== "caf") {
      throw new AppError("bonus.notCafApplication", `Bonus application ${request.applicationId} came from the national batch, so no CAF can correct it`, 409);
    }

    await updateApplicationVersion(tx, request.applicationId, request.version, { state: "awaitingCorrection", correctionRequest: request.message });
    await recordBonusEvent(tx, {
      applicationId: request.applicationId,
      actorId: operator.id,
      action: "bonusApplication.correctionRequested",
      before: { state: application.state },
      after: { state: "awaitingCorrection", message: request.message },
    });
  });
}

/** Schedules a site inspection of the application's address with an inspector. */
export async function scheduleInspection(operator: Operator, request: VersionedRequest & { scheduledAt: Date; inspectorId: string }): Promise<string> {
  return db().$transaction(async (tx) => {
    const application = await loadOpenApplication(tx, request);
    const inspector = await tx.user.findFirst({ where: { id: request.inspectorId, disabledAt: null, roles: { hasSome: ["siiOperator", "supervisor"] } }, select: { id: true } });
    if (!inspector) throw new AppError("bonus.inspectorNotFound", `Inspector ${request.inspectorId} not found among active SII staff`, 422);

    const inspection = await tx.inspection.create({
      data: { bonusApplicationId: request.applicationId, inspectorId: inspector.id, scheduledAt: request.scheduledAt, addressId: application.supply?.addressId ?? null },
      select: { id: true },
    });
    await updateApplicationVersion(tx, request.applicationId, request.version, {});
    await recordBonusEvent(tx, {
      applicationId: request.applicationId,
      actorId: operator.id,
      action: "bonusApplication.inspectionScheduled",
      after: { inspectionId: inspection.id, scheduledAt: request.scheduledAt.toISOString(), inspectorId: inspector.id },
    });

    return inspection.id;
  });
}

export type InspectionReport = VersionedRequest & {
  inspectionId: string;
  outcome: "confirmed" | "notConfirmed" | "noAccess";
  performedAt: Date;
  notes: string;
  photos: readonly ValidUpload[];
};

/**
 * Records an inspection's outcome, notes and photos. A confirmed inspection verifies on site that
 * the household lives at the supply's address. It therefore waives a failed address check and
 * confirms the match. The other outcomes leave the checks as they are.
 */
export async function recordInspection(operator: Operator, report: InspectionReport): Promise<void> {
  const written = await writeUploadFiles(report.photos);

  try {
    await db().$transaction(async (tx) => {
      const application = await loadOpenApplication(tx, report);
      const inspection = await tx.inspection.findFirst({ where: { id: report.inspectionId, bonusApplicationId: report.applicationId }, select: { id: true, outcome: true } });
      if (!inspection) throw new AppError("bonus.inspectionNotFound", `Inspection ${report.inspectionId} not found for application ${report.applicationId}`, 404);
      if (inspection.outcome !== null) throw new AppError("bonus.inspectionRecorded", `Inspection ${report.inspectionId} already has an outcome`, 409);

      await tx.inspection.update({ where: { id: inspection.id }, data: { outcome: report.outcome, performedAt: report.performedAt, notes: report.notes || null } });
      const fileIds = await insertStoredFiles(tx, written, operator.id);
      if (fileIds.length > 0) await tx.inspectionPhoto.createMany({ data: fileIds.map((fileId) => ({ inspectionId: inspection.id, fileId })) });

      const confirmed = report.outcome === "confirmed" && application.supplyId !== null;
      if (confirmed) {
        await tx.waterBonusCheck.updateMany({
          where: { applicationId: report.applicationId, kind: "addressMatch", outcome: { in: ["failed", "pending"] } },
          data: { outcome: "waived", note: encodeCheckNote("waivedByInspection"), checkedAt: report.performedAt, checkedById: operator.id },
        });
      }
      await updateApplicationVersion(tx, report.applicationId, report.version, confirmed ? { matchResult: "matched", matchedAt: new Date() } : {});
      await recordBonusEvent(tx, {
        applicationId: report.applicationId,
        actorId: operator.id,
        action: "bonusApplication.inspectionRecorded",
        after: { inspectionId: inspection.id, outcome: report.outcome, photos: fileIds.length, addressCheckWaived: confirmed },
      });
    });
  } catch (error) {
    await discardWrittenUploads(written);
    throw error;
  }
}
