import { describe, expect, it } from "vitest";

import { parseCafApplication } from "@/lib/bonus/caf-application-schema";

const form = {
  applicantFamilyName: "Rossi",
  applicantGivenName: "Mario",
  applicantFiscalCode: "RSSMRA45D25F205N",
  street: "Viale Monza",
  houseNumber: "12/A",
  postalCode: "20127",
  iseeEuros: "7.000,00",
  dsuProtocol: "INPS-ISEE-2026-0001",
  dsuDate: "2026-12-06",
  dependentChildren: "0",
  competenceYear: "2026",
  supplyKind: "direct",
  supplyCode: "",
  dwelling: "",
};

describe("parseCafApplication DSU date", () => {
  it("accepts today's DSU just after midnight in Rome", () => {
    // 00:30 on 6 December in Rome is still 5 December in UTC.
    const result = parseCafApplication(form, new Date("2026-12-05T23:30:00Z"));

    expect(result.ok ? null : result.fieldErrors.dsuDate).toBeNull();
  });

  it("rejects tomorrow's DSU", () => {
    const result = parseCafApplication(form, new Date("2026-12-05T10:00:00Z"));

    expect(result.ok ? null : result.fieldErrors.dsuDate).toBe("dsuDateFuture");
  });
});
