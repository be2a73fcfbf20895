/** A credit line to add to a bill for one automatic indemnity. */
export type IndemnityCreditLine = {
  kind: "indemnityCredit";
  indemnityId: string;
  description: string;
  /** Negative: a credit lowers the bill's total. */
  amountCents: number;
};

/**
 * Builds the bill line that credits an indemnity. Indemnities are compensation rather than the
 * price of a service, so the line stays outside the VAT base.
 */
export function indemnityCreditLine(indemnity: { id: string; amountCents: number }, standardName: string): IndemnityCreditLine {
  return {
    kind: "indemnityCredit",
    indemnityId: indemnity.id,
    description: `Indennizzo automatico: ${standardName}`,
    amountCents: -Math.abs(indemnity.amountCents),
  };
}

/** Returns true when an indemnity recorded at `createdAt` can be credited on a bill issued on `issuedOn` (a calendar date at UTC midnight). */
export function isCreditableOn(createdAt: Date, issuedOn: Date): boolean {
  const endOfIssueDay = issuedOn.getTime() + 86_400_000;
  return createdAt.getTime() < endOfIssueDay;
}
