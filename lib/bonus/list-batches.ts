import "server-only";

import { db } from "@/lib/db/client";

export type BatchRow = { id: string; reference: string; fileName: string | null; receivedOn: Date; recordCount: number };

/** Most recent batches listed on the batch page. */
const listedBatches = 50;

/** Loads the most recent national batches, newest first. */
export async function listBatches(): Promise<BatchRow[]> {
  return db().waterBonusBatch.findMany({
    where: { source: "national" },
    orderBy: [{ receivedOn: "desc" }, { createdAt: "desc" }],
    take: listedBatches,
    select: { id: true, reference: true, fileName: true, receivedOn: true, recordCount: true },
  });
}
