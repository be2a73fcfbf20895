import type { Prisma } from "@/lib/generated/prisma/client";

import { addDays, addMonths, historyMonths, historyStart, lastDayOfMonth, atHour, utcDate } from "./dates";
import { nextInSequence, type SeedContext } from "./seed-rows";

type UseType = Prisma.SupplyCreateManyInput["useType"];

export type SupplyPlan = {
  holderId: string;
  addressId: string;
  useType: UseType;
  housingUnits: number;
  residentCount: number | null;
  state: "pending" | "active" | "suspended" | "terminated";
  contractStartOn: Date;
  /** Last day of supply for a terminated contract. */
  contractEndOn?: Date;
  buildingId?: string;
  paymentMethod: NonNullable<Prisma.SupplyCreateManyInput["paymentMethod"]>;
  directDebitIban?: string;
  billDelivery: NonNullable<Prisma.SupplyCreateManyInput["billDelivery"]>;
  billingEmail?: string;
  /** Expected consumption in m³ per year. */
  yearlyCubicMetres: number;
  /** Probability that the customer sends a self-reading in a month without an actual read. */
  selfReadingRate: number;
  disconnectionExempt?: boolean;
};

export type SeededSupply = SupplyPlan & { id: string; supplyCode: string };

/** One accepted reading per month end, with the supply-level cumulative volume that bills are computed from. */
export type MonthlyPoint = {
  readAt: Date;
  readingId: string;
  source: "actual" | "self" | "estimated";
  /** m³ since the first meter of the history, summed across meter replacements. */
  cumulativeCubicMetres: number;
};

export type SupplyHistory = { supply: SeededSupply; points: MonthlyPoint[] };

/** Adds a supply with a fresh 10-digit supply code. */
export function addSupply(context: SeedContext, plan: SupplyPlan): SeededSupply {
  const id = context.random.uuid();
  const supplyCode = String(4_100_000_000 + nextInSequence(context, "supplyCode") * 37);

  context.rows.supplies.push({
    id,
    supplyCode,
    holderId: plan.holderId,
    addressId: plan.addressId,
    buildingId: plan.buildingId ?? null,
    useType: plan.useType,
    housingUnits: plan.housingUnits,
    residentCount: plan.residentCount,
    state: plan.state,
    paymentMethod: plan.paymentMethod,
    directDebitIban: plan.directDebitIban ?? null,
    billDelivery: plan.billDelivery,
    billingEmail: plan.billingEmail ?? null,
    contractStartOn: plan.contractStartOn,
    contractEndOn: plan.contractEndOn ?? null,
    disconnectionExempt: plan.disconnectionExempt ?? false,
  });

  return { ...plan, id, supplyCode };
}

/** Seasonal factor of a calendar month (1-12): about 12% above average in July, 12% below in January. */
function seasonalFactor(month: number): number {
  return 1 + 0.12 * Math.cos((2 * Math.PI * (month - 7)) / 12);
}

function meterSerial(context: SeedContext, installedOn: Date): string {
  const letter = context.random.pick(["A", "B", "C", "M", "S"]);
  const year = String(installedOn.getUTCFullYear() % 100).padStart(2, "0");
  return `${letter}${year}${String(nextInSequence(context, "meterSerial", 100_000)).padStart(6, "0")}`;
}

function meterCalibre(useType: UseType, housingUnits: number): { calibreMm: number; digits: number } {
  if (useType === "condominium") return housingUnits > 20 ? { calibreMm: 50, digits: 7 } : { calibreMm: 40, digits: 6 };
  if (useType === "nonDomestic") return { calibreMm: 25, digits: 6 };
  return { calibreMm: 15, digits: 5 };
}

function readingProtocol(context: SeedContext, year: number): string {
  return `AL-${year}-${String(nextInSequence(context, `reading:${year}`)).padStart(6, "0")}`;
}

type MeterState = { id: string; serial: string; installedOn: Date; offset: number };

function addMeter(context: SeedContext, supply: SeededSupply, installedOn: Date, offset: number): MeterState {
  const { calibreMm, digits } = meterCalibre(supply.useType, supply.housingUnits);
  const meter: MeterState = { id: context.random.uuid(), serial: meterSerial(context, installedOn), installedOn, offset };

  context.rows.meters.push({
    id: meter.id,
    serialNumber: meter.serial,
    supplyId: supply.id,
    calibreMm,
    digits,
    manufacturer: context.random.pick(["Sensus", "Itron", "Maddalena", "Diehl Metering"]),
    installedOn,
    installReadingCubicMetres: 0,
  });
  return meter;
}

/**
 * Adds the meters and the readings of a supply over the 24 months of history. A baseline reading
 * comes the day before, then one accepted reading at each month end. April and October readings
 * are actual, which gives two read attempts a year, and the others are self-readings or estimates.
 * A few supplies also get a meter replacement, a rejected self-reading or a recent one to review.
 */
