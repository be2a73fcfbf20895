import "server-only";

import { db } from "@/lib/db/client";
import { summarizePage, toSkipTake, type PageRequest, type PageSummary } from "@/lib/pagination";
import { formatAddressLine } from "@/lib/requests/find-request-form-data";

export type ReadingToReviewRow = {
  id: string;
  protocol: string | null;
  readAt: Date;
  createdAt: Date;
  cubicMetres: number;
  stateReason: string | null;
  supplyCode: string;
  address: string;
};

/** Lists one page of the readings waiting for an operator, oldest first, so the longest wait comes first. */
export async function listReadingsToReview(page: PageRequest): Promise<{ rows: ReadingToReviewRow[]; summary: PageSummary }> {
  const where = { state: "toReview" as const };

  const [totalItems, records] = await Promise.all([
    db().meterReading.count({ where }),
    db().meterReading.findMany({
      where,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      ...toSkipTake(page),
      select: {
        id: true,
        protocol: true,
        readAt: true,
        createdAt: true,
        cubicMetres: true,
        stateReason: true,
        supply: {
          select: {
            supplyCode: true,
            address: { select: { street: true, houseNumber: true, extra: true, postalCode: true, city: true, province: true } },
          },
        },
      },
    }),
  ]);

  const rows = records.map(({ supply, ...reading }) => ({ ...reading, supplyCode: supply.supplyCode, address: formatAddressLine(supply.address) }));
  return { rows, summary: summarizePage(page, totalItems) };
}

export type ReadingForReview = ReadingToReviewRow & {
  state: "accepted" | "toReview" | "rejected";
  source: "actual" | "self" | "estimated";
  photoFileId: string | null;
  meterSerialNumber: string;
  meterDigits: number;
  /** The readings before this one on the same meter, newest first, for comparison. */
  previous: { id: string; readAt: Date; cubicMetres: number; source: "actual" | "self" | "estimated"; state: "accepted" | "toReview" | "rejected" }[];
};

/** How many earlier readings the review page shows next to the one being decided. */
const previousReadingsShown = 6;

/** Loads a reading with its supply, meter and the readings before it, for an operator's decision. */
export async function loadReadingForReview(readingId: string): Promise<ReadingForReview | null> {
  const record = await db().meterReading.findUnique({
    where: { id: readingId },
    select: {
      id: true,
      protocol: true,
      readAt: true,
      createdAt: true,
      cubicMetres: true,
      state: true,
      source: true,
      stateReason: true,
      photoFileId: true,
      meterId: true,
      meter: { select: { serialNumber: true, digits: true } },
      supply: {
        select: {
          supplyCode: true,
          address: { select: { street: true, houseNumber: true, extra: true, postalCode: true, city: true, province: true } },
        },
      },
    },
  });
  if (!record) return null;

  const previous = await db().meterReading.findMany({
    where: { meterId: record.meterId, readAt: { lt: record.readAt } },
    orderBy: { readAt: "desc" },
    take: previousReadingsShown,
    select: { id: true, readAt: true, cubicMetres: true, source: true, state: true },
  });

  const { supply, meter, meterId: _meterId, ...reading } = record;
  return {
    ...reading,
    supplyCode: supply.supplyCode,
    address: formatAddressLine(supply.address),
    meterSerialNumber: meter.serialNumber,
    meterDigits: meter.digits,
    previous,
  };
}
