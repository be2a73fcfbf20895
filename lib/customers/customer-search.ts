import { z } from "zod";

import { withoutControlCharacters } from "@/lib/customers/search-text";

/** The keys an operator can look a customer up by. */
export const customerSearchKeys = ["fiscalCode", "supplyCode", "contractCode", "name", "address"] as const;

export type CustomerSearchKey = (typeof customerSearchKeys)[number];

/** Maximum number of people one lookup returns. Beyond that the operator narrows the search. */
export const customerSearchLimit = 20;

export const customerSearchSchema = z.object({
  by: z.enum(customerSearchKeys),
  q: z.string().transform(withoutControlCharacters).pipe(z.string().trim().min(2).max(100)),
});

export type CustomerSearch = z.output<typeof customerSearchSchema>;

/** Removes spaces and upper-cases a code, because codes are stored that way while operators type them as read out. */
export function normalizeCode(value: string): string {
  return value.replace(/\s+/g, "").toUpperCase();
}
