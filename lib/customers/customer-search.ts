import { z } from "zod";

/** The keys an operator can look a customer up by. */
export const customerSearchKeys = ["fiscalCode", "supplyCode", "contractCode", "name", "address"] as const;

export type CustomerSearchKey = (typeof customerSearchKeys)[number];

/** Maximum number of people one lookup returns. Beyond that the operator narrows the search. */
export const customerSearchLimit = 20;

export const customerSearchSchema = z.object({
  by: z.enum(customerSearchKeys),
  q: z.string().trim().min(2).max(100),
});

export type CustomerSearch = z.output<typeof customerSearchSchema>;

/** Removes spaces and upper-cases a code, because codes are stored that way while operators type them as read out. */
export function normalizeCode(value: string): string {
  return value.replace(/\s+/g, "").toUpperCase();
}

/**
 * Capitalizes each word, the way names and street names are stored, so an exact match can use the index.
 * NOTE: a stored name with lower-case particles ("Via dei Mille") is then not found by an exact match.
 */
export function titleCase(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .map((word) => word.replace(/(^|['-])(\p{L})/gu, (_, separator: string, letter: string) => `${separator}${letter.toUpperCase()}`))
    .join(" ");
}

/** Splits "Bianchi Giulia" into the family name and an optional given name. */
export function splitName(value: string): { familyName: string; givenName: string | null } {
  const [familyName = "", ...rest] = titleCase(value).split(" ");
  return { familyName, givenName: rest.length > 0 ? rest.join(" ") : null };
}

/** Splits "via dante 12" into the street and the house number when the text ends with one. */
export function splitAddress(value: string): { street: string; houseNumber: string | null } {
  const match = /^(.*?)[\s,]+(\d+[a-zA-Z]?(?:\/\d+)?)$/.exec(value.trim());
  if (!match) return { street: titleCase(value), houseNumber: null };

  return { street: titleCase(match[1]!), houseNumber: match[2]!.toUpperCase() };
}
