import { describe, expect, it } from "vitest";

import { customerIndemnityScope } from "@/lib/indemnities/customer-indemnity-scope";
import { indemnityCreditLine, isCreditableOn } from "@/lib/indemnities/indemnity-credit-line";

const personId = "0f7c9e52-3d0c-4a4e-8f1f-2b7f0b5d6c11";

describe("customerIndemnityScope", () => {
  it("reaches tenancies held at the housing counter", () => {
    expect(customerIndemnityScope("erp", personId)).toEqual({ tenancy: { is: { holderId: personId } } });
  });

  it("reaches supplies and personal indemnities at the water counter", () => {
    const scope = customerIndemnityScope("sii", personId, new Date("2026-12-04T00:00:00Z"));

    expect(scope.OR).toHaveLength(2);
    expect(scope.OR?.[1]).toEqual({ personId, supplyId: null, tenancyId: null });
  });
});

describe("indemnityCreditLine", () => {
  it("credits the amount as a negative line", () => {
    expect(indemnityCreditLine({ id: "i-1", amountCents: 6000 }, "Voltura")).toEqual({
      kind: "indemnityCredit",
      indemnityId: "i-1",
      description: "Indennizzo automatico: Voltura",
      amountCents: -6000,
    });
  });

  it("accepts indemnities up to the issue day", () => {
    const issuedOn = new Date("2026-05-15T00:00:00Z");

    expect(isCreditableOn(new Date("2026-05-15T21:00:00Z"), issuedOn)).toBe(true);
    expect(isCreditableOn(new Date("2026-05-16T00:00:00Z"), issuedOn)).toBe(false);
  });
});
