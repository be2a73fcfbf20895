import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { issueBill } from "@/lib/billing/issue-bill";
import { runBilling } from "@/lib/billing/run-billing";
import { db } from "@/lib/db/client";
import { isValidPagoPaNoticeCode } from "@/lib/identifiers/pagopa-notice";

import { createBill, createIndemnity, createPerson, createStandard, createSupply, newBillFixtures, removeBillFixtures } from "../bills/bill-fixtures";
import { createAcceptedBonus, createMeterWithReadings, createTestTariff, removeBillingFixtures } from "./billing-fixtures";

const fixtures = newBillFixtures();
const tariffIds: string[] = [];
const periodEnd = new Date("2026-10-31");
const issuedOn = new Date("2026-11-15");
let holder: string;
let standardId: string;

/**
 * Creates a supply billed up to 2026-06-30, with `previousUse` m³ on that 122-day bill, whose
 * meter read 1000 m³ then and `closing` m³ on 2026-10-31, if given.
 */
async function billedSupply(closing: number | null, previousUse = 40): Promise<string> {
  const supply = await createSupply(fixtures, holder);
  const readings: Array<{ at: string; cubicMetres: number; source: "actual" }> = [{ at: "2026-06-30T08:00:00Z", cubicMetres: 1000, source: "actual" }];
  if (closing !== null) readings.push({ at: "2026-10-31T08:00:00Z", cubicMetres: closing, source: "actual" });
  const [openingId] = await createMeterWithReadings(supply.id, readings);

  const previous = await createBill(supply.id, { periodStart: "2026-03-01", periodEnd: "2026-06-30", issuedOn: "2026-07-15", paymentState: "paid", consumptionCubicMetres: previousUse });
  await db().bill.update({ where: { id: previous.id }, data: { toReadingId: openingId } });
  return supply.id;
}

async function linesOf(billId: string) {
  return db().billLine.findMany({ where: { billId }, orderBy: { position: "asc" }, select: { kind: true, amountCents: true, indemnityId: true, bonusApplicationId: true, quantity: true } });
}

beforeAll(async () => {
  holder = await createPerson(fixtures, "Elena");
  standardId = await createStandard(fixtures);
  tariffIds.push(await createTestTariff());
});

afterAll(async () => {
  await removeBillingFixtures(fixtures.supplyIds, tariffIds);
  await removeBillFixtures(fixtures);
});

