/** IBAN (ISO 13616): country code, two check digits and the national account number (BBAN). */

export type IbanProblem = "format" | "length" | "checkDigits";

/**
 * IBAN lengths of Italy and a selection of other SEPA countries. Other countries are checked on
 * format and mod-97 only.
 */
const ibanLengths: Record<string, number> = {
  IT: 27,
  SM: 27,
  VA: 22,
  AT: 20,
  BE: 16,
  CH: 21,
  DE: 22,
  ES: 24,
  FR: 27,
  GB: 22,
  IE: 22,
  LU: 20,
  MC: 27,
  NL: 18,
  PT: 25,
};

/** Removes spaces and upper-cases, so a printed IBAN in groups of four is accepted. */
export function normalizeIban(input: string): string {
  return input.replace(/\s+/g, "").toUpperCase();
}

/** Computes the remainder mod 97 of the IBAN's numeric form, moving the first four characters to the end. */
function mod97(rearranged: string): number {
  let remainder = 0;

  for (const character of rearranged) {
    const code = character.charCodeAt(0);
    // Letters count as two digits: A = 10 ... Z = 35.
    const value = code >= 65 ? String(code - 55) : character;
    for (const digit of value) {
      remainder = (remainder * 10 + Number(digit)) % 97;
    }
  }

  return remainder;
}

export function findIbanProblem(input: string): IbanProblem | null {
  const iban = normalizeIban(input);

  if (!/^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$/.test(iban)) return "format";

  const expectedLength = ibanLengths[iban.slice(0, 2)];
  if (expectedLength !== undefined && iban.length !== expectedLength) return "length";

  // An Italian BBAN is a CIN letter, a 5-digit ABI, a 5-digit CAB and a 12-character account.
  if (iban.startsWith("IT") && !/^IT[0-9]{2}[A-Z][0-9]{10}[A-Z0-9]{12}$/.test(iban)) return "format";

  if (mod97(iban.slice(4) + iban.slice(0, 4)) !== 1) return "checkDigits";
  return null;
}

export function isValidIban(input: string): boolean {
  return findIbanProblem(input) === null;
}

/** Computes the two check digits for a country code and BBAN. */
export function computeIbanCheckDigits(countryCode: string, bban: string): string {
  const remainder = mod97(bban.toUpperCase() + countryCode.toUpperCase() + "00");
  return String(98 - remainder).padStart(2, "0");
}

/** Prints an IBAN in groups of four characters, as on bills and bank documents. */
export function formatIban(input: string): string {
  return normalizeIban(input).replace(/(.{4})(?=.)/g, "$1 ");
}
