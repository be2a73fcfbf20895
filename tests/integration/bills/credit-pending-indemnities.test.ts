import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { creditPendingIndemnities } from "@/lib/indemnities/credit-pending-indemnities";
import { findTicketIndemnity, listCustomerIndemnities } from "@/lib/indemnities/list-customer-indemnities";

import { createBill, createIndemnity, createPerson, createStandard, createSupply, newBillFixtures, removeBillFixtures } from "./bill-fixtures";

const fixtures = newBillFixtures();
// A bill of a large condominium, so two credits still leave something to pay.
const largeBillLines = [
  { kind: "volumeCharge" as const, service: "waterSupply" as const, band: "base" as const, description: "Quota variabile acquedotto, fascia base", quantity: 400, unitPrice: 0.45, amountCents: 18000 },
  { kind: "vat" as const, description: "IVA 10%", amountCents: 1800 },
];
const page = { page: 1, pageSize: 20 };
let holder: string;
let otherHolder: string;
let standardId: string;

async function creditLinesOf(billId: string) {
  return db().billLine.findMany({ where: { billId, kind: "indemnityCredit" }, orderBy: { position: "asc" }, select: { indemnityId: true, amountCents: true, position: true } });
}

async function billTotal(billId: string): Promise<number> {
  const bill = await db().bill.findUniqueOrThrow({ where: { id: billId }, select: { totalCents: true } });
  return bill.totalCents;
}

beforeAll(async () => {
  holder = await createPerson(fixtures, "Carla");
  otherHolder = await createPerson(fixtures, "Dario");
  standardId = await createStandard(fixtures);
});

afterAll(async () => {
  await removeBillFixtures(fixtures);
});

