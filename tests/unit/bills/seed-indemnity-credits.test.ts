import { describe, expect, it } from "vitest";

import { buildSeedRows } from "@/prisma/seed";

const rows = buildSeedRows("test-hash");

describe("seeded indemnity credits", () => {
  const creditLines = rows.billLines.filter((line) => line.kind === "indemnityCredit");
  const credited = rows.indemnities.filter((indemnity) => indemnity.state === "credited");

  it("credit some late indemnities", () => {
    expect(credited.length).toBeGreaterThan(0);
  });

  it("add one line per credited indemnity", () => {
    expect(creditLines.map((line) => line.indemnityId).sort()).toEqual(credited.map((indemnity) => indemnity.id).sort());
  });

  it("credit the indemnity's amount", () => {
    for (const line of creditLines) {
      const indemnity = rows.indemnities.find((row) => row.id === line.indemnityId)!;
      expect(line.amountCents).toBe(-indemnity.amountCents);
    }
  });

  it("use a bill of the same supply issued after the breach", () => {
    for (const line of creditLines) {
      const indemnity = rows.indemnities.find((row) => row.id === line.indemnityId)!;
      const bill = rows.bills.find((row) => row.id === line.billId)!;

      expect(bill.supplyId).toBe(indemnity.supplyId);
      expect(new Date(bill.issuedOn).getTime() + 86_400_000).toBeGreaterThan(new Date(indemnity.createdAt!).getTime());
    }
  });

  it("leave due only indemnities without a later bill", () => {
    const stillDue = rows.indemnities.filter((indemnity) => indemnity.state === "due" && indemnity.supplyId);

    for (const indemnity of stillDue) {
      const later = rows.bills.filter((bill) => bill.supplyId === indemnity.supplyId && new Date(bill.issuedOn).getTime() + 86_400_000 > new Date(indemnity.createdAt!).getTime());
      expect(later, indemnity.id).toEqual([]);
    }
  });

  it("keep paid bills' payments equal to their totals", () => {
    for (const line of creditLines) {
      const bill = rows.bills.find((row) => row.id === line.billId)!;
      const paid = rows.payments.filter((payment) => payment.billId === bill.id).reduce((sum, payment) => sum + payment.amountCents, 0);

      if (bill.paymentState === "paid" && bill.totalCents > 0) expect(paid).toBe(bill.totalCents);
      if (bill.totalCents <= 0) expect(paid).toBe(0);
    }
  });
});
