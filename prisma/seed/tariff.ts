import type { Prisma } from "@/lib/generated/prisma/client";

import { daysInclusive, utcDate } from "./dates";
import type { SeedContext } from "./seed-rows";

/*
 * Demo tariff. The rates are invented and calibrated so that a resident household of 3 using
 * 182 m³ in a year pays about 185 € with VAT, about 0.9 €/m³ all included, as a Milan family
 * did in 2024. MM's real tariff sheet replaces them.
 */

type UseType = Prisma.SupplyCreateManyInput["useType"];
type Service = "waterSupply" | "sewerage" | "treatment";
type Band = "subsidised" | "base" | "excess1" | "excess2" | "excess3";

export type VolumeBand = {
  band: Band;
  /** Yearly upper bound in m³, cumulative from 0, or null for the last band. */
  upToCubicMetres: number | null;
  /** True when the bound is per household member, false when per housing unit. */
  perPerson: boolean;
  pricePerCubicMetre: number;
};

export type DemoTariff = {
  id: string;
  code: string;
  name: string;
  useType: UseType;
  vatRate: number;
  defaultHouseholdSize: number;
  /** Yearly fixed amount per housing unit, in cents. */
  fixedYearlyCents: Record<Service, number>;
  waterBands: VolumeBand[];
  seweragePricePerCubicMetre: number;
  treatmentPricePerCubicMetre: number;
};

const tariffEffectiveFrom = utcDate(2024, 1, 1);
const tariffSource = "Tariffa dimostrativa (non è l'articolazione tariffaria di MM)";

const domesticFixed = { waterSupply: 300, sewerage: 150, treatment: 150 };
const excessBands: VolumeBand[] = [
  { band: "excess1", upToCubicMetres: 300, perPerson: false, pricePerCubicMetre: 0.7 },
  { band: "excess2", upToCubicMetres: 400, perPerson: false, pricePerCubicMetre: 1.0 },
  { band: "excess3", upToCubicMetres: null, perPerson: false, pricePerCubicMetre: 1.4 },
];

const definitions: Array<Omit<DemoTariff, "id">> = [
  {
    code: "DEMO-DOM-RES",
    name: "Uso domestico residente",
    useType: "domesticResident",
    vatRate: 0.1,
    defaultHouseholdSize: 3,
    fixedYearlyCents: domesticFixed,
    waterBands: [
      // Subsidised band: 33 m³ per household member per year, as in Milan since 2019.
      { band: "subsidised", upToCubicMetres: 33, perPerson: true, pricePerCubicMetre: 0.25 },
      { band: "base", upToCubicMetres: 200, perPerson: false, pricePerCubicMetre: 0.45 },
      ...excessBands,
    ],
    seweragePricePerCubicMetre: 0.15,
    treatmentPricePerCubicMetre: 0.4,
  },
  {
    code: "DEMO-DOM-NRES",
    name: "Uso domestico non residente",
    useType: "domesticNonResident",
    vatRate: 0.1,
    defaultHouseholdSize: 3,
    fixedYearlyCents: { waterSupply: 600, sewerage: 300, treatment: 300 },
    waterBands: [{ band: "base", upToCubicMetres: 200, perPerson: false, pricePerCubicMetre: 0.5 }, ...excessBands],
    seweragePricePerCubicMetre: 0.15,
    treatmentPricePerCubicMetre: 0.4,
  },
  {
    code: "DEMO-CONDO",
    name: "Uso condominiale",
    useType: "condominium",
    vatRate: 0.1,
    defaultHouseholdSize: 3,
    fixedYearlyCents: domesticFixed,
    waterBands: [
      { band: "subsidised", upToCubicMetres: 33, perPerson: true, pricePerCubicMetre: 0.25 },
      { band: "base", upToCubicMetres: 200, perPerson: false, pricePerCubicMetre: 0.45 },
      ...excessBands,
    ],
    seweragePricePerCubicMetre: 0.15,
    treatmentPricePerCubicMetre: 0.4,
  },
  {
    code: "DEMO-NON-DOM",
    name: "Uso non domestico",
    useType: "nonDomestic",
    vatRate: 0.1,
    defaultHouseholdSize: 3,
    fixedYearlyCents: { waterSupply: 3000, sewerage: 1500, treatment: 1500 },
    waterBands: [
      { band: "base", upToCubicMetres: 1000, perPerson: false, pricePerCubicMetre: 0.6 },
      { band: "excess1", upToCubicMetres: 3000, perPerson: false, pricePerCubicMetre: 0.9 },
      { band: "excess2", upToCubicMetres: null, perPerson: false, pricePerCubicMetre: 1.2 },
    ],
    seweragePricePerCubicMetre: 0.15,
    treatmentPricePerCubicMetre: 0.4,
  },
];

