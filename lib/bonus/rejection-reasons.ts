/**
 * Reason codes of a rejection, written in the outcome file for the national system and shown
 * to the CAF. Each automatic check that can fail maps to one code.
 */
export const rejectionCodes = [
  "INVALID_FISCAL_CODE",
  "ISEE_OVER_THRESHOLD",
  "SUPPLY_NOT_FOUND",
  "SUPPLY_NOT_ACTIVE",
  "SUPPLY_NOT_RESIDENT",
  "HOLDER_NOT_IN_HOUSEHOLD",
  "ADDRESS_MISMATCH",
  "DUPLICATE_HOUSEHOLD",
  "OVERLAPPING_BONUS",
  "OTHER",
] as const;

export type RejectionCode = (typeof rejectionCodes)[number];

/** The rejection code that a failed check suggests to the operator. */
export const rejectionCodeOfCheck = {
  fiscalCodesValid: "INVALID_FISCAL_CODE",
  iseeThreshold: "ISEE_OVER_THRESHOLD",
  supplyActive: "SUPPLY_NOT_FOUND",
  domesticResident: "SUPPLY_NOT_RESIDENT",
  holderInHousehold: "HOLDER_NOT_IN_HOUSEHOLD",
  addressMatch: "ADDRESS_MISMATCH",
  onePerHousehold: "DUPLICATE_HOUSEHOLD",
  noOverlappingBonus: "OVERLAPPING_BONUS",
} as const satisfies Record<string, RejectionCode>;
