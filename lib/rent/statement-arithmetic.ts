// Pure arithmetic of the tenant's monthly statements, shared by the pages, the PDF and the tests.

/** The amounts of one monthly rent charge, with the payments received against it. */
export type ChargeAmounts = {
  totalCents: number;
  /** Sum of the payments recorded for the charge. */
  paidCents: number;
  /** Payment due date as `YYYY-MM-DD`. */
  dueOn: string;
};

export type MonthBalance = {
  dueCents: number;
  paidCents: number;
  /** Amount still owed. Negative when more was paid than charged (a credit). */
  balanceCents: number;
  /** True when something is still owed after the due date: the month is in arrears. */
  overdue: boolean;
};

/** Returns what is owed on one month on `today` (`YYYY-MM-DD`, Europe/Rome). The due date itself is not late yet. */
export function monthBalanceOf(charge: ChargeAmounts, today: string): MonthBalance {
  const balanceCents = charge.totalCents - charge.paidCents;
  return { dueCents: charge.totalCents, paidCents: charge.paidCents, balanceCents, overdue: balanceCents > 0 && charge.dueOn < today };
}

export type ArrearsSummary = {
  /** Sum of the balances of the overdue months. */
  arrearsCents: number;
  overdueMonths: number;
  /** Sum of every positive balance, overdue or not. */
  outstandingCents: number;
};

/** Totals the balances of a tenancy's charges. Credits on one month do not offset debts on another: they are settled by an operator. */
export function summarizeArrears(charges: readonly ChargeAmounts[], today: string): ArrearsSummary {
  let arrearsCents = 0;
  let overdueMonths = 0;
  let outstandingCents = 0;

  for (const charge of charges) {
    const balance = monthBalanceOf(charge, today);
    if (balance.balanceCents > 0) outstandingCents += balance.balanceCents;
    if (!balance.overdue) continue;

    arrearsCents += balance.balanceCents;
    overdueMonths += 1;
  }

  return { arrearsCents, overdueMonths, outstandingCents };
}

export type StatementLine = { kind: "rent" | "serviceCharge" | "adjustment"; amountCents: number };

/**
 * Splits a statement's lines into rent, service charges and adjustments and checks that they add
 * up to the charge's total. Returns `matchesTotal: false` when they do not, so the page can say
 * so instead of printing figures that disagree.
 */
export function totalsOfLines(lines: readonly StatementLine[], totalCents: number): { rentCents: number; serviceChargesCents: number; adjustmentsCents: number; matchesTotal: boolean } {
  let rentCents = 0;
  let serviceChargesCents = 0;
  let adjustmentsCents = 0;

  for (const line of lines) {
    if (line.kind === "rent") rentCents += line.amountCents;
    else if (line.kind === "serviceCharge") serviceChargesCents += line.amountCents;
    else adjustmentsCents += line.amountCents;
  }

  return { rentCents, serviceChargesCents, adjustmentsCents, matchesTotal: rentCents + serviceChargesCents + adjustmentsCents === totalCents };
}

const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Parses a statement month written `YYYY-MM` in a URL into the first day of that month at UTC midnight, as stored; null when malformed. */
export function parseStatementMonth(value: string): Date | null {
  const match = monthPattern.exec(value);
  if (!match) return null;

  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
}

/** Writes a stored month (first day, UTC midnight) as `YYYY-MM`. */
export function statementMonthKey(month: Date): string {
  return month.toISOString().slice(0, 7);
}
