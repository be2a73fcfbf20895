import "server-only";

import { createHash, randomUUID } from "node:crypto";

import { parseBatchFile, maxBatchFileBytes, type BatchRecord, type BatchRowError } from "@/lib/bonus/batch-file-layout";
import { formatAddressLine } from "@/lib/bonus/normalize-address";
import { runBonusChecks } from "@/lib/bonus/run-bonus-checks";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/log/logger";

export type ImportBatchResult =
  | { ok: true; batchId: string; reference: string; imported: number; errors: BatchRowError[] }
  /** Nothing was imported; `fileError` is a key under `bonus.batch.fileErrors`. */
  | { ok: false; fileError: string; values?: Record<string, string | number>; errors: BatchRowError[] };

/** Applications checked per transaction after the import, so one slow household does not hold a long transaction. */
const checksPerTransaction = 25;

function sha256Of(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/**
 * Imports a national batch file. The file's hash makes a second upload of the same file
 * create nothing, and a record id already imported from another file is listed as a row error.
 * Valid rows become applications in one transaction with the batch, so a failure leaves no
 * half import. The automatic checks run after the commit, a few applications per transaction.
 * An application whose checks fail to run stays `received` and can be checked again from its page.
 */
export async function importNationalBatch(
  importer: { id: string },
  file: { name: string; bytes: Buffer },
  receivedOn: Date = new Date(),
): Promise<ImportBatchResult> {
  if (file.bytes.length === 0) return { ok: false, fileError: "empty", errors: [] };
  if (file.bytes.length > maxBatchFileBytes) return { ok: false, fileError: "tooLarge", values: { maxMegabytes: maxBatchFileBytes / 1024 / 1024 }, errors: [] };

  const fileSha256 = sha256Of(file.bytes);
  const previous = await db().waterBonusBatch.findUnique({ where: { fileSha256 }, select: { reference: true } });
  if (previous) return { ok: false, fileError: "alreadyImported", values: { reference: previous.reference }, errors: [] };

  const parsed = parseBatchFile(file.bytes);
  if (!parsed.ok) return { ok: false, fileError: parsed.fileError, values: parsed.values, errors: [] };

  const existing = await db().waterBonusApplication.findMany({
    where: { reference: { in: parsed.records.map((record) => record.recordId) } },
    select: { reference: true },
  });
  const existingIds = new Set(existing.map((row) => row.reference));
  const records = parsed.records.filter((record) => !existingIds.has(record.recordId));
  const errors = [
    ...parsed.errors,
    ...parsed.records.filter((record) => existingIds.has(record.recordId)).map((record) => ({ row: record.row, recordId: record.recordId, reason: "alreadyImported" })),
  ].sort((first, second) => first.row - second.row);

  if (records.length === 0) return { ok: false, fileError: "noValidRows", errors };

  const reference = `SII-${receivedOn.toISOString().slice(0, 10)}-${fileSha256.slice(0, 8).toUpperCase()}`;
  let batchId: string;
  let applicationIds: string[];
  try {
    ({ batchId, applicationIds } = await writeBatch(importer.id, file.name, fileSha256, reference, receivedOn, records));
  } catch (error) {
    // Two uploads of the same file at once: the second loses on the unique hash or record id.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      logger.warn({ importerId: importer.id, code: error.code }, "bonus batch import lost a race on a unique key");
      return { ok: false, fileError: "alreadyImported", values: { reference }, errors };
    }
    throw error;
  }

  logger.info({ batchId, imported: applicationIds.length, rejectedRows: errors.length }, "bonus batch imported");
  await checkImportedApplications(applicationIds);

  return { ok: true, batchId, reference, imported: applicationIds.length, errors };
}

async function writeBatch(
  importerId: string,
  fileName: string,
  fileSha256: string,
  reference: string,
  receivedOn: Date,
  records: BatchRecord[],
): Promise<{ batchId: string; applicationIds: string[] }> {
  const batchId = randomUUID();
  const receivedAt = new Date();
  const applications = records.map((record) => ({ id: randomUUID(), record }));

  await db().$transaction(
    async (tx) => {
      await tx.waterBonusBatch.create({
        data: { id: batchId, reference, source: "national", receivedOn, fileName, fileSha256, recordCount: records.length, importedById: importerId },
      });

      await tx.waterBonusApplication.createMany({
        data: applications.map(({ id, record }) => ({
          id,
          reference: record.recordId,
          source: "national" as const,
          batchId,
          competenceYear: record.validFrom.getUTCFullYear(),
          applicantFiscalCode: record.applicantFiscalCode,
          applicantFamilyName: record.applicantFamilyName,
          applicantGivenName: record.applicantGivenName,
          memberCount: record.memberCount,
          dependentChildren: record.dependentChildren,
          iseeCents: record.iseeCents,
          dsuProtocol: record.dsuProtocol,
          dsuDate: record.dsuDate,
          supplyKind: record.supplyKind,
          declaredSupplyCode: record.supplyCode,
          declaredAddress: formatAddressLine({ street: record.street, houseNumber: record.houseNumber, postalCode: record.postalCode }),
          declaredStreet: record.street,
          declaredHouseNumber: record.houseNumber,
          declaredPostalCode: record.postalCode,
          // The national system sets the validity period; the operator confirms it on acceptance.
          benefitStart: record.validFrom,
          benefitEnd: record.validTo,
          receivedAt,
        })),
      });

      await tx.waterBonusMember.createMany({
        data: applications.flatMap(({ id, record }) =>
          record.members.map((member) => ({
            applicationId: id,
            fiscalCode: member.fiscalCode,
            familyName: member.familyName,
            givenName: member.givenName,
            isApplicant: member.fiscalCode === record.applicantFiscalCode,
          })),
        ),
      });

      await tx.auditLog.createMany({
        data: applications.map(({ id }) => ({
          actorId: importerId,
          action: "bonusApplication.received",
          entity: "WaterBonusApplication",
          entityId: id,
          after: { state: "received", source: "national", batchReference: reference },
        })),
      });
    },
    { maxWait: 10_000, timeout: 60_000 },
  );

  return { batchId, applicationIds: applications.map(({ id }) => id) };
}

async function checkImportedApplications(applicationIds: string[]): Promise<void> {
  for (let start = 0; start < applicationIds.length; start += checksPerTransaction) {
    const chunk = applicationIds.slice(start, start + checksPerTransaction);
    try {
      await db().$transaction(async (tx) => {
        for (const id of chunk) await runBonusChecks(tx, id, null);
      }, { maxWait: 10_000, timeout: 30_000 });
    } catch (error) {
      logger.error({ err: error, firstApplicationId: chunk[0], count: chunk.length }, "bonus checks failed after import; the applications stay received");
    }
  }
}
