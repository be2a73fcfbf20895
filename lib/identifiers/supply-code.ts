/**
 * Codice utenza printed on water bills: 10 digits in this portal.
 * NOTE: the format is this portal's own. Check it against MM's billing system before importing real supplies.
 */
export const supplyCodePattern = /^[0-9]{10}$/;

export function normalizeSupplyCode(input: string): string {
  return input.replace(/[\s-]+/g, "");
}

export function isValidSupplyCode(input: string): boolean {
  return supplyCodePattern.test(normalizeSupplyCode(input));
}
