/**
 * Bill lines computed from a tariff and a billed period. Pure, so the seed and the runtime
 * billing (lib/billing/issue-bill.ts) price a period the same way.
 */

export type TariffService = "waterSupply" | "sewerage" | "treatment";
export type ConsumptionBand = "subsidised" | "base" | "excess1" | "excess2" | "excess3";

export type VolumeBand = {
  band: ConsumptionBand;
  /** Yearly upper bound in m³, cumulative from 0, or null for the last band. */
  upToCubicMetres: number | null;
  /** True when the bound is per household member, false when per housing unit. */
  perPerson: boolean;
  pricePerCubicMetre: number;
};

/** The rates of one tariff that a bill needs. */
export type BillingTariff = {
  /** VAT rate as a fraction, for example 0.1 for 10%. */
  vatRate: number;
  defaultHouseholdSize: number;
  /** Yearly fixed amount per housing unit, in cents. */
  fixedYearlyCents: Record<TariffService, number>;
  /** Water-supply volume bands in ascending order. */
  waterBands: VolumeBand[];
  seweragePricePerCubicMetre: number;
  treatmentPricePerCubicMetre: number;
};

export type ComputedLine = {
  kind: "fixedCharge" | "volumeCharge" | "vat" | "bonusCredit" | "supplementaryBonusCredit";
  service: TariffService | null;
  band: ConsumptionBand | null;
  description: string;
  quantity: number | null;
  unitPrice: number | null;
  amountCents: number;
};

export type BillInput = {
  tariff: BillingTariff;
  /** First and last billed day, as UTC midnights, both included. */
  periodStart: Date;
  periodEnd: Date;
  consumptionCubicMetres: number;
  housingUnits: number;
  /** Household members for the subsidised band, or null for the tariff's default. */
  residentCount: number | null;
  /**
   * Social water bonus to credit on this bill. Only the seed passes it: at runtime
   * `creditBonusOnBill` (lib/bonus) adds the credit lines from the accepted application.
   */
  bonus?: { members: number; days: number; cubicMetresPerMemberPerYear: number; supplementaryCentsPerMemberPerYear: number | null };
};

const dayMilliseconds = 86_400_000;

const serviceNames: Record<TariffService, string> = {
  waterSupply: "acquedotto",
  sewerage: "fognatura",
  treatment: "depurazione",
};

const bandNames: Record<ConsumptionBand, string> = {
  subsidised: "fascia agevolata",
  base: "fascia base",
  excess1: "1ª fascia di eccedenza",
  excess2: "2ª fascia di eccedenza",
  excess3: "3ª fascia di eccedenza",
};

/** Whole days from `from` to `to`, both included. */
export function billedDays(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / dayMilliseconds) + 1;
}

