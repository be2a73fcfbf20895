import { describe, expect, it } from "vitest";

import { formValuesOf } from "@/lib/requests/request-form-state";
import { parseSupplySearch } from "@/lib/supplies/list-customer-supplies";

// PostgreSQL rejects a NUL character in any text parameter, so these inputs would fail the query.
describe("NUL characters in input", () => {
  it("are removed from form values", () => {
    const formData = new FormData();
    formData.set("description", "Perdita\u0000 in cantina");

    expect(formValuesOf(formData, ["description"])).toEqual({ description: "Perdita in cantina" });
  });

  it("are removed from the supply search", () => {
    expect(parseSupplySearch("Via\u0000Padova")).toBe("Via Padova");
  });

  it("leave an empty search when alone", () => {
    expect(parseSupplySearch("\u0000")).toBe("");
  });
});
