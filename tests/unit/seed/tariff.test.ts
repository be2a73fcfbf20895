import { describe, expect, it } from "vitest";

import { billsPerYear } from "@/prisma/seed/billing";
import { utcDate } from "@/prisma/seed/dates";
import { createSeedContext } from "@/prisma/seed/seed-rows";
import { buildTariffs, computeBillLines, type DemoTariff } from "@/prisma/seed/tariff";

function residentTariff(): DemoTariff {
  const tariff = buildTariffs(createSeedContext(1)).get("domesticResident");
  if (!tariff) throw new Error("missing domestic resident tariff");
  return tariff;
}

function total(lines: Array<{ amountCents: number }>): number {
  return lines.reduce((sum, line) => sum + line.amountCents, 0);
}

describe("demo tariff", () => {
  it("charges a 3-person household about 185 € for 182 m³", () => {
    const lines = computeBillLines({
      tariff: residentTariff(),
      periodStart: utcDate(2025, 1, 1),
      periodEnd: utcDate(2025, 12, 31),
      consumptionCubicMetres: 182,
      housingUnits: 1,
      residentCount: 3,
    });

    expect(total(lines)).toBe(18502);
    expect(total(lines) / 182).toBeGreaterThan(100);
    expect(total(lines) / 182).toBeLessThan(103);
  });

  it("fills the subsidised band with 33 m³ per person", () => {
    const lines = computeBillLines({
      tariff: residentTariff(),
      periodStart: utcDate(2025, 1, 1),
      periodEnd: utcDate(2025, 12, 31),
      consumptionCubicMetres: 182,
      housingUnits: 1,
      residentCount: 3,
    });
    const subsidised = lines.find((line) => line.band === "subsidised");
    const base = lines.find((line) => line.band === "base");

    expect(subsidised?.quantity).toBe(99);
    expect(base?.quantity).toBe(83);
  });

  it("prorates bands to the billed days", () => {
    // 120 of 365 days: the subsidised band takes 99 * 120 / 365 = 32.548 m³.
    const lines = computeBillLines({
      tariff: residentTariff(),
      periodStart: utcDate(2025, 1, 1),
      periodEnd: utcDate(2025, 4, 30),
      consumptionCubicMetres: 61,
      housingUnits: 1,
      residentCount: 3,
    });

    expect(lines.find((line) => line.band === "subsidised")?.quantity).toBe(32.548);
    expect(lines.find((line) => line.band === "base")?.quantity).toBe(28.452);
    expect(lines.find((line) => line.kind === "fixedCharge" && line.service === "waterSupply")?.amountCents).toBe(99);
  });

  it("uses the default household size when unknown", () => {
    const known = computeBillLines({ tariff: residentTariff(), periodStart: utcDate(2025, 1, 1), periodEnd: utcDate(2025, 12, 31), consumptionCubicMetres: 150, housingUnits: 1, residentCount: 3 });
    const unknown = computeBillLines({ tariff: residentTariff(), periodStart: utcDate(2025, 1, 1), periodEnd: utcDate(2025, 12, 31), consumptionCubicMetres: 150, housingUnits: 1, residentCount: null });

    expect(total(unknown)).toBe(total(known));
  });

  it("computes VAT at 10% of the charges", () => {
    const lines = computeBillLines({ tariff: residentTariff(), periodStart: utcDate(2025, 1, 1), periodEnd: utcDate(2025, 12, 31), consumptionCubicMetres: 182, housingUnits: 1, residentCount: 3 });
    const vat = lines.find((line) => line.kind === "vat");
    const taxable = total(lines.filter((line) => line.kind !== "vat"));

    expect(vat?.amountCents).toBe(Math.round(taxable * 0.1));
  });

  it("credits the bonus as negative lines", () => {
    // 18.25 m³ * 3 members for a full year at 0.80 €/m³ is 43.80 €, plus 15 € per member.
    const lines = computeBillLines({
      tariff: residentTariff(),
      periodStart: utcDate(2025, 1, 1),
      periodEnd: utcDate(2025, 12, 31),
      consumptionCubicMetres: 182,
      housingUnits: 1,
      residentCount: 3,
      bonus: { members: 3, days: 365, cubicMetresPerMemberPerYear: 18.25, supplementaryCentsPerMemberPerYear: 1500 },
    });

    expect(lines.find((line) => line.kind === "bonusCredit")?.amountCents).toBe(-4380);
    expect(lines.find((line) => line.kind === "supplementaryBonusCredit")?.amountCents).toBe(-4500);
    expect(total(lines)).toBe(18502 - 4380 - 4500);
  });

  it("fills excess bands above 200 m³", () => {
    const lines = computeBillLines({ tariff: residentTariff(), periodStart: utcDate(2025, 1, 1), periodEnd: utcDate(2025, 12, 31), consumptionCubicMetres: 450, housingUnits: 1, residentCount: 3 });

    expect(lines.filter((line) => line.band !== null).map((line) => [line.band, line.quantity])).toEqual([
      ["subsidised", 99],
      ["base", 101],
      ["excess1", 100],
      ["excess2", 100],
      ["excess3", 50],
    ]);
  });
});

describe("billsPerYear", () => {
  it.each([
    [0, 2],
    [100, 2],
    [101, 3],
    [1000, 3],
    [1001, 4],
    [3000, 4],
    [3001, 6],
  ])("bills %i m³ a year %i times", (cubicMetres, bills) => {
    expect(billsPerYear(cubicMetres)).toBe(bills);
  });
});