describe("issueBill", () => {
  it("credits indemnity and bonus once", async () => {
    const supplyId = await billedSupply(1060);
    const indemnityId = await createIndemnity(standardId, supplyId, holder, 3000, "2026-10-01T10:00:00Z");
    const bonusId = await createAcceptedBonus(supplyId, "2026-07-01", "2027-06-30");

    const outcome = await issueBill({ supplyId, periodEnd, issuedOn });
    const again = await issueBill({ supplyId, periodEnd, issuedOn });

    expect(outcome.status).toBe("issued");
    expect(again).toEqual({ status: "skipped", reason: "alreadyBilled" });
    if (outcome.status !== "issued") return;
    expect(outcome.creditedIndemnities).toBe(1);

    const lines = await linesOf(outcome.billId);
    const indemnityLines = lines.filter((line) => line.kind === "indemnityCredit");
    const bonusLines = lines.filter((line) => line.kind === "bonusCredit");
    const supplementaryLines = lines.filter((line) => line.kind === "supplementaryBonusCredit");
    expect(indemnityLines).toEqual([expect.objectContaining({ indemnityId, amountCents: -3000 })]);
    expect(bonusLines).toHaveLength(1);
    expect(bonusLines[0]?.bonusApplicationId).toBe(bonusId);
    // July 1 to October 31, both included.
    expect(Number(bonusLines[0]?.quantity)).toBe(123);
    expect(supplementaryLines).toHaveLength(1);
    expect(outcome.bonusCreditCents).toBeLessThan(0);

    const bill = await db().bill.findUniqueOrThrow({ where: { id: outcome.billId } });
    const lineSum = lines.reduce((sum, line) => sum + line.amountCents, 0);
    const charges = lines.filter((line) => line.amountCents > 0).reduce((sum, line) => sum + line.amountCents, 0);
    expect(bill.totalCents).toBe(lineSum);
    expect(bill.totalCents).toBe(charges - 3000 + outcome.bonusCreditCents);
    expect(bill.periodStart.toISOString().slice(0, 10)).toBe("2026-07-01");
    expect(bill.consumptionCubicMetres).toBe(60);
    expect(bill.estimated).toBe(false);
    expect((bill.dueOn.getTime() - bill.issuedOn.getTime()) / 86_400_000).toBeGreaterThanOrEqual(20);

    const indemnity = await db().indemnity.findUniqueOrThrow({ where: { id: indemnityId }, select: { state: true } });
    expect(indemnity.state).toBe("credited");
    expect(await db().bill.count({ where: { supplyId } })).toBe(2);
  });

  it("sets a notice code when owed", async () => {
    const supplyId = await billedSupply(1200);

    const outcome = await issueBill({ supplyId, periodEnd, issuedOn });

    expect(outcome.status).toBe("issued");
    if (outcome.status !== "issued") return;
    const bill = await db().bill.findUniqueOrThrow({ where: { id: outcome.billId }, select: { pagoPaNoticeCode: true, paymentState: true, number: true } });
    expect(bill.paymentState).toBe("unpaid");
    expect(isValidPagoPaNoticeCode(bill.pagoPaNoticeCode ?? "")).toBe(true);
    expect(bill.number).toMatch(/^2026\/\d{7}$/);
  });

  it("issues one bill when run concurrently", async () => {
    const supplyId = await billedSupply(1030);

    const outcomes = await Promise.all([issueBill({ supplyId, periodEnd, issuedOn }), issueBill({ supplyId, periodEnd, issuedOn }), issueBill({ supplyId, periodEnd, issuedOn })]);

    expect(outcomes.filter((outcome) => outcome.status === "issued")).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome.status === "skipped")).toHaveLength(2);
    expect(await db().bill.count({ where: { supplyId, periodEnd } })).toBe(1);
  });

  it("estimates without a closing reading", async () => {
    const supplyId = await billedSupply(null);

    const outcome = await issueBill({ supplyId, periodEnd, issuedOn });

    expect(outcome.status).toBe("issued");
    if (outcome.status !== "issued") return;
    expect(outcome.estimated).toBe(true);
    const bill = await db().bill.findUniqueOrThrow({ where: { id: outcome.billId }, select: { consumptionCubicMetres: true, estimated: true, toReading: { select: { source: true, channel: true, cubicMetres: true } } } });
    // The previous bill used 40 m³ in 122 days; 90% of that rate over 123 days is 36.29 m³.
    expect(bill.consumptionCubicMetres).toBe(36);
    expect(bill.estimated).toBe(true);
    expect(bill.toReading).toEqual({ source: "estimated", channel: "system", cubicMetres: 1036 });
  });
});

describe("runBilling", () => {
  it("summarizes issued, skipped and not due", async () => {
    // 150 m³ in 122 days is about 450 m³ a year: 3 bills a year, so a bill every 4 months is due.
    const due = await billedSupply(1050, 150);
    const withoutReadings = await createSupply(fixtures, holder);
    const notDue = await billedSupply(1010);
    await issueBill({ supplyId: notDue, periodEnd, issuedOn });
    const onlySupplyIds = [due, withoutReadings.id, notDue];

    const preview = await runBilling({ periodEnd, issuedOn, dryRun: true, onlySupplyIds });
    const run = await runBilling({ periodEnd, issuedOn, dryRun: false, onlySupplyIds });
    const rerun = await runBilling({ periodEnd, issuedOn, dryRun: false, onlySupplyIds });

    expect(preview.due).toBe(2);
    expect(preview.issued).toBe(0);
    expect(preview.dueSample).toHaveLength(2);
    expect(run.due).toBe(2);
    expect(run.issued).toBe(1);
    expect(run.skipped).toEqual({ noOpeningReading: 1 });
    expect(run.failed).toBe(0);
    expect(rerun.issued).toBe(0);
    expect(await db().bill.count({ where: { supplyId: due, periodEnd } })).toBe(1);
  });
});
