/**
 * Causes that make an automatic indemnity not due, each recorded with a note. Kept apart from
 * `exempt-indemnity.ts`, which is server-only, so forms can list them.
 */
export const exemptionReasons = ["forceMajeure", "customerCause", "thirdPartyCause", "incompleteComplaint"] as const;

export type ExemptionReason = (typeof exemptionReasons)[number];
