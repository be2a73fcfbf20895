import { describe, expect, it } from "vitest";

import {
  buildPagoPaNoticeCode,
  buildPagoPaQrPayload,
  computePagoPaCheckDigits,
  findPagoPaNoticeProblem,
  formatPagoPaNoticeCode,
} from "@/lib/identifiers/pagopa-notice";

describe("pagoPA notice code", () => {
  it("computes check digits as the 16-digit number mod 93", () => {
    // 3011234567890123 = 93 * 32378866321399 + 16.
    expect(computePagoPaCheckDigits("3011234567890123")).toBe("16");
  });

  it("pads check digits below 10", () => {
    // 3010000000000000 leaves 43, so adding 55 leaves 98 mod 93 = 5.
    expect(computePagoPaCheckDigits("3010000000000055")).toBe("05");
  });

  it("builds an 18-digit code starting with 3", () => {
    const code = buildPagoPaNoticeCode("01", "1234567890123");

    expect(code).toBe("301123456789012316");
    expect(findPagoPaNoticeProblem(code)).toBeNull();
  });

  it.each([
    ["30112345678901231", "format"],
    ["3011234567890123165", "format"],
    ["30112345678901231A", "format"],
    ["001123456789012316", "auxDigit"],
    ["301123456789012317", "checkDigits"],
    ["301123456789012216", "checkDigits"],
  ])("rejects %s for %s", (code, problem) => {
    expect(findPagoPaNoticeProblem(code)).toBe(problem);
  });

  it("accepts the printed form with spaces", () => {
    expect(findPagoPaNoticeProblem("3011 2345 6789 0123 16")).toBeNull();
    expect(formatPagoPaNoticeCode("301123456789012316")).toBe("3011 2345 6789 0123 16");
  });

  it("builds the QR payload", () => {
    expect(buildPagoPaQrPayload("301123456789012316", "01742310152", 18502)).toBe(
      "PAGOPA|002|301123456789012316|01742310152|18502",
    );
  });

  it("rejects a bad QR amount or creditor", () => {
    expect(() => buildPagoPaQrPayload("301123456789012316", "01742310152", 0)).toThrow(/amount/);
    expect(() => buildPagoPaQrPayload("301123456789012316", "01742310152", 10.5)).toThrow(/amount/);
    expect(() => buildPagoPaQrPayload("301123456789012316", "1742310152", 100)).toThrow(/11 digits/);
    expect(() => buildPagoPaQrPayload("301123456789012317", "01742310152", 100)).toThrow(/notice code/);
  });
});
