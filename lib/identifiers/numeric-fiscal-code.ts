/**
 * The 11-digit codice fiscale of companies, associations and condominiums, which for a
 * business is also its partita IVA. The first 7 digits are a serial number, the next 3 the
 * tax office, and the last one a check digit.
 */

export type NumericFiscalCodeProblem = "format" | "checkDigit";

/** Removes spaces and an optional `IT` VAT prefix. */
export function normalizeNumericFiscalCode(input: string): string {
  const compact = input.replace(/\s+/g, "").toUpperCase();
  return compact.startsWith("IT") ? compact.slice(2) : compact;
}

/**
 * Computes the check digit of the first 10 digits. Digits in even positions (2nd, 4th ...)
 * are doubled, and a doubled value over 9 loses 9. The check digit brings the sum to a
 * multiple of 10.
 */
export function computeNumericCheckDigit(first10: string): string {
  if (!/^[0-9]{10}$/.test(first10)) {
    throw new RangeError(`The check digit needs 10 digits, received "${first10}".`);
  }

  let sum = 0;
  for (let index = 0; index < 10; index += 1) {
    const digit = Number(first10.charAt(index));
    if (index % 2 === 0) {
      sum += digit;
    } else {
      const doubled = digit * 2;
      sum += doubled > 9 ? doubled - 9 : doubled;
    }
  }

  return String((10 - (sum % 10)) % 10);
}

export function findNumericFiscalCodeProblem(input: string): NumericFiscalCodeProblem | null {
  const code = normalizeNumericFiscalCode(input);

  if (!/^[0-9]{11}$/.test(code)) return "format";
  if (computeNumericCheckDigit(code.slice(0, 10)) !== code.charAt(10)) return "checkDigit";
  return null;
}

export function isValidNumericFiscalCode(input: string): boolean {
  return findNumericFiscalCodeProblem(input) === null;
}
