/**
 * pagoPA notice code (codice avviso) with aux digit 3: 18 digits made of the aux digit,
 * a 2-digit segregation code, a 13-digit IUV base and 2 check digits. The check digits are
 * the 16-digit number formed by aux digit, segregation code and IUV base, mod 93.
 */

export type PagoPaNoticeProblem = "format" | "auxDigit" | "checkDigits";

const auxDigit = "3";

export function normalizePagoPaNoticeCode(input: string): string {
  return input.replace(/[\s-]+/g, "");
}

/** Computes the 2 check digits of the 16 leading digits. The number exceeds 2^53, so it uses BigInt. */
export function computePagoPaCheckDigits(first16: string): string {
  if (!/^[0-9]{16}$/.test(first16)) {
    throw new RangeError(`The pagoPA check digits need 16 digits, received "${first16}".`);
  }
  return String(BigInt(first16) % 93n).padStart(2, "0");
}

/** Builds a notice code from a 2-digit segregation code and a 13-digit IUV base. */
export function buildPagoPaNoticeCode(segregationCode: string, iuvBase: string): string {
  if (!/^[0-9]{2}$/.test(segregationCode)) {
    throw new RangeError(`The segregation code must be 2 digits, received "${segregationCode}".`);
  }
  if (!/^[0-9]{13}$/.test(iuvBase)) {
    throw new RangeError(`The IUV base must be 13 digits, received "${iuvBase}".`);
  }

  const first16 = auxDigit + segregationCode + iuvBase;
  return first16 + computePagoPaCheckDigits(first16);
}

export function findPagoPaNoticeProblem(input: string): PagoPaNoticeProblem | null {
  const code = normalizePagoPaNoticeCode(input);

  if (!/^[0-9]{18}$/.test(code)) return "format";
  if (!code.startsWith(auxDigit)) return "auxDigit";
  if (computePagoPaCheckDigits(code.slice(0, 16)) !== code.slice(16)) return "checkDigits";
  return null;
}

export function isValidPagoPaNoticeCode(input: string): boolean {
  return findPagoPaNoticeProblem(input) === null;
}

/** Prints the code in groups of four digits, as on the payment notice: "3011 2345 6789 0123 45". */
export function formatPagoPaNoticeCode(code: string): string {
  return normalizePagoPaNoticeCode(code).replace(/(.{4})(?=.)/g, "$1 ");
}

/**
 * Builds the text of the notice's QR code: `PAGOPA|002|<notice code>|<creditor's 11-digit
 * fiscal code>|<amount in cents>`.
 */
export function buildPagoPaQrPayload(noticeCode: string, creditorFiscalCode: string, amountCents: number): string {
  const code = normalizePagoPaNoticeCode(noticeCode);
  if (findPagoPaNoticeProblem(code) !== null) {
    throw new RangeError(`Invalid pagoPA notice code "${noticeCode}".`);
  }
  if (!/^[0-9]{11}$/.test(creditorFiscalCode)) {
    throw new RangeError(`The creditor's fiscal code must be 11 digits, received "${creditorFiscalCode}".`);
  }
  if (!Number.isInteger(amountCents) || amountCents <= 0) {
    throw new RangeError(`The amount must be a positive whole number of cents, received ${amountCents}.`);
  }

  return `PAGOPA|002|${code}|${creditorFiscalCode}|${amountCents}`;
}
