/** Rates per m³ in force for a domestic resident supply, in euros before VAT. */
export type BonusRatePerCubicMetre = {
  /** Water-supply volume rate of the subsidised band (tariffa agevolata). */
  subsidisedWater: number;
  sewerage: number;
  treatment: number;
};

export type BonusAmountInput = {
  memberCount: number;
  cubicMetresPerMemberPerYear: number;
  rates: BonusRatePerCubicMetre;
  /** Supplementary bonus per member per year, or null when the supplementary bonus does not apply. */
  supplementaryCentsPerMemberPerYear: number | null;
};

export type BonusAmount = {
  /** Yearly free volume of the household: members × m³ per member. */
  cubicMetresPerYear: number;
  valuePerCubicMetre: number;
  yearlyAmountCents: number;
  supplementaryYearlyAmountCents: number;
};

/**
 * Computes the yearly bonus of a household: members × m³ per member per year × (subsidised
 * water rate + sewerage + treatment), rounded to the cent, plus the supplementary bonus per member.
 */
export function computeBonusAmount(input: BonusAmountInput): BonusAmount {
  if (!Number.isInteger(input.memberCount) || input.memberCount < 1) {
    throw new RangeError(`memberCount must be a positive integer, got ${input.memberCount}`);
  }

  const cubicMetresPerYear = input.memberCount * input.cubicMetresPerMemberPerYear;
  const valuePerCubicMetre = input.rates.subsidisedWater + input.rates.sewerage + input.rates.treatment;
  const yearlyAmountCents = Math.round(cubicMetresPerYear * valuePerCubicMetre * 100);
  const supplementaryYearlyAmountCents = (input.supplementaryCentsPerMemberPerYear ?? 0) * input.memberCount;

  return { cubicMetresPerYear, valuePerCubicMetre, yearlyAmountCents, supplementaryYearlyAmountCents };
}

const dayMilliseconds = 86_400_000;

/** Whole calendar days from `from` to `to`, both included; 0 when `to` is before `from`. Dates are UTC midnights. */
export function daysBetweenInclusive(from: Date, to: Date): number {
  const days = Math.round((to.getTime() - from.getTime()) / dayMilliseconds) + 1;
  return Math.max(0, days);
}

/** Days of the benefit period: `benefitMonths` calendar months from the start, the last day included. */
export function benefitEndFor(start: Date, benefitMonths: number): Date {
  const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + benefitMonths, start.getUTCDate()));
  return new Date(end.getTime() - dayMilliseconds);
}

/**
 * Returns the share of a yearly amount for `days` days, rounded to the cent. The year counts
 * `yearDays` days (365 unless given), so pass the benefit period's length to split it exactly.
 */
export function proRataCents(yearlyCents: number, days: number, yearDays = 365): number {
  return Math.round((yearlyCents * days) / yearDays);
}
