import { randomUUID } from "node:crypto";

import { db } from "@/lib/db/client";

/**
 * Creates a domestic-resident test tariff in force from 2026-06-01, later than any other tariff
 * in the test database, so `loadTariffInForce` picks it for periods ending after it. The fixed
 * rates are 3 €, 1.50 € and 1.50 € a year. Water costs 0.25 €/m³ up to 33 m³ a person a year,
 * then 0.45 €/m³. Sewerage is 0.15 €/m³, treatment 0.40 €/m³ and VAT 10%.
 */
export async function createTestTariff(): Promise<string> {
  const tariff = await db().tariff.create({
    data: {
      code: `TEST-${randomUUID().slice(0, 8)}`,
      name: "Tariffa di prova",
      useType: "domesticResident",
      effectiveFrom: new Date("2026-06-01"),
      source: "Prova",
      vatRate: 0.1,
      rates: {
        create: [
          { service: "waterSupply", kind: "fixed", yearlyAmountCents: 300, position: 1 },
          { service: "sewerage", kind: "fixed", yearlyAmountCents: 150, position: 2 },
          { service: "treatment", kind: "fixed", yearlyAmountCents: 150, position: 3 },
          { service: "waterSupply", kind: "volume", band: "subsidised", bandUpToCubicMetres: 33, bandPerPerson: true, pricePerCubicMetre: 0.25, position: 4 },
          { service: "waterSupply", kind: "volume", band: "base", bandUpToCubicMetres: null, pricePerCubicMetre: 0.45, position: 5 },
          { service: "sewerage", kind: "volume", pricePerCubicMetre: 0.15, position: 6 },
          { service: "treatment", kind: "volume", pricePerCubicMetre: 0.4, position: 7 },
        ],
      },
    },
    select: { id: true },
  });
  return tariff.id;
}

/** Adds a meter to the supply with the given accepted readings and returns their ids in order. */
export async function createMeterWithReadings(supplyId: string, readings: Array<{ at: string; cubicMetres: number; source: "actual" | "self" | "estimated" }>): Promise<string[]> {
  const meter = await db().meter.create({
    data: { serialNumber: `T${randomUUID().slice(0, 12)}`, supplyId, calibreMm: 15, digits: 5, installedOn: new Date("2020-01-01") },
    select: { id: true },
  });

  const ids: string[] = [];
  for (const reading of readings) {
    const row = await db().meterReading.create({
      data: { meterId: meter.id, supplyId, readAt: new Date(reading.at), cubicMetres: reading.cubicMetres, source: reading.source, channel: reading.source === "self" ? "web" : "meterReader" },
      select: { id: true },
    });
    ids.push(row.id);
  }
  return ids;
}

/** Creates an accepted direct water bonus on the supply, 3 members, worth 36.50 € a year plus 45 € supplementary. */
export async function createAcceptedBonus(supplyId: string, benefitStart: string, benefitEnd: string): Promise<string> {
  const application = await db().waterBonusApplication.create({
    data: {
      reference: `TEST-${randomUUID().slice(0, 12)}`,
      source: "caf",
      competenceYear: 2026,
      applicantFiscalCode: "RSSMRA80A01F205X",
      applicantFamilyName: "Prova",
      applicantGivenName: "Bonus",
      memberCount: 3,
      iseeCents: 800_000,
      dsuProtocol: `INPS-ISEE-2026-${randomUUID().slice(0, 8)}`,
      dsuDate: new Date("2026-01-15"),
      supplyKind: "direct",
      supplyId,
      matchResult: "matched",
      state: "accepted",
      benefitStart: new Date(benefitStart),
      benefitEnd: new Date(benefitEnd),
      yearlyAmountCents: 3650,
      supplementaryYearlyAmountCents: 4500,
      receivedAt: new Date("2026-01-20T10:00:00Z"),
    },
    select: { id: true },
  });
  return application.id;
}

export async function removeBillingFixtures(supplyIds: string[], tariffIds: string[]): Promise<void> {
  await db().waterBonusApplication.deleteMany({ where: { supplyId: { in: supplyIds } } });
  await db().tariff.deleteMany({ where: { id: { in: tariffIds } } });
}
