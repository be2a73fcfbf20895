/** Path of the supply list in the Sportello Online. */
export const suppliesPath = "/sportello-online/forniture";

/** Path of one supply's page; the supply id in the path is how the portal remembers the chosen supply. */
export function supplyPath(supplyId: string): string {
  return `${suppliesPath}/${supplyId}`;
}

/** Path of the self-reading form of a supply. */
export function selfReadingPath(supplyId: string): string {
  return `${supplyPath(supplyId)}/autolettura`;
}

/** Path of a self-reading's receipt. */
export function readingReceiptPath(supplyId: string, readingId: string): string {
  return `${supplyPath(supplyId)}/letture/${readingId}`;
}