/** Adds the demo tariffs and their rates, and returns them by use type for the bill builder. */
export function buildTariffs(context: SeedContext): Map<UseType, DemoTariff> {
  const tariffs = new Map<UseType, DemoTariff>();

  for (const definition of definitions) {
    const tariff: DemoTariff = { ...definition, id: context.random.uuid() };
    tariffs.set(tariff.useType, tariff);

    context.rows.tariffs.push({
      id: tariff.id,
      code: tariff.code,
      name: tariff.name,
      useType: tariff.useType,
      effectiveFrom: tariffEffectiveFrom,
      source: tariffSource,
      vatRate: tariff.vatRate,
      defaultHouseholdSize: tariff.defaultHouseholdSize,
    });

    let position = 1;
    for (const service of ["waterSupply", "sewerage", "treatment"] as const) {
      context.rows.tariffRates.push({
        id: context.random.uuid(),
        tariffId: tariff.id,
        service,
        kind: "fixed",
        yearlyAmountCents: tariff.fixedYearlyCents[service],
        position: position++,
      });
    }
    for (const band of tariff.waterBands) {
      context.rows.tariffRates.push({
        id: context.random.uuid(),
        tariffId: tariff.id,
        service: "waterSupply",
        kind: "volume",
        band: band.band,
        bandUpToCubicMetres: band.upToCubicMetres,
        bandPerPerson: band.perPerson,
        pricePerCubicMetre: band.pricePerCubicMetre,
        position: position++,
      });
    }
    context.rows.tariffRates.push(
      { id: context.random.uuid(), tariffId: tariff.id, service: "sewerage", kind: "volume", pricePerCubicMetre: tariff.seweragePricePerCubicMetre, position: position++ },
      { id: context.random.uuid(), tariffId: tariff.id, service: "treatment", kind: "volume", pricePerCubicMetre: tariff.treatmentPricePerCubicMetre, position: position++ },
    );
  }

  return tariffs;
}

export type ComputedLine = {
  kind: "fixedCharge" | "volumeCharge" | "vat" | "bonusCredit" | "supplementaryBonusCredit";
  service: Service | null;
  band: Band | null;
  description: string;
  quantity: number | null;
  unitPrice: number | null;
  amountCents: number;
};

export type BillInput = {
  tariff: DemoTariff;
  periodStart: Date;
  periodEnd: Date;
  consumptionCubicMetres: number;
  housingUnits: number;
  /** Household members for the subsidised band, or null for the tariff's default. */
  residentCount: number | null;
  /** Social water bonus to credit on this bill, if the household has one for part of the period. */
  bonus?: { members: number; days: number; cubicMetresPerMemberPerYear: number; supplementaryCentsPerMemberPerYear: number | null };
};

const serviceNames: Record<Service, string> = {
  waterSupply: "acquedotto",
  sewerage: "fognatura",
  treatment: "depurazione",
};

const bandNames: Record<Band, string> = {
  subsidised: "fascia agevolata",
  base: "fascia base",
  excess1: "1ª fascia di eccedenza",
  excess2: "2ª fascia di eccedenza",
  excess3: "3ª fascia di eccedenza",
};

function roundToThousandths(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** Converts euros to whole cents, rounding half away from zero. */
function euroToCents(euros: number): number {
  return Math.sign(euros) * Math.round(Math.abs(euros) * 100 + Number.EPSILON);
}

/**
 * Computes a bill's lines: fixed charges pro rata per day, the water volume split into bands
 * whose yearly bounds are scaled to the period's days, flat sewerage and treatment, 10% VAT
 * on those, then bonus credits.
 * NOTE: bonus credits are left outside the VAT base here; how MM treats them for VAT is to be confirmed.
 */
export function computeBillLines(input: BillInput): ComputedLine[] {
  const { tariff } = input;
  const days = daysInclusive(input.periodStart, input.periodEnd);
  const yearShare = days / 365;
  const persons = (input.residentCount ?? tariff.defaultHouseholdSize) * input.housingUnits;
  const lines: ComputedLine[] = [];

  for (const service of ["waterSupply", "sewerage", "treatment"] as const) {
    const yearly = tariff.fixedYearlyCents[service] * input.housingUnits;
    lines.push({
      kind: "fixedCharge",
      service,
      band: null,
      description: `Quota fissa ${serviceNames[service]} (${days} giorni)`,
      quantity: days,
      unitPrice: yearly / 100 / 365,
      amountCents: Math.round(yearly * yearShare),
    });
  }

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

  for (const [service, price] of [
    ["sewerage", tariff.seweragePricePerCubicMetre],
    ["treatment", tariff.treatmentPricePerCubicMetre],
  ] as const) {
    lines.push({
      kind: "volumeCharge",
      service,
      band: null,
      description: `Quota variabile ${serviceNames[service]}`,
      quantity: input.consumptionCubicMetres,
      unitPrice: price,
      amountCents: euroToCents(input.consumptionCubicMetres * price),
    });
  }

  const taxableCents = lines.reduce((sum, line) => sum + line.amountCents, 0);
  lines.push({
    kind: "vat",
    service: null,
    band: null,
    description: `IVA ${Math.round(tariff.vatRate * 100)}%`,
    quantity: null,
    unitPrice: null,
    amountCents: Math.round(taxableCents * tariff.vatRate),
  });

  if (input.bonus && input.bonus.days > 0) {
    lines.push(...bonusCreditLines(tariff, input.bonus));
  }

  return lines;
}

/** Computes the bonus credits: the national bonus at the subsidised water rate plus sewerage and treatment, and the supplement as a flat amount per member. */
function bonusCreditLines(tariff: DemoTariff, bonus: NonNullable<BillInput["bonus"]>): ComputedLine[] {
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