function roundToThousandths(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** Converts euros to whole cents, rounding half away from zero. */
export function euroToCents(euros: number): number {
  return Math.sign(euros) * Math.round(Math.abs(euros) * 100 + Number.EPSILON);
}

function fixedChargeLines(input: BillInput, days: number): ComputedLine[] {
  const yearShare = days / 365;

  return (["waterSupply", "sewerage", "treatment"] as const).map((service) => {
    const yearly = input.tariff.fixedYearlyCents[service] * input.housingUnits;
    return {
      kind: "fixedCharge",
      service,
      band: null,
      description: `Quota fissa ${serviceNames[service]} (${days} giorni)`,
      quantity: days,
      unitPrice: yearly / 100 / 365,
      amountCents: Math.round(yearly * yearShare),
    };
  });
}

/** Splits the water volume into the bands, whose yearly bounds are scaled to the period's days. */
function waterBandLines(input: BillInput, days: number): ComputedLine[] {
  const { tariff } = input;
  const yearShare = days / 365;
  const persons = (input.residentCount ?? tariff.defaultHouseholdSize) * input.housingUnits;
  const lines: ComputedLine[] = [];

  let remaining = input.consumptionCubicMetres;
  let lowerBound = 0;
  for (const band of tariff.waterBands) {
    if (remaining <= 0) break;

    const yearlyBound = band.upToCubicMetres === null ? null : band.upToCubicMetres * (band.perPerson ? persons : input.housingUnits);
    const periodBound = yearlyBound === null ? Number.POSITIVE_INFINITY : roundToThousandths(yearlyBound * yearShare);
    const inBand = Math.min(remaining, Math.max(0, periodBound - lowerBound));
    lowerBound = Math.max(lowerBound, periodBound);
    if (inBand <= 0) continue;

    const quantity = roundToThousandths(inBand);
    lines.push({
      kind: "volumeCharge",
      service: "waterSupply",
      band: band.band,
      description: `Quota variabile acquedotto, ${bandNames[band.band]}`,
      quantity,
      unitPrice: band.pricePerCubicMetre,
      amountCents: euroToCents(quantity * band.pricePerCubicMetre),
    });
    remaining = roundToThousandths(remaining - inBand);
  }

  return lines;
}

function flatVolumeLines(input: BillInput): ComputedLine[] {
  const prices = [
    ["sewerage", input.tariff.seweragePricePerCubicMetre],
    ["treatment", input.tariff.treatmentPricePerCubicMetre],
  ] as const;

  return prices.map(([service, price]) => ({
    kind: "volumeCharge",
    service,
    band: null,
    description: `Quota variabile ${serviceNames[service]}`,
    quantity: input.consumptionCubicMetres,
    unitPrice: price,
    amountCents: euroToCents(input.consumptionCubicMetres * price),
  }));
}

/**
 * Computes a bill's lines. Fixed charges are pro rata per day, and the water volume is split
 * into bands whose yearly bounds are scaled to the period's days. Sewerage and treatment are
 * flat per m³. VAT on those lines is rounded half up to the cent. Bonus credits come last, when
 * `input.bonus` is given.
 * NOTE: bonus credits are left outside the VAT base here; how MM treats them for VAT is to be confirmed.
 */
export function computeBillLines(input: BillInput): ComputedLine[] {
  const days = billedDays(input.periodStart, input.periodEnd);
  const lines = [...fixedChargeLines(input, days), ...waterBandLines(input, days), ...flatVolumeLines(input)];

  const taxableCents = lines.reduce((sum, line) => sum + line.amountCents, 0);
  lines.push({
    kind: "vat",
    service: null,
    band: null,
    description: `IVA ${Math.round(input.tariff.vatRate * 100)}%`,
    quantity: null,
    unitPrice: null,
    amountCents: Math.round(taxableCents * input.tariff.vatRate),
  });

  if (input.bonus && input.bonus.days > 0) {
    lines.push(...bonusCreditLines(input.tariff, input.bonus));
  }

  return lines;
}

/** Computes the bonus credits: the national bonus at the subsidised water rate plus sewerage and treatment, and the supplement as a flat amount per member. */
function bonusCreditLines(tariff: BillingTariff, bonus: NonNullable<BillInput["bonus"]>): ComputedLine[] {
  const subsidised = tariff.waterBands.find((band) => band.band === "subsidised") ?? tariff.waterBands[0];
  const unitPrice = (subsidised?.pricePerCubicMetre ?? 0) + tariff.seweragePricePerCubicMetre + tariff.treatmentPricePerCubicMetre;
  const cubicMetres = roundToThousandths((bonus.cubicMetresPerMemberPerYear * bonus.members * bonus.days) / 365);
  const lines: ComputedLine[] = [
    {
      kind: "bonusCredit",
      service: null,
      band: null,
      description: `Bonus sociale idrico (${bonus.members} componenti, ${bonus.days} giorni)`,
      quantity: cubicMetres,
      unitPrice,
      amountCents: -euroToCents(cubicMetres * unitPrice),
    },
  ];

  if (bonus.supplementaryCentsPerMemberPerYear !== null) {
    lines.push({
      kind: "supplementaryBonusCredit",
      service: null,
      band: null,
      description: `Bonus idrico integrativo (${bonus.members} componenti, ${bonus.days} giorni)`,
      quantity: bonus.days,
      unitPrice: null,
      amountCents: -Math.round((bonus.supplementaryCentsPerMemberPerYear * bonus.members * bonus.days) / 365),
    });
  }
  return lines;
}

/** Bills per year by yearly consumption: up to 100 m³ 2, up to 1,000 m³ 3, up to 3,000 m³ 4, above 6. */
export function billsPerYear(yearlyCubicMetres: number): number {
  if (yearlyCubicMetres <= 100) return 2;
  if (yearlyCubicMetres <= 1000) return 3;
  if (yearlyCubicMetres <= 3000) return 4;
  return 6;
}
