import { describe, expect, it } from "vitest";

import { billFiltersWhere, parseBillFilters, paymentQueryValue } from "@/lib/bills/bill-filters";

const supplyId = "5b0e8c1e-4f7a-4d7e-9c55-0c6f4f3f9a11";

describe("parseBillFilters", () => {
  it("reads supply, year and payment", () => {
    expect(parseBillFilters({ fornitura: supplyId, anno: "2025", pagamento: "da-pagare" })).toEqual({ supplyId, year: 2025, payment: "unpaid" });
    expect(parseBillFilters({ pagamento: "pagate" }).payment).toBe("paid");
  });

  it("drops malformed values", () => {
    expect(parseBillFilters({ fornitura: "not-a-uuid", anno: "20x5", pagamento: "forse" })).toEqual({ supplyId: null, year: null, payment: null });
    expect(parseBillFilters({ anno: "1200" }).year).toBeNull();
  });

  it("takes the first of repeated values", () => {
    expect(parseBillFilters({ anno: ["2024", "2025"] }).year).toBe(2024);
  });

  it("round-trips the payment value", () => {
    expect(parseBillFilters({ pagamento: paymentQueryValue("unpaid") }).payment).toBe("unpaid");
    expect(parseBillFilters({ pagamento: paymentQueryValue("paid") }).payment).toBe("paid");
  });
});

describe("billFiltersWhere", () => {
  it("bounds the year of issue", () => {
    expect(billFiltersWhere({ year: 2025, payment: null })).toEqual({
      issuedOn: { gte: new Date("2025-01-01T00:00:00Z"), lt: new Date("2026-01-01T00:00:00Z") },
    });
  });

  it("counts partly paid bills as unpaid", () => {
    expect(billFiltersWhere({ year: null, payment: "unpaid" })).toEqual({ paymentState: { in: ["unpaid", "partiallyPaid"] } });
    expect(billFiltersWhere({ year: null, payment: "paid" })).toEqual({ paymentState: "paid" });
  });

  it("filters nothing without values", () => {
    expect(billFiltersWhere({ year: null, payment: null })).toEqual({});
  });
});