export function buildReadings(context: SeedContext, supply: SeededSupply, reviewerId: string): SupplyHistory {
  const { random, rows } = context;
  const points: MonthlyPoint[] = [];
  if (supply.state === "pending") return { supply, points };

  const installedOn = utcDate(random.integer(2010, 2023), random.integer(1, 12), random.integer(1, 28));
  const baselineCubicMetres = Math.round(supply.yearlyCubicMetres * ((historyStart.getTime() - installedOn.getTime()) / (365 * 86_400_000)));
  let meter = addMeter(context, supply, installedOn, 0);
  // The meter's register read `baselineCubicMetres` the day before the history starts.
  let cumulative = 0;
  let registerAtBaseline = baselineCubicMetres;

  const months = supply.state === "terminated" && supply.contractEndOn
    ? Math.min(historyMonths, monthIndexOf(supply.contractEndOn) + 1)
    : historyMonths;
  const replacementMonth = random.chance(0.06) && months > 6 ? random.integer(3, months - 3) : null;

  const baselineId = random.uuid();
  const baselineDate = addDays(historyStart, -1);
  rows.readings.push({
    id: baselineId,
    meterId: meter.id,
    supplyId: supply.id,
    readAt: atHour(baselineDate, 10),
    cubicMetres: registerAtBaseline,
    source: "actual",
    channel: "meterReader",
  });
  points.push({ readAt: baselineDate, readingId: baselineId, source: "actual", cumulativeCubicMetres: 0 });

  let carry = 0;
  for (let monthIndex = 0; monthIndex < months; monthIndex += 1) {
    const monthStart = addMonths(historyStart, monthIndex);
    const monthEnd = lastDayOfMonth(monthStart);
    const calendarMonth = monthStart.getUTCMonth() + 1;

    const expected = (supply.yearlyCubicMetres / 12) * seasonalFactor(calendarMonth) * (0.85 + random.next() * 0.3) + carry;
    const consumed = Math.max(0, Math.floor(expected));
    carry = expected - consumed;
    const previous = points[points.length - 1]!;
    const trueCumulative = previous.cumulativeCubicMetres + consumed;

    const isActualMonth = calendarMonth === 4 || calendarMonth === 10;
    const source: MonthlyPoint["source"] = isActualMonth ? "actual" : random.chance(supply.selfReadingRate) ? "self" : "estimated";
    // An estimate stays a little under the real volume, so the next actual reading never goes backwards.
    const recorded = source === "estimated"
      ? previous.cumulativeCubicMetres + Math.floor((trueCumulative - previous.cumulativeCubicMetres) * 0.9)
      : trueCumulative;
    cumulative = recorded;

    if (replacementMonth === monthIndex) {
      // The old meter is read and removed at the month end, and the new one starts from 0.
      const removalRegister = registerAtBaseline + cumulative - meter.offset;
      const meterRow = rows.meters.find((row) => row.id === meter.id);
      if (meterRow) {
        meterRow.removedOn = monthEnd;
        meterRow.removalReadingCubicMetres = removalRegister;
      }
      rows.readings.push({
        id: random.uuid(),
        meterId: meter.id,
        supplyId: supply.id,
        readAt: atHour(monthEnd, 9),
        cubicMetres: removalRegister,
        source: "actual",
        channel: "meterReader",
        stateReason: "Lettura di rimozione del contatore sostituito",
      });
      meter = addMeter(context, supply, monthEnd, cumulative);
      registerAtBaseline = 0;
    }

    const readingId = random.uuid();
    const channel = channelFor(context, source);
    rows.readings.push({
      id: readingId,
      meterId: meter.id,
      supplyId: supply.id,
      readAt: atHour(monthEnd, source === "self" ? 19 : 10),
      cubicMetres: registerAtBaseline + cumulative - meter.offset,
      source,
      channel,
      protocol: source === "self" ? readingProtocol(context, monthEnd.getUTCFullYear()) : null,
    });
    points.push({ readAt: monthEnd, readingId, source, cumulativeCubicMetres: cumulative });

    // A rejected self-reading mid-month, lower than the last accepted one and so probably misread.
    if (supply.selfReadingRate > 0 && monthIndex > 0 && random.chance(0.02)) {
      const previousRegister = registerAtBaseline + previous.cumulativeCubicMetres - meter.offset;
      rows.readings.push({
        id: random.uuid(),
        meterId: meter.id,
        supplyId: supply.id,
        readAt: atHour(addDays(monthStart, 14), 20),
        cubicMetres: Math.max(0, previousRegister - random.integer(5, 40)),
        source: "self",
        channel: "web",
        state: "rejected",
        stateReason: "La lettura è inferiore all'ultima lettura validata: controlla di aver trascritto solo le cifre nere del contatore.",
        protocol: readingProtocol(context, monthStart.getUTCFullYear()),
        reviewedById: reviewerId,
        reviewedAt: atHour(addDays(monthStart, 16), 11),
      });
    }
  }

  // A recent self-reading, sent after the last month end and not validated yet.
  if (supply.state === "active" && supply.selfReadingRate > 0 && random.chance(0.15)) {
    const last = points[points.length - 1]!;
    const sentOn = utcDate(2026, 11, random.integer(5, 18));
    rows.readings.push({
      id: random.uuid(),
      meterId: meter.id,
      supplyId: supply.id,
      readAt: atHour(sentOn, 18),
      // About three months of water in under three weeks, which the validation flags.
      cubicMetres: registerAtBaseline + last.cumulativeCubicMetres - meter.offset + Math.max(10, Math.round(supply.yearlyCubicMetres / 4)),
      source: "self",
      channel: random.pick(["web", "chat", "phone"] as const),
      state: "toReview",
      stateReason: "Consumo superiore alla media del periodo: da verificare prima di validare la lettura.",
      protocol: readingProtocol(context, 2026),
    });
  }

  return { supply, points };
}

function channelFor(context: SeedContext, source: MonthlyPoint["source"]): "meterReader" | "web" | "chat" | "phone" | "system" {
  if (source === "actual") return "meterReader";
  if (source === "estimated") return "system";
  return context.random.pick(["web", "web", "chat", "phone"] as const);
}

/** Zero-based month of the history a date falls in. */
function monthIndexOf(date: Date): number {
  return (date.getUTCFullYear() - historyStart.getUTCFullYear()) * 12 + date.getUTCMonth() - historyStart.getUTCMonth();
}
