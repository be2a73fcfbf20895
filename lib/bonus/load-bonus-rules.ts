import "server-only";

import type { BonusRules } from "@/lib/bonus/bonus-rules";
import type { BonusRatePerCubicMetre } from "@/lib/bonus/bonus-amount";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";

type Reader = Prisma.TransactionClient | ReturnType<typeof db>;

/** Loads every dated row of bonus rules; there are a handful, one per three-year revision. */
export async function loadBonusRules(client: Reader = db()): Promise<BonusRules[]> {
  const rows = await client.bonusConfiguration.findMany({ orderBy: { effectiveFrom: "asc" } });

  return rows.map((row) => ({
    effectiveFrom: row.effectiveFrom,
    effectiveTo: row.effectiveTo,
    iseeThresholdCents: row.iseeThresholdCents,
    largeFamilyIseeThresholdCents: row.largeFamilyIseeThresholdCents,
    largeFamilyMinChildren: row.largeFamilyMinChildren,
    cubicMetresPerMemberPerYear: Number(row.cubicMetresPerMemberPerYear),
    benefitMonths: row.benefitMonths,
    indirectPaymentDays: row.indirectPaymentDays,
    supplementaryCentsPerMemberPerYear: row.supplementaryCentsPerMemberPerYear,
  }));
}

/**
 * Loads the per-m³ rates that value the bonus on `date`: the subsidised water-supply band,
 * sewerage and treatment of the domestic resident tariff in force.
 */
export async function loadBonusRates(date: Date, client: Reader = db()): Promise<BonusRatePerCubicMetre> {
  const tariff = await client.tariff.findFirst({
    where: { useType: "domesticResident", effectiveFrom: { lte: date }, OR: [{ effectiveTo: null }, { effectiveTo: { gte: date } }] },
    orderBy: { effectiveFrom: "desc" },
    select: { code: true, rates: { where: { kind: "volume" }, select: { service: true, band: true, pricePerCubicMetre: true } } },
  });
  if (!tariff) {
    throw new AppError("bonus.tariffMissing", `No domestic resident tariff in force on ${date.toISOString().slice(0, 10)}: add one before deciding bonuses`, 500);
  }

  const priceOf = (service: "waterSupply" | "sewerage" | "treatment", band: "subsidised" | null): number => {
    const rate = tariff.rates.find((candidate) => candidate.service === service && (band === null || candidate.band === band));
    if (!rate?.pricePerCubicMetre) {
      throw new AppError("bonus.tariffMissing", `Tariff ${tariff.code} has no ${band ?? "flat"} ${service} volume rate`, 500);
    }
    return Number(rate.pricePerCubicMetre);
  };

  return { subsidisedWater: priceOf("waterSupply", "subsidised"), sewerage: priceOf("sewerage", null), treatment: priceOf("treatment", null) };
}
