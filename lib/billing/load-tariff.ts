import "server-only";

import type { BillingTariff, VolumeBand } from "@/lib/billing/compute-bill-lines";
import type { Prisma, SupplyUseType } from "@/lib/generated/prisma/client";

export type TariffInForce = BillingTariff & { id: string };

/**
 * Loads the tariff of a use type in force on `on` (the latest `effectiveFrom` not after it, not
 * yet ended) and turns its rate rows into the shape `computeBillLines` prices with. Returns
 * null when the use type has no tariff on that day.
 */
export async function loadTariffInForce(tx: Prisma.TransactionClient, useType: SupplyUseType, on: Date): Promise<TariffInForce | null> {
  const tariff = await tx.tariff.findFirst({
    where: { useType, effectiveFrom: { lte: on }, OR: [{ effectiveTo: null }, { effectiveTo: { gte: on } }] },
    orderBy: { effectiveFrom: "desc" },
    select: { id: true, vatRate: true, defaultHouseholdSize: true, rates: { orderBy: { position: "asc" } } },
  });
  if (!tariff) return null;

  const fixedYearlyCents = { waterSupply: 0, sewerage: 0, treatment: 0 };
  const waterBands: VolumeBand[] = [];
  let seweragePricePerCubicMetre = 0;
  let treatmentPricePerCubicMetre = 0;

  for (const rate of tariff.rates) {
    const price = rate.pricePerCubicMetre === null ? 0 : Number(rate.pricePerCubicMetre);

    if (rate.kind === "fixed") {
      fixedYearlyCents[rate.service] += rate.yearlyAmountCents ?? 0;
    } else if (rate.service === "waterSupply") {
      waterBands.push({
        band: rate.band ?? "base",
        upToCubicMetres: rate.bandUpToCubicMetres === null ? null : Number(rate.bandUpToCubicMetres),
        perPerson: rate.bandPerPerson,
        pricePerCubicMetre: price,
      });
    } else if (rate.service === "sewerage") {
      seweragePricePerCubicMetre = price;
    } else {
      treatmentPricePerCubicMetre = price;
    }
  }

  return {
    id: tariff.id,
    vatRate: Number(tariff.vatRate),
    defaultHouseholdSize: tariff.defaultHouseholdSize,
    fixedYearlyCents,
    waterBands,
    seweragePricePerCubicMetre,
    treatmentPricePerCubicMetre,
  };
}
