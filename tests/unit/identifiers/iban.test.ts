import { describe, expect, it } from "vitest";

import { computeIbanCheckDigits, findIbanProblem, formatIban, isValidIban, normalizeIban } from "@/lib/identifiers/iban";

describe("iban", () => {
  it.each([
    "IT60X0542811101000000123456",
    "it60 x054 2811 1010 0000 0123 456",
    "DE89370400440532013000",
    "GB82WEST12345698765432",
  ])("accepts %s", (iban) => {
    expect(isValidIban(iban)).toBe(true);
  });

  it.each([
    ["IT60X054281110100000012345", "length"],
    ["IT60X05428111010000001234567", "length"],
    ["IT61X0542811101000000123456", "checkDigits"],
    ["IT60X0542811101000000123465", "checkDigits"],
    ["IT6XX0542811101000000123456", "format"],
    ["IT6001542811101000000123456", "format"],
    ["60IT0542811101000000123456", "format"],
    ["", "format"],
  ])("rejects %s for %s", (iban, problem) => {
    expect(findIbanProblem(iban)).toBe(problem);
  });

  it("computes the check digits of a BBAN", () => {
    expect(computeIbanCheckDigits("IT", "X0542811101000000123456")).toBe("60");
    expect(computeIbanCheckDigits("DE", "370400440532013000")).toBe("89");
  });

  it("normalizes and formats in groups of four", () => {
    expect(normalizeIban(" it60 x054 ")).toBe("IT60X054");
    expect(formatIban("IT60X0542811101000000123456")).toBe("IT60 X054 2811 1010 0000 0123 456");
  });
});
