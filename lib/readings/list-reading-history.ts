import "server-only";

import { db } from "@/lib/db/client";
import type { ReadingSource, ReadingState } from "@/lib/generated/prisma/client";
import { summarizePage, toSkipTake, type PageRequest, type PageSummary } from "@/lib/pagination";

export type ReadingHistoryRow = {
  id: string;
  readAt: Date;
  cubicMetres: number;
  source: ReadingSource;
  state: ReadingState;
  stateReason: string | null;
  protocol: string | null;
  meterSerialNumber: string;
  photoFileId: string | null;
};

/**
 * Lists one page of a supply's readings, newest first. The caller has already checked that the
 * user may see the supply.
 */
export async function listReadingHistory(supplyId: string, page: PageRequest): Promise<{ rows: ReadingHistoryRow[]; summary: PageSummary }> {
  const where = { supplyId };

  const [totalItems, records] = await Promise.all([
    db().meterReading.count({ where }),
    db().meterReading.findMany({
      where,
      orderBy: [{ readAt: "desc" }, { createdAt: "desc" }],
      ...toSkipTake(page),
      select: {
        id: true,
        readAt: true,
        cubicMetres: true,
        source: true,
        state: true,
        stateReason: true,
        protocol: true,
        photoFileId: true,
        meter: { select: { serialNumber: true } },
      },
    }),
  ]);

  const rows = records.map(({ meter, ...reading }) => ({ ...reading, meterSerialNumber: meter.serialNumber }));
  return { rows, summary: summarizePage(page, totalItems) };
}

export type ReadingReceipt = ReadingHistoryRow & { createdAt: Date; supplyCode: string };

/** Loads one self-reading of a supply for its receipt, or null when the reading is not of that supply. */
export async function loadReadingReceipt(supplyId: string, readingId: string): Promise<ReadingReceipt | null> {
  const record = await db().meterReading.findFirst({
    where: { id: readingId, supplyId, source: "self" },
    select: {
      id: true,
      readAt: true,
      createdAt: true,
      cubicMetres: true,
      source: true,
      state: true,
      stateReason: true,
      protocol: true,
      photoFileId: true,
      meter: { select: { serialNumber: true } },
      supply: { select: { supplyCode: true } },
    },
  });
  if (!record) return null;

  const { meter, supply, ...reading } = record;
  return { ...reading, meterSerialNumber: meter.serialNumber, supplyCode: supply.supplyCode };
}