describe("creditPendingIndemnities", () => {
  it("credits each due indemnity once", async () => {
    const supply = await createSupply(fixtures, holder);
    const first = await createIndemnity(standardId, supply.id, holder, 3000, "2026-03-10T10:00:00Z");
    const second = await createIndemnity(standardId, supply.id, holder, 6000, "2026-04-02T10:00:00Z");
    const bill = await createBill(supply.id, { periodStart: "2026-01-01", periodEnd: "2026-04-30", issuedOn: "2026-05-15", lines: largeBillLines });

    const outcome = await creditPendingIndemnities(supply.id, bill);
    const again = await creditPendingIndemnities(supply.id, bill);

    expect(outcome).toEqual({ ok: true, creditedIndemnityIds: [first, second], totalCents: bill.totalCents - 9000 });
    expect(again).toEqual({ ok: true, creditedIndemnityIds: [], totalCents: bill.totalCents - 9000 });
    expect(await creditLinesOf(bill.id)).toEqual([
      { indemnityId: first, amountCents: -3000, position: 3 },
      { indemnityId: second, amountCents: -6000, position: 4 },
    ]);
    expect(await billTotal(bill.id)).toBe(bill.totalCents - 9000);

    const states = await db().indemnity.findMany({ where: { id: { in: [first, second] } }, select: { state: true } });
    expect(states.map((row) => row.state)).toEqual(["credited", "credited"]);
  });

  it("credits once when run concurrently", async () => {
    const supply = await createSupply(fixtures, holder);
    const indemnity = await createIndemnity(standardId, supply.id, holder, 3000, "2026-03-10T10:00:00Z");
    const billA = await createBill(supply.id, { periodStart: "2026-01-01", periodEnd: "2026-04-30", issuedOn: "2026-05-15" });
    const billB = await createBill(supply.id, { periodStart: "2026-05-01", periodEnd: "2026-08-31", issuedOn: "2026-09-15" });

    const outcomes = await Promise.all([
      creditPendingIndemnities(supply.id, billA),
      creditPendingIndemnities(supply.id, billA),
      creditPendingIndemnities(supply.id, billB),
    ]);

    const credited = outcomes.flatMap((outcome) => (outcome.ok ? outcome.creditedIndemnityIds : []));
    expect(credited).toEqual([indemnity]);
    const lines = await db().billLine.count({ where: { indemnityId: indemnity } });
    expect(lines).toBe(1);
  });

  it("waits for a bill issued after the indemnity", async () => {
    const supply = await createSupply(fixtures, holder);
    const indemnity = await createIndemnity(standardId, supply.id, holder, 3000, "2026-06-10T10:00:00Z");
    const earlier = await createBill(supply.id, { periodStart: "2026-01-01", periodEnd: "2026-04-30", issuedOn: "2026-05-15" });
    const sameDay = await createBill(supply.id, { periodStart: "2026-05-01", periodEnd: "2026-05-31", issuedOn: "2026-06-10" });

    expect(await creditPendingIndemnities(supply.id, earlier)).toMatchObject({ ok: true, creditedIndemnityIds: [] });
    expect(await creditPendingIndemnities(supply.id, sameDay)).toMatchObject({ ok: true, creditedIndemnityIds: [indemnity] });
  });

  it("skips paid bills and other supplies", async () => {
    const supply = await createSupply(fixtures, holder);
    const other = await createSupply(fixtures, otherHolder);
    await createIndemnity(standardId, supply.id, holder, 3000, "2026-03-10T10:00:00Z");
    const paid = await createBill(supply.id, { periodStart: "2026-01-01", periodEnd: "2026-04-30", issuedOn: "2026-05-15", paymentState: "paid" });
    const othersBill = await createBill(other.id, { periodStart: "2026-01-01", periodEnd: "2026-04-30", issuedOn: "2026-05-15" });

    expect(await creditPendingIndemnities(supply.id, paid)).toEqual({ ok: false, reason: "billNotOpen" });
    expect(await creditPendingIndemnities(supply.id, othersBill)).toEqual({ ok: false, reason: "billNotFound" });
    expect(await creditPendingIndemnities(other.id, othersBill)).toMatchObject({ ok: true, creditedIndemnityIds: [] });
  });

  it("leaves exempt indemnities alone", async () => {
    const supply = await createSupply(fixtures, holder);
    const exempt = await createIndemnity(standardId, supply.id, holder, 3000, "2026-03-10T10:00:00Z");
    await db().indemnity.update({ where: { id: exempt }, data: { state: "exempt", exemptionReason: "forceMajeure", exemptionNote: "Alluvione" } });
    const bill = await createBill(supply.id, { periodStart: "2026-01-01", periodEnd: "2026-04-30", issuedOn: "2026-05-15" });

    expect(await creditPendingIndemnities(supply.id, bill)).toMatchObject({ ok: true, creditedIndemnityIds: [] });
  });

  it("marks a bill covered by credits as settled", async () => {
    const supply = await createSupply(fixtures, holder);
    await createIndemnity(standardId, supply.id, holder, 9000, "2026-03-10T10:00:00Z");
    const bill = await createBill(supply.id, { periodStart: "2026-01-01", periodEnd: "2026-04-30", issuedOn: "2026-05-15" });

    const outcome = await creditPendingIndemnities(supply.id, bill);

    expect(outcome).toMatchObject({ ok: true, totalCents: bill.totalCents - 9000 });
    const stored = await db().bill.findUniqueOrThrow({ where: { id: bill.id }, select: { paymentState: true } });
    expect(stored.paymentState).toBe("paid");
  });
});

describe("listCustomerIndemnities", () => {
  it("lists the holder's indemnities with their bill", async () => {
    const supply = await createSupply(fixtures, otherHolder);
    const indemnity = await createIndemnity(standardId, supply.id, otherHolder, 6000, "2026-03-10T10:00:00Z");
    const bill = await createBill(supply.id, { periodStart: "2026-01-01", periodEnd: "2026-04-30", issuedOn: "2026-05-15" });
    await creditPendingIndemnities(supply.id, bill);

    const { rows } = await listCustomerIndemnities("sii", otherHolder, page);
    const row = rows.find((candidate) => candidate.id === indemnity);

    expect(row).toMatchObject({ state: "credited", amountCents: 6000, level: "doubled", supplyCode: supply.supplyCode, creditedOn: { billId: bill.id, billNumber: bill.number } });
  });

  it("hides other holders' indemnities", async () => {
    const { rows } = await listCustomerIndemnities("sii", holder, page);
    const othersIds = (await db().indemnity.findMany({ where: { personId: otherHolder }, select: { id: true } })).map((row) => row.id);

    expect(rows.filter((row) => othersIds.includes(row.id))).toEqual([]);
  });

  it("lists nothing without a person", async () => {
    expect((await listCustomerIndemnities("sii", null, page)).rows).toEqual([]);
  });

  it("finds no indemnity for a ticket without one", async () => {
    expect(await findTicketIndemnity("00000000-0000-4000-8000-000000000000")).toBeNull();
  });
});
