import { describe, expect, it } from "vitest";

import { cadastralPartProblem, parseCadastralReference } from "@/lib/practices/cadastral-data";

describe("cadastral reference", () => {
  it("accepts a full reference and drops leading zeros", () => {
    const result = parseCadastralReference({ foglio: "0123", particella: " 456 ", subalterno: "007" });
    expect(result).toEqual({ ok: true, reference: { foglio: "123", particella: "456", subalterno: "7" } });
  });

  it("accepts a blank subalterno as null", () => {
    const result = parseCadastralReference({ foglio: "12", particella: "34", subalterno: "  " });
    expect(result).toEqual({ ok: true, reference: { foglio: "12", particella: "34", subalterno: null } });
  });

  it("reports each part on its own", () => {
    const result = parseCadastralReference({ foglio: "", particella: "12a", subalterno: "0" });
    expect(result).toEqual({ ok: false, problems: { foglio: "foglioMissing", particella: "particellaInvalid", subalterno: "subalternoInvalid" } });
  });

  it.each([
    ["foglio", "9999", null],
    ["foglio", "10000", "foglioInvalid"],
    ["foglio", "0", "foglioInvalid"],
    ["particella", "99999", null],
    ["particella", "100000", "particellaInvalid"],
    ["particella", "", "particellaMissing"],
    ["subalterno", "9999", null],
    ["subalterno", "10000", "subalternoInvalid"],
    ["subalterno", "", null],
    ["subalterno", "-1", "subalternoInvalid"],
  ] as const)("%s %j gives %s", (field, value, expected) => {
    expect(cadastralPartProblem(field, value)).toBe(expected);
  });
});
