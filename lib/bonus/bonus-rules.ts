/**
 * Bonus rules in force over a date range, as stored in BonusConfiguration. Thresholds are
 * revised every three years, so every check picks the row in force on the relevant date.
 */
export type BonusRules = {
  effectiveFrom: Date;
  effectiveTo: Date | null;
  iseeThresholdCents: number;
  largeFamilyIseeThresholdCents: number;
  largeFamilyMinChildren: number;
  cubicMetresPerMemberPerYear: number;
  benefitMonths: number;
  indirectPaymentDays: number;
  supplementaryCentsPerMemberPerYear: number | null;
};

/** Returns the rules in force on `date` (both range ends included), or null when no row covers it. */
export function rulesInForce(rules: readonly BonusRules[], date: Date): BonusRules | null {
  const inForce = rules.filter((row) => row.effectiveFrom <= date && (row.effectiveTo === null || row.effectiveTo >= date));
  inForce.sort((first, second) => second.effectiveFrom.getTime() - first.effectiveFrom.getTime());

  return inForce[0] ?? null;
}

/** Returns the ISEE threshold that applies to a household: the higher one from `largeFamilyMinChildren` dependent children. */
export function iseeThresholdFor(rules: BonusRules, dependentChildren: number): number {
  return dependentChildren >= rules.largeFamilyMinChildren ? rules.largeFamilyIseeThresholdCents : rules.iseeThresholdCents;
}
