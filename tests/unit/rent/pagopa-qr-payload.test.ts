import { describe, expect, it } from "vitest";

import { buildPagoPaNoticeCode, buildPagoPaQrPayload, formatPagoPaNoticeCode } from "@/lib/identifiers/pagopa-notice";
import { rentCreditorFiscalCode } from "@/lib/rent/rent-creditor";

// Aux digit 3, segregation code 01 and IUV base 2026000000123: the check digits are 3012026000000123 mod 93 = 32.
const noticeCode = buildPagoPaNoticeCode("01", "2026000000123");

describe("rent pagoPA QR payload", () => {
  it("builds the notice code with its check digits", () => {
    expect(noticeCode).toBe(`301202600000012332`);
  });

  it("writes the payload in the pagoPA format", () => {
    expect(buildPagoPaQrPayload(noticeCode, "01199250158", 11_500)).toBe("PAGOPA|002|301202600000012332|01199250158|11500");
  });

  it("accepts the notice code printed in groups of four", () => {
    expect(buildPagoPaQrPayload(formatPagoPaNoticeCode(noticeCode), "01199250158", 1)).toBe("PAGOPA|002|301202600000012332|01199250158|1");
  });

  it("rejects a notice code with wrong check digits", () => {
    expect(() => buildPagoPaQrPayload("301202600000012333", "01199250158", 100)).toThrow(RangeError);
  });

  it("rejects an amount that is not a positive number of cents", () => {
    expect(() => buildPagoPaQrPayload(noticeCode, "01199250158", 0)).toThrow(RangeError);
    expect(() => buildPagoPaQrPayload(noticeCode, "01199250158", 10.5)).toThrow(RangeError);
  });

  it("names the Comune di Milano as creditor unless configured", () => {
    const saved = process.env.RENT_CREDITOR_FISCAL_CODE;
    delete process.env.RENT_CREDITOR_FISCAL_CODE;

    expect(rentCreditorFiscalCode()).toBe("01199250158");

    process.env.RENT_CREDITOR_FISCAL_CODE = "01199250159";
    expect(() => rentCreditorFiscalCode()).toThrow(/not a valid 11-digit fiscal code/);

    if (saved === undefined) delete process.env.RENT_CREDITOR_FISCAL_CODE;
    else process.env.RENT_CREDITOR_FISCAL_CODE = saved;
  });
});
