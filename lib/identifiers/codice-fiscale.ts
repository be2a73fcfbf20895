/**
 * Codice fiscale of a natural person: 16 characters issued by the Agenzia delle Entrate. Layout: surname (3 letters), name (3), year (2 digits), month letter,
 * day (2 digits, plus 40 for women), place code (letter and 3 digits, Z for foreign countries)
 * and a check letter.
 */

export type Sex = "M" | "F";

/** Month letters January to December. */
const monthLetters = "ABCDEHLMPRST";

/** Letters that replace the digits 0-9 in an omocodia variant. */
const omocodiaLetters = "LMNPQRSTUV";

/**
 * Zero-based indexes of the seven digit positions, in the order the Agenzia delle Entrate
 * replaces them when two people share a code: from the right (positions 15, 14, 13, 11, 10, 8, 7).
 */
const omocodiaIndexes = [14, 13, 12, 10, 9, 7, 6] as const;

/** Values of the characters in odd positions (1st, 3rd ...). A digit takes the value of the letter in the same place, 0 as A. */
const oddValues = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];

const digitOrOmocodia = "[0-9LMNPQRSTUV]";

/** Shape of a code once upper-cased: letters, digit slots that accept omocodia letters, month and check letters. */
const structurePattern = new RegExp(
  `^[A-Z]{6}${digitOrOmocodia}{2}[${monthLetters}]${digitOrOmocodia}{2}[A-Z]${digitOrOmocodia}{3}[A-Z]$`,
);

const spidPrefix = "TINIT-";

/** The reasons a person's codice fiscale can be invalid, in the order they are checked. */
export type CodiceFiscaleProblem = "length" | "structure" | "birthDate" | "checkCharacter";

export type CodiceFiscaleResult =
  | { valid: true; code: string; decoded: DecodedCodiceFiscale }
  | { valid: false; code: string; problem: CodiceFiscaleProblem };

export type DecodedCodiceFiscale = {
  /** The code with omocodia letters turned back into digits and the check letter recomputed. */
  baseCode: string;
  /** How many digit positions carry an omocodia letter (0 for the ordinary code). */
  omocodiaLevel: number;
  sex: Sex;
  /** Two-digit year of birth, because the code does not carry the century. */
  birthYearTwoDigits: number;
  birthMonth: number;
  birthDay: number;
  /** Cadastral (Belfiore) code of the Italian municipality, or Z and 3 digits for a foreign country. */
  placeCode: string;
  bornAbroad: boolean;
};

/**
 * Normalizes user input: trims, removes inner spaces, upper-cases and strips the `TINIT-`
 * prefix that SPID and CIE identity providers put before the code.
 */
export function normalizeCodiceFiscale(input: string): string {
  const compact = input.replace(/\s+/g, "").toUpperCase();
  return compact.startsWith(spidPrefix) ? compact.slice(spidPrefix.length) : compact;
}

function characterValue(character: string): number {
  const code = character.charCodeAt(0);
  return code >= 48 && code <= 57 ? code - 48 : code - 65;
}

/** Computes the check letter of the first 15 characters of a person's codice fiscale. */
export function computeCheckCharacter(first15: string): string {
  if (first15.length !== 15) {
    throw new RangeError(`The check letter needs 15 characters, received ${first15.length}.`);
  }

  let sum = 0;
  for (let index = 0; index < 15; index += 1) {
    const value = characterValue(first15.charAt(index));
    // Index 0 is position 1, an odd position.
    const isOddPosition = index % 2 === 0;
    sum += isOddPosition ? (oddValues[value] ?? 0) : value;
  }

  return String.fromCharCode(65 + (sum % 26));
}

/** Replaces omocodia letters with the digits they stand for and recomputes the check letter. */
export function decodeOmocodia(code: string): { baseCode: string; omocodiaLevel: number } {
  const characters = code.slice(0, 15).split("");
  let omocodiaLevel = 0;

  for (const index of omocodiaIndexes) {
    const digit = omocodiaLetters.indexOf(characters[index] ?? "");
    if (digit >= 0) {
      characters[index] = String(digit);
      omocodiaLevel += 1;
    }
  }

  const first15 = characters.join("");
  return { baseCode: first15 + computeCheckCharacter(first15), omocodiaLevel };
}

/**
 * Builds the omocodia variant of a code at a given level (1 to 7): the rightmost `level`
 * digit positions become letters, as the Agenzia delle Entrate does for the second,
 * third ... person with the same code.
 */
export function applyOmocodia(code: string, level: number): string {
  if (!Number.isInteger(level) || level < 0 || level > omocodiaIndexes.length) {
    throw new RangeError(`The omocodia level must be an integer from 0 to 7, received ${level}.`);
  }

  const characters = decodeOmocodia(code).baseCode.slice(0, 15).split("");
  for (const index of omocodiaIndexes.slice(0, level)) {
    characters[index] = omocodiaLetters.charAt(Number(characters[index]));
  }

  const first15 = characters.join("");
  return first15 + computeCheckCharacter(first15);
}

