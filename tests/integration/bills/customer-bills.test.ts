import { createTranslator } from "next-intl";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { findBillSupply, listBillSupplies } from "@/lib/bills/bill-supplies";
import { listBillYears, listCustomerBills } from "@/lib/bills/list-customer-bills";
import { loadConsumptionHistory } from "@/lib/bills/load-consumption-history";
import { loadCustomerBill } from "@/lib/bills/load-customer-bill";
import type { BillsTranslator } from "@/lib/bills/present-bill-line";
import { renderBillPdf } from "@/lib/bills/render-bill-pdf";
import italianBills from "@/messages/it/bills.json";
import { extractPdfText, looksLikePdf } from "@/tests/fixtures/pdf-text";

import { createBill, createMandate, createPerson, createSupply, newBillFixtures, removeBillFixtures } from "./bill-fixtures";

const fixtures = newBillFixtures();
const today = new Date("2026-12-04T10:00:00Z");
const firstPage = { page: 1, pageSize: 4 };

let holderA: string;
let holderB: string;
let admin: string;
let supplyA: { id: string; supplyCode: string };
let supplyB: { id: string; supplyCode: string };
let managedCondo: { id: string; supplyCode: string };
let otherCondo: { id: string; supplyCode: string };
let revokedCondo: { id: string; supplyCode: string };
const billsOfA: Array<{ id: string; number: string; totalCents: number }> = [];
let billOfB: { id: string };
let managedBill: { id: string };
let otherCondoBill: { id: string };
let revokedBill: { id: string };

beforeAll(async () => {
  holderA = await createPerson(fixtures, "Anna");
  holderB = await createPerson(fixtures, "Bruno");
  admin = await createPerson(fixtures, "Federica");
  const condoHolder = await createPerson(fixtures, "Condominio");
  supplyA = await createSupply(fixtures, holderA);
  supplyB = await createSupply(fixtures, holderB);
  managedCondo = await createSupply(fixtures, condoHolder, "condominium");
  otherCondo = await createSupply(fixtures, condoHolder, "condominium");
  revokedCondo = await createSupply(fixtures, condoHolder, "condominium");
  await createMandate(admin, managedCondo.id, "approved");
  await createMandate(admin, otherCondo.id, "requested");
  await createMandate(admin, revokedCondo.id, "revoked");

  // Holder A: nine four-month bills from September 2023 to August 2026, the last two unpaid.
  for (let index = 0; index < 9; index += 1) {
    const start = new Date(Date.UTC(2023, 8 + index * 4, 1));
    const end = new Date(Date.UTC(2023, 8 + index * 4 + 4, 0));
    const issued = new Date(end.getTime() + 15 * 86_400_000);
    let paymentState: "paid" | "partiallyPaid" | "unpaid" = "paid";
    if (index === 6) paymentState = "partiallyPaid";
    if (index >= 7) paymentState = "unpaid";
    billsOfA.push(
      await createBill(supplyA.id, {
        periodStart: start.toISOString(),
        periodEnd: end.toISOString(),
        issuedOn: issued.toISOString(),
        paymentState,
        consumptionCubicMetres: 20 + index,
      }),
    );
  }

  billOfB = await createBill(supplyB.id, { periodStart: "2026-01-01", periodEnd: "2026-04-30", issuedOn: "2026-05-15" });
  managedBill = await createBill(managedCondo.id, { periodStart: "2026-01-01", periodEnd: "2026-03-31", issuedOn: "2026-04-15" });
  otherCondoBill = await createBill(otherCondo.id, { periodStart: "2026-01-01", periodEnd: "2026-03-31", issuedOn: "2026-04-15" });
  revokedBill = await createBill(revokedCondo.id, { periodStart: "2026-01-01", periodEnd: "2026-03-31", issuedOn: "2026-04-15" });
});

afterAll(async () => {
  await removeBillFixtures(fixtures);
});

