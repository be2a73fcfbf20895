/*
 * Address matching for the social water bonus. National records and CAF forms write street
 * names as people do ("V.le Monza 12/a"), supplies as Poste Italiane does ("Viale Monza 12/A"),
 * so both sides are reduced to a canonical form before they are compared.
 */

/** Abbreviations of street types, each with its full form, matched as whole words after accents and case are removed. */
const streetTypeAbbreviations: ReadonlyArray<[RegExp, string]> = [
  [/^(V\.?\s*LE|VLE)\b\.?/, "VIALE"],
  [/^(C\.?\s*SO|CSO)\b\.?/, "CORSO"],
  [/^(P\.?\s*ZA|P\.?\s*ZZA|PZA|PZZA)\b\.?/, "PIAZZA"],
  [/^(P\.?\s*LE|PLE)\b\.?/, "PIAZZALE"],
  [/^(L\.?\s*GO|LGO)\b\.?/, "LARGO"],
  [/^(V\.?\s*LO)\b\.?/, "VICOLO"],
  [/^(ALZ\.?)(?=\s)/, "ALZAIA"],
  [/^V\.?(?=\s)/, "VIA"],
];

/** Upper-cases, removes accents and apostrophes, and collapses punctuation and spaces. */
function plainLetters(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toUpperCase()
    .replace(/['’`]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Returns the canonical street name: street type spelled out, no accents, upper case, single spaces, no punctuation. */
export function normalizeStreet(street: string): string {
  let text = plainLetters(street);

  for (const [pattern, fullForm] of streetTypeAbbreviations) {
    if (pattern.test(text)) {
      text = text.replace(pattern, fullForm);
      break;
    }
  }

  return text
    .replace(/[.,;:]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Returns the canonical house number: digits then an optional upper-case suffix, so "12/a", "12 A" and "12a" all read "12A". */
export function normalizeHouseNumber(houseNumber: string): string {
  const compact = plainLetters(houseNumber).replace(/[\s/\-.]/g, "");
  const match = /^(\d+)([A-Z]*)$/.exec(compact);
  if (!match) return compact;

  return `${Number(match[1])}${match[2]}`;
}

export type AddressParts = { street: string; houseNumber: string; postalCode: string | null };

/**
 * Result of comparing two addresses. `exact`: same street, number and suffix, and same CAP when both
 * carry one. `near`: close enough that a person should look (same street and number with another
 * suffix or CAP, a nearby number, or a street name one or two letters apart). `different`: anything else.
 */
export type AddressComparison = "exact" | "near" | "different";

/** Compares two addresses after normalization. */
export function compareAddresses(declared: AddressParts, recorded: AddressParts): AddressComparison {
  const declaredStreet = normalizeStreet(declared.street);
  const recordedStreet = normalizeStreet(recorded.street);
  const declaredNumber = normalizeHouseNumber(declared.houseNumber);
  const recordedNumber = normalizeHouseNumber(recorded.houseNumber);
  const postalCodesAgree = !declared.postalCode || !recorded.postalCode || declared.postalCode.trim() === recorded.postalCode.trim();

  const sameStreet = declaredStreet === recordedStreet;
  if (sameStreet && declaredNumber === recordedNumber && postalCodesAgree) return "exact";

  const similarStreet = sameStreet || editDistance(declaredStreet, recordedStreet) <= 2;
  if (!similarStreet) return "different";

  const declaredDigits = Number.parseInt(declaredNumber, 10);
  const recordedDigits = Number.parseInt(recordedNumber, 10);
  const numbersClose = Number.isFinite(declaredDigits) && Number.isFinite(recordedDigits) && Math.abs(declaredDigits - recordedDigits) <= 2;

  return numbersClose ? "near" : "different";
}

/** Levenshtein distance between two strings. */
function editDistance(first: string, second: string): number {
  let previous = Array.from({ length: second.length + 1 }, (_, index) => index);

  for (let row = 1; row <= first.length; row += 1) {
    const current = [row];
    for (let column = 1; column <= second.length; column += 1) {
      const substitution = previous[column - 1]! + (first[row - 1] === second[column - 1] ? 0 : 1);
      current.push(Math.min(previous[column]! + 1, current[column - 1]! + 1, substitution));
    }
    previous = current;
  }

  return previous[second.length]!;
}

/** Formats an address in one line for display and for the application's declared address. */
export function formatAddressLine(parts: AddressParts): string {
  const street = `${parts.street.trim()} ${parts.houseNumber.trim()}`;
  return parts.postalCode ? `${street}, ${parts.postalCode.trim()} Milano` : street;
}
