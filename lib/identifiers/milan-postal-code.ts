/**
 * Postal codes (CAP) of the city of Milan. Poste Italiane gives each delivery zone of the
 * city its own code from 20121 to 20162. The generic 20100 is no longer used.
 */
export const milanPostalCodeRange = { first: 20121, last: 20162 } as const;

export function isMilanPostalCode(input: string): boolean {
  const code = input.trim();
  if (!/^[0-9]{5}$/.test(code)) return false;

  const value = Number(code);
  return value >= milanPostalCodeRange.first && value <= milanPostalCodeRange.last;
}

export function isItalianPostalCode(input: string): boolean {
  return /^[0-9]{5}$/.test(input.trim());
}
