import type { BillingTariff, VolumeBand } from "@/lib/billing/compute-bill-lines";
import type { Prisma } from "@/lib/generated/prisma/client";

import { utcDate } from "./dates";
import type { SeedContext } from "./seed-rows";

/*
 * Demo tariff. The rates are invented and calibrated so that a resident household of 3 using
 * 182 m³ in a year pays about 185 € with VAT, about 0.9 €/m³ all included, as a Milan family
 * did in 2024. MM's real tariff sheet replaces them.
 */

type UseType = Prisma.SupplyCreateManyInput["useType"];

/** Pricing is shared with the runtime billing, which reads the same rates from the database. */
export { computeBillLines } from "@/lib/billing/compute-bill-lines";

export type DemoTariff = BillingTariff & {
  id: string;
  code: string;
  name: string;
  useType: UseType;
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
