import { describe, expect, it } from "vitest";

import {
  computeNumericCheckDigit,
  findNumericFiscalCodeProblem,
  isValidNumericFiscalCode,
  normalizeNumericFiscalCode,
} from "@/lib/identifiers/numeric-fiscal-code";

describe("numeric fiscal code", () => {
  it("computes the check digit with alternate doubling", () => {
    // 0+7+2+1+1 on odd positions, 2+8+6+0+(10-9) on even positions: 28, so 2.
    expect(computeNumericCheckDigit("0174231015")).toBe("2");
  });

  it("maps a sum that is a multiple of 10 to 0", () => {
    expect(computeNumericCheckDigit("0000000000")).toBe("0");
    expect(isValidNumericFiscalCode("00000000000")).toBe(true);
  });

  it.each(["01742310152", "IT01742310152", " 0174 2310 152 "])("accepts %s", (code) => {
    expect(isValidNumericFiscalCode(code)).toBe(true);
  });

  it("strips the IT prefix and spaces", () => {
    expect(normalizeNumericFiscalCode("it 01742310152")).toBe("01742310152");
  });

  it.each([
    ["0174231015", "format"],
    ["017423101520", "format"],
    ["0174231015A", "format"],
    ["01742310153", "checkDigit"],
    ["10742310152", "checkDigit"],
  ])("rejects %s for %s", (code, problem) => {
    expect(findNumericFiscalCodeProblem(code)).toBe(problem);
  });

  it("catches every single-digit change", () => {
    const code = "01742310152";

    for (let index = 0; index < 11; index += 1) {
      const changed = code.slice(0, index) + String((Number(code.charAt(index)) + 1) % 10) + code.slice(index + 1);
      expect(isValidNumericFiscalCode(changed), changed).toBe(false);
    }
  });
});
