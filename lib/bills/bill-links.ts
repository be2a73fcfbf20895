import { billQueryKeys } from "@/lib/bills/bill-filters";

/** Path of the bill list. Other areas link to one supply's bills with `billsPath(supplyId)`. */
export const billListPath = "/sportello-online/bollette";

export const billGuidePath = "/sportello-online/guida-bolletta";

export const indemnitiesPath = "/sportello-online/indennizzi";

/** Returns the bill list of one supply, or the default supply's list without an id. */
export function billsPath(supplyId?: string): string {
  return supplyId ? `${billListPath}?${billQueryKeys.supply}=${encodeURIComponent(supplyId)}` : billListPath;
}

export function billDetailPath(billId: string): string {
  return `${billListPath}/${encodeURIComponent(billId)}`;
}

export function billPdfPath(billId: string): string {
  return `${billListPath}/${encodeURIComponent(billId)}/pdf`;
}
