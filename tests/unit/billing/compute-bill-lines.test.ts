import { describe, expect, it } from "vitest";

import { billedDays, computeBillLines, euroToCents, type BillingTariff, type BillInput } from "@/lib/billing/compute-bill-lines";

// Round numbers so each expected amount can be checked by hand.
const tariff: BillingTariff = {
  vatRate: 0.1,
  defaultHouseholdSize: 3,
  fixedYearlyCents: { waterSupply: 3650, sewerage: 0, treatment: 0 },
  waterBands: [
    { band: "subsidised", upToCubicMetres: 10, perPerson: true, pricePerCubicMetre: 1 },
    { band: "base", upToCubicMetres: 50, perPerson: false, pricePerCubicMetre: 2 },
    { band: "excess1", upToCubicMetres: null, perPerson: false, pricePerCubicMetre: 3 },
  ],
  seweragePricePerCubicMetre: 0,
  treatmentPricePerCubicMetre: 0,
};

const fullYear = { periodStart: new Date("2025-01-01"), periodEnd: new Date("2025-12-31") };

function linesFor(overrides: Partial<BillInput>) {
  return computeBillLines({ tariff, ...fullYear, consumptionCubicMetres: 0, housingUnits: 1, residentCount: 3, ...overrides });
}

function bandQuantities(lines: ReturnType<typeof computeBillLines>) {
  return Object.fromEntries(lines.filter((line) => line.band !== null).map((line) => [line.band, line.quantity]));
}

describe("billedDays", () => {
  it("counts both ends", () => {
    expect(billedDays(new Date("2026-07-01"), new Date("2026-10-31"))).toBe(123);
    expect(billedDays(new Date("2026-03-01"), new Date("2026-03-01"))).toBe(1);
  });

  it("counts a leap year's February", () => {
    expect(billedDays(new Date("2028-02-01"), new Date("2028-02-29"))).toBe(29);
  });
});

describe("computeBillLines bands", () => {
  it("fills the subsidised band exactly", () => {
    // 3 residents × 10 m³ = 30 m³ a year in the subsidised band.
    const lines = linesFor({ consumptionCubicMetres: 30 });

    expect(bandQuantities(lines)).toEqual({ subsidised: 30 });
  });

  it("moves one m³ past the edge", () => {
    const lines = linesFor({ consumptionCubicMetres: 31 });

    expect(bandQuantities(lines)).toEqual({ subsidised: 30, base: 1 });
  });

  it("reaches the open last band", () => {
    // Base ends at 50 m³ cumulative, so 20 m³ are base and 10 m³ excess.
    const lines = linesFor({ consumptionCubicMetres: 60 });

    expect(bandQuantities(lines)).toEqual({ subsidised: 30, base: 20, excess1: 10 });
    expect(lines.find((line) => line.band === "excess1")?.amountCents).toBe(3000);
  });

  it("uses the default household size", () => {
    const lines = linesFor({ consumptionCubicMetres: 40, residentCount: null });

    expect(bandQuantities(lines)).toEqual({ subsidised: 30, base: 10 });
  });

  it("scales bounds with housing units", () => {
    // 2 units × 3 residents × 10 m³ = 60 m³ subsidised; base ends at 2 × 50 = 100 m³.
    const lines = linesFor({ consumptionCubicMetres: 120, housingUnits: 2 });

    expect(bandQuantities(lines)).toEqual({ subsidised: 60, base: 40, excess1: 20 });
  });

  it("prorates bounds to the period", () => {
    // 73 of 365 days is a fifth of the year, so the subsidised band ends at 6 m³ and base at 10 m³.
    const lines = linesFor({ periodStart: new Date("2025-01-01"), periodEnd: new Date("2025-03-14"), consumptionCubicMetres: 12 });

    expect(bandQuantities(lines)).toEqual({ subsidised: 6, base: 4, excess1: 2 });
  });

  it("bills no volume line for zero use", () => {
    const lines = linesFor({ consumptionCubicMetres: 0 });

    expect(lines.filter((line) => line.kind === "volumeCharge" && line.service === "waterSupply")).toEqual([]);
  });
});

describe("computeBillLines fixed and VAT", () => {
  it("prorates the fixed charge per day", () => {
    // 36.50 € a year is 10 cents a day; 123 days is 12.30 €.
    const lines = linesFor({ periodStart: new Date("2026-07-01"), periodEnd: new Date("2026-10-31") });
    const fixed = lines.find((line) => line.kind === "fixedCharge" && line.service === "waterSupply");

    expect(fixed?.quantity).toBe(123);
    expect(fixed?.amountCents).toBe(1230);
  });

  it("rounds VAT half up", () => {
    // 1 day of fixed charge is 10 cents and 0.05 m³ at 1 € is 5 cents. VAT of 10% on 15 cents is 1.5 cents.
    const lines = linesFor({ periodStart: new Date("2026-01-01"), periodEnd: new Date("2026-01-01"), consumptionCubicMetres: 0.05 });
    const vat = lines.find((line) => line.kind === "vat");

    expect(vat?.amountCents).toBe(2);
  });

  it("puts VAT on every charge line", () => {
    const lines = linesFor({ consumptionCubicMetres: 60 });
    const charges = lines.filter((line) => line.kind !== "vat").reduce((sum, line) => sum + line.amountCents, 0);

    expect(lines.at(-1)?.kind).toBe("vat");
    expect(lines.at(-1)?.amountCents).toBe(Math.round(charges * 0.1));
  });

  it("keeps bonus credits outside VAT", () => {
    const lines = linesFor({ consumptionCubicMetres: 30, bonus: { members: 3, days: 365, cubicMetresPerMemberPerYear: 10, supplementaryCentsPerMemberPerYear: 1500 } });
    const vatIndex = lines.findIndex((line) => line.kind === "vat");

    expect(lines.slice(vatIndex + 1).map((line) => [line.kind, line.amountCents])).toEqual([
      ["bonusCredit", -3000],
      ["supplementaryBonusCredit", -4500],
    ]);
  });
});

describe("euroToCents", () => {
  it("rounds half away from zero", () => {
    expect(euroToCents(0.005)).toBe(1);
    expect(euroToCents(-0.005)).toBe(-1);
    expect(euroToCents(1.004)).toBe(100);
  });
});
