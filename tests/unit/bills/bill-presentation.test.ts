import { describe, expect, it } from "vitest";

import { formatBillTotal, formatQuantity, formatUnitPrice, formatVatRate } from "@/lib/bills/bill-amounts";
import { billLineLabel, quantityUnit } from "@/lib/bills/bill-line-labels";
import { billPaymentStatus } from "@/lib/bills/bill-payment-status";
import { groupBillLines, timeBarLimit } from "@/lib/bills/bill-sections";
import type { BillLineView } from "@/lib/bills/bill-view";
import { sampleBill } from "@/lib/bills/sample-bill";

const nbsp = "\u00a0";
const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));

function line(position: number, fields: Partial<BillLineView> & Pick<BillLineView, "kind" | "amountCents">): BillLineView {
  return {
    id: `line-${position}`,
    position,
    service: null,
    band: null,
    quantity: null,
    unitPrice: null,
    description: "",
    periodStart: null,
    periodEnd: null,
    indemnityTicketProtocol: null,
    ...fields,
  };
}

describe("bill amounts", () => {
  it("formats unit prices with up to four decimals", () => {
    expect(formatUnitPrice(0.45, "it")).toBe(`€${nbsp}0,45`);
    expect(formatUnitPrice(0.4512, "it")).toBe(`€${nbsp}0,4512`);
    expect(formatUnitPrice(1234.5, "it")).toBe(`€${nbsp}1.234,50`);
    expect(formatUnitPrice(0.45, "en")).toBe("€0.45");
  });

  it("formats VAT rates as percentages", () => {
    expect(formatVatRate(0.1, "it")).toBe("10");
    expect(formatVatRate(0.055, "it")).toBe("5,5");
    expect(formatVatRate(0.22, "en")).toBe("22");
  });

  it("formats quantities with up to three decimals", () => {
    expect(formatQuantity(32.548, "it")).toBe("32,548");
    expect(formatQuantity(120, "it")).toBe("120");
  });

  it("shows a negative total as a credit", () => {
    expect(formatBillTotal(-1250, "it")).toEqual({ amount: `€${nbsp}12,50`, credit: true });
    expect(formatBillTotal(123456, "it")).toEqual({ amount: `€${nbsp}1.234,56`, credit: false });
  });
});

describe("billLineLabel", () => {
  it("names volume lines by band", () => {
    expect(billLineLabel(line(1, { kind: "volumeCharge", service: "waterSupply", band: "excess2", amountCents: 100 }), 0.1, "it")).toEqual({ key: "volume.band.excess2", values: {} });
  });

  it("names flat sewerage and fixed charges by service", () => {
    expect(billLineLabel(line(1, { kind: "volumeCharge", service: "sewerage", amountCents: 100 }), 0.1, "it")).toEqual({ key: "volume.sewerage", values: {} });
    expect(billLineLabel(line(1, { kind: "fixedCharge", service: "treatment", amountCents: 100 }), 0.1, "it")).toEqual({ key: "fixed.treatment", values: {} });
  });

  it("prints the VAT rate", () => {
    expect(billLineLabel(line(1, { kind: "vat", amountCents: 100 }), 0.1, "it")).toEqual({ key: "vat", values: { rate: "10" } });
    expect(billLineLabel(line(1, { kind: "vat", amountCents: 100 }), null, "it")).toEqual({ key: "vatUnknownRate", values: {} });
  });

  it("names the request of an indemnity credit", () => {
    const credit = line(1, { kind: "indemnityCredit", amountCents: -3000, indemnityTicketProtocol: "SII-2026-000123" });
    expect(billLineLabel(credit, 0.1, "it")).toEqual({ key: "indemnityCreditFor", values: { protocol: "SII-2026-000123" } });
  });

  it("keeps an adjustment's stored wording", () => {
    expect(billLineLabel(line(1, { kind: "adjustment", amountCents: -500, description: "Storno bolletta 2025/0001" }), 0.1, "it")).toEqual({ text: "Storno bolletta 2025/0001" });
  });

  it("gives quantities their units", () => {
    expect(quantityUnit(line(1, { kind: "fixedCharge", quantity: 120, amountCents: 99 }))).toBe("days");
    expect(quantityUnit(line(1, { kind: "volumeCharge", quantity: 12, amountCents: 99 }))).toBe("cubicMetres");
    expect(quantityUnit(line(1, { kind: "vat", amountCents: 99 }))).toBeNull();
  });
});

describe("groupBillLines", () => {
  const issuedOn = utc(2026, 5, 15);
  const lines = [
    line(3, { kind: "volumeCharge", service: "sewerage", amountCents: 900 }),
    line(1, { kind: "fixedCharge", service: "waterSupply", amountCents: 99 }),
    line(2, { kind: "volumeCharge", service: "waterSupply", band: "base", amountCents: 500, periodStart: utc(2024, 1, 1), periodEnd: utc(2024, 3, 31) }),
    line(4, { kind: "vat", amountCents: 150 }),
    line(5, { kind: "bonusCredit", amountCents: -400 }),
    line(6, { kind: "indemnityCredit", amountCents: -3000 }),
  ];
  const sections = groupBillLines(lines, issuedOn);

  it("sorts charges by position", () => {
    expect(sections.charges.map((row) => row.position)).toEqual([1, 3]);
  });

  it("sets consumption older than two years apart", () => {
    expect(timeBarLimit(issuedOn).toISOString()).toBe("2024-05-15T00:00:00.000Z");
    expect(sections.olderCharges.map((row) => row.position)).toEqual([2]);
  });

  it("keeps credits outside the taxable base", () => {
    expect(sections.taxableCents).toBe(1499);
    expect(sections.credits.map((row) => row.kind)).toEqual(["bonusCredit", "indemnityCredit"]);
  });

  it("sums every line into the total", () => {
    expect(sections.totalCents).toBe(99 + 500 + 900 + 150 - 400 - 3000);
  });
});

describe("billPaymentStatus", () => {
  const base = { paymentState: "unpaid" as const, totalCents: 5000, dueOn: utc(2026, 12, 1), cancelled: false };

  it("marks an unpaid bill past its due date overdue", () => {
    expect(billPaymentStatus(base, utc(2026, 12, 2))).toBe("overdue");
    expect(billPaymentStatus(base, new Date("2026-12-01T22:00:00Z"))).toBe("unpaid");
  });

  it("reports paid, credit and cancelled bills", () => {
    expect(billPaymentStatus({ ...base, paymentState: "paid" }, utc(2026, 12, 20))).toBe("paid");
    expect(billPaymentStatus({ ...base, totalCents: -100 }, utc(2026, 12, 20))).toBe("nothingToPay");
    expect(billPaymentStatus({ ...base, cancelled: true }, utc(2026, 12, 20))).toBe("cancelled");
  });
});

describe("sampleBill", () => {
  const bill = sampleBill("Laura Bianchi", "Via Padova 120");

  it("adds its lines up to its total", () => {
    expect(bill.lines.reduce((sum, row) => sum + row.amountCents, 0)).toBe(bill.totalCents);
  });

  it("charges 10% VAT on its taxable lines", () => {
    const sections = groupBillLines(bill.lines, bill.issuedOn);
    expect(sections.vat[0]!.amountCents).toBe(Math.round(sections.taxableCents * 0.1));
  });

  it("bills the consumption between its readings", () => {
    expect(bill.toReading!.cubicMetres - bill.fromReading!.cubicMetres).toBe(bill.consumptionCubicMetres);
  });
});