describe("listCustomerBills", () => {
  it("pages newest period first", async () => {
    const first = await listCustomerBills(holderA, supplyA.id, { year: null, payment: null }, firstPage, today);
    const third = await listCustomerBills(holderA, supplyA.id, { year: null, payment: null }, { page: 3, pageSize: 4 }, today);

    expect(first.summary.totalItems).toBe(9);
    expect(first.summary.totalPages).toBe(3);
    expect(first.rows.map((row) => row.id)).toEqual(billsOfA.slice(5).reverse().map((bill) => bill.id));
    expect(third.rows.map((row) => row.id)).toEqual([billsOfA[0]!.id]);
  });

  it("filters by year of issue", async () => {
    const { rows } = await listCustomerBills(holderA, supplyA.id, { year: 2025, payment: null }, { page: 1, pageSize: 20 }, today);

    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.issuedOn.getUTCFullYear()).toBe(2025);
  });

  it("counts partly paid bills as unpaid", async () => {
    const unpaid = await listCustomerBills(holderA, supplyA.id, { year: null, payment: "unpaid" }, { page: 1, pageSize: 20 }, today);
    const paid = await listCustomerBills(holderA, supplyA.id, { year: null, payment: "paid" }, { page: 1, pageSize: 20 }, today);

    expect(unpaid.rows.map((row) => row.paymentState).sort()).toEqual(["partiallyPaid", "unpaid", "unpaid"]);
    expect(paid.summary.totalItems).toBe(6);
  });

  it("lists the years of issue", async () => {
    expect(await listBillYears(supplyA.id)).toEqual([2026, 2025, 2024]);
  });

  it("returns nothing for another holder's supply", async () => {
    const { rows, summary } = await listCustomerBills(holderA, supplyB.id, { year: null, payment: null }, firstPage, today);

    expect(rows).toEqual([]);
    expect(summary.totalItems).toBe(0);
  });
});

describe("bill authorization", () => {
  it("lets a holder open their bill", async () => {
    const bill = await loadCustomerBill(holderA, billsOfA[0]!.id, today);

    expect(bill?.number).toBe(billsOfA[0]!.number);
    expect(bill?.lines.map((line) => line.kind)).toEqual(["fixedCharge", "volumeCharge", "volumeCharge", "vat"]);
  });

  it("hides holder B's bill from holder A", async () => {
    expect(await loadCustomerBill(holderA, billOfB.id, today)).toBeNull();
    expect(await findBillSupply(holderA, supplyB.id, today)).toBeNull();
  });

  it("rejects malformed ids and missing persons", async () => {
    expect(await loadCustomerBill(holderA, "not-a-uuid", today)).toBeNull();
    expect(await loadCustomerBill(null, billsOfA[0]!.id, today)).toBeNull();
  });

  it("shows an administrator only the managed building", async () => {
    const supplies = await listBillSupplies(admin, today);

    expect(supplies.map((supply) => supply.id)).toEqual([managedCondo.id]);
    expect((await loadCustomerBill(admin, managedBill.id, today))?.id).toBe(managedBill.id);
  });

  it("hides requested and revoked mandates' bills", async () => {
    expect(await loadCustomerBill(admin, otherCondoBill.id, today)).toBeNull();
    expect(await loadCustomerBill(admin, revokedBill.id, today)).toBeNull();
    expect((await listCustomerBills(admin, revokedCondo.id, { year: null, payment: null }, firstPage, today)).rows).toEqual([]);
  });

  it("hides a holder's bills from the administrator", async () => {
    expect(await loadCustomerBill(admin, billsOfA[0]!.id, today)).toBeNull();
  });

  it("ends access when the mandate expires", async () => {
    const later = await createSupply(fixtures, holderB, "condominium");
    const bill = await createBill(later.id, { periodStart: "2026-01-01", periodEnd: "2026-03-31", issuedOn: "2026-04-15" });
    await createMandate(admin, later.id, "approved");

    expect((await loadCustomerBill(admin, bill.id, today))?.id).toBe(bill.id);

    const { db } = await import("@/lib/db/client");
    await db().condoAdminMandate.updateMany({ where: { supplyId: later.id }, data: { validTo: new Date("2026-06-30") } });
    expect(await loadCustomerBill(admin, bill.id, today)).toBeNull();
  });
});

describe("loadConsumptionHistory", () => {
  it("keeps the periods of the last 24 months", async () => {
    const periods = await loadConsumptionHistory(holderA, supplyA.id, today);

    expect(periods.length).toBe(6);
    for (const period of periods) expect(period.periodEnd.getTime()).toBeGreaterThanOrEqual(Date.UTC(2024, 11, 4));
  });

  it("reads nothing of another holder's supply", async () => {
    expect(await loadConsumptionHistory(holderB, supplyA.id, today)).toEqual([]);
  });
});

describe("renderBillPdf", () => {
  it("prints the total and the payment reference", async () => {
    const bill = (await loadCustomerBill(holderA, billsOfA[8]!.id, today))!;
    const t = createTranslator({ locale: "it", messages: { bills: italianBills }, namespace: "bills" }) as unknown as BillsTranslator;

    const pdf = await renderBillPdf(bill, "it", t, today);
    const text = extractPdfText(pdf).join("\n");

    expect(looksLikePdf(pdf)).toBe(true);
    expect(text).toContain("€ 20,61");
    expect(text).toContain(bill.number);
    expect(text).toContain(bill.supply.supplyCode);
  });
});