function daysInMonth(yearTwoDigits: number, month: number): number {
  if (month === 2) {
    // The century is unknown. When yy is a multiple of 4, 20yy is a leap year (2000 included) and so is 19yy except 1900, so 29 February is accepted.
    return yearTwoDigits % 4 === 0 ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Checks a person's codice fiscale: length, structure, a real birth date and the check letter. Accepts omocodia variants. */
export function validateCodiceFiscale(input: string): CodiceFiscaleResult {
  const code = normalizeCodiceFiscale(input);

  if (code.length !== 16) return { valid: false, code, problem: "length" };
  if (!structurePattern.test(code)) return { valid: false, code, problem: "structure" };

  const { baseCode, omocodiaLevel } = decodeOmocodia(code);
  const birthYearTwoDigits = Number(baseCode.slice(6, 8));
  const birthMonth = monthLetters.indexOf(baseCode.charAt(8)) + 1;
  const encodedDay = Number(baseCode.slice(9, 11));
  const sex: Sex = encodedDay > 40 ? "F" : "M";
  const birthDay = sex === "F" ? encodedDay - 40 : encodedDay;

  if (birthDay < 1 || birthDay > daysInMonth(birthYearTwoDigits, birthMonth)) {
    return { valid: false, code, problem: "birthDate" };
  }

  if (computeCheckCharacter(code.slice(0, 15)) !== code.charAt(15)) {
    return { valid: false, code, problem: "checkCharacter" };
  }

  const placeCode = baseCode.slice(11, 15);
  return {
    valid: true,
    code,
    decoded: {
      baseCode,
      omocodiaLevel,
      sex,
      birthYearTwoDigits,
      birthMonth,
      birthDay,
      placeCode,
      bornAbroad: placeCode.startsWith("Z"),
    },
  };
}

export function isValidCodiceFiscale(input: string): boolean {
  return validateCodiceFiscale(input).valid;
}

/**
 * Returns the full birth date of a decoded code. A two-digit year later than the reference
 * year's last two digits is read as 19yy, otherwise as 20yy, so no birth date falls after the reference year.
 */
export function birthDateOf(decoded: DecodedCodiceFiscale, referenceDate: Date): Date {
  const referenceYear = referenceDate.getUTCFullYear();
  const century = decoded.birthYearTwoDigits > referenceYear % 100 ? 1900 : 2000;
  return new Date(Date.UTC(century + decoded.birthYearTwoDigits, decoded.birthMonth - 1, decoded.birthDay));
}

/** Upper-case Latin letters of a name with accents removed (È becomes E) and spaces, apostrophes and hyphens dropped. */
function lettersOf(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toUpperCase()
    .replace(/[^A-Z]/g, "");
}

function splitLetters(name: string): { consonants: string; vowels: string } {
  const letters = lettersOf(name);
  return {
    consonants: letters.replace(/[AEIOU]/g, ""),
    vowels: letters.replace(/[^AEIOU]/g, ""),
  };
}

function surnamePart(surname: string): string {
  const { consonants, vowels } = splitLetters(surname);
  return (consonants + vowels + "XXX").slice(0, 3);
}

function namePart(name: string): string {
  const { consonants, vowels } = splitLetters(name);

  // With four or more consonants the name uses the 1st, 3rd and 4th, unlike the surname.
  if (consonants.length >= 4) {
    return consonants.charAt(0) + consonants.charAt(2) + consonants.charAt(3);
  }
  return (consonants + vowels + "XXX").slice(0, 3);
}

export type CodiceFiscaleInput = {
  surname: string;
  name: string;
  /** Calendar date of birth. Only its UTC year, month and day are read. */
  birthDate: Date;
  sex: Sex;
  /** Belfiore code of the birth municipality, or Z and 3 digits for a foreign country. */
  placeCode: string;
};

/** Computes the ordinary (non-omocodia) codice fiscale of a person. */
export function computeCodiceFiscale(input: CodiceFiscaleInput): string {
  const placeCode = input.placeCode.toUpperCase();
  if (!/^[A-Z][0-9]{3}$/.test(placeCode)) {
    throw new RangeError(`Invalid place code "${input.placeCode}": expected a letter and three digits, such as F205.`);
  }
  if (lettersOf(input.surname).length === 0 || lettersOf(input.name).length === 0) {
    throw new RangeError("The surname and the name need at least one letter each.");
  }

  const year = String(input.birthDate.getUTCFullYear() % 100).padStart(2, "0");
  const month = monthLetters.charAt(input.birthDate.getUTCMonth());
  const day = input.birthDate.getUTCDate() + (input.sex === "F" ? 40 : 0);
  const first15 = surnamePart(input.surname) + namePart(input.name) + year + month + String(day).padStart(2, "0") + placeCode;

  return first15 + computeCheckCharacter(first15);
}
