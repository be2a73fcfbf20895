import { describe, expect, it } from "vitest";

import {
  anyFiscalCodeSchema,
  codiceFiscaleSchema,
  ibanSchema,
  italianIbanSchema,
  milanPostalCodeSchema,
  numericFiscalCodeSchema,
  pagoPaNoticeCodeSchema,
  partitaIvaSchema,
  supplyCodeSchema,
} from "@/lib/identifiers/schemas";
import { isMilanPostalCode } from "@/lib/identifiers/milan-postal-code";

function firstIssue(result: { success: boolean; error?: { issues: Array<{ message: string; params?: unknown }> } }) {
  const issue = result.error?.issues[0];
  return { message: issue?.message, code: (issue?.params as { code?: string } | undefined)?.code };
}

describe("identifier schemas", () => {
  it("returns the normalized codice fiscale", () => {
    expect(codiceFiscaleSchema.parse(" tinit-rssmra45d25f205n")).toBe("RSSMRA45D25F205N");
  });

  it("explains a wrong check letter in Italian", () => {
    const issue = firstIssue(codiceFiscaleSchema.safeParse("RSSMRA45D25F205A"));

    expect(issue.code).toBe("codiceFiscale.checkCharacter");
    expect(issue.message).toMatch(/ultimo carattere/);
  });

  it("explains a short codice fiscale", () => {
    const issue = firstIssue(codiceFiscaleSchema.safeParse("RSSMRA45"));

    expect(issue.code).toBe("codiceFiscale.length");
    expect(issue.message).toMatch(/16 caratteri/);
  });

  it("rejects a non-string with a message", () => {
    const result = codiceFiscaleSchema.safeParse(undefined);

    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("Inserisci il codice fiscale.");
  });

  it("accepts both kinds in anyFiscalCodeSchema", () => {
    expect(anyFiscalCodeSchema.parse("01742310152")).toBe("01742310152");
    expect(anyFiscalCodeSchema.parse("mrtmtt25d09f205z")).toBe("MRTMTT25D09F205Z");
    expect(firstIssue(anyFiscalCodeSchema.safeParse("01742310153")).code).toBe("numericFiscalCode.checkDigit");
    expect(firstIssue(anyFiscalCodeSchema.safeParse("MRTMTT25D09F205A")).code).toBe("codiceFiscale.checkCharacter");
  });

  it("checks 11-digit codes and partita IVA", () => {
    expect(numericFiscalCodeSchema.parse("0174 2310 152")).toBe("01742310152");
    expect(partitaIvaSchema.parse("IT01742310152")).toBe("01742310152");
    expect(firstIssue(partitaIvaSchema.safeParse("123")).message).toMatch(/11 cifre/);
  });

  it("normalizes an IBAN and requires IT where asked", () => {
    expect(ibanSchema.parse("it60 x054 2811 1010 0000 0123 456")).toBe("IT60X0542811101000000123456");
    expect(ibanSchema.parse("DE89370400440532013000")).toBe("DE89370400440532013000");
    expect(firstIssue(italianIbanSchema.safeParse("DE89370400440532013000")).code).toBe("iban.notItalian");
    expect(firstIssue(ibanSchema.safeParse("IT61X0542811101000000123456")).code).toBe("iban.checkDigits");
  });

  it("checks pagoPA notice codes", () => {
    expect(pagoPaNoticeCodeSchema.parse("3011 2345 6789 0123 16")).toBe("301123456789012316");
    expect(firstIssue(pagoPaNoticeCodeSchema.safeParse("301123456789012317")).code).toBe("pagoPaNotice.checkDigits");
  });

  it("accepts only Milan postal codes", () => {
    expect(milanPostalCodeSchema.parse(" 20121 ")).toBe("20121");
    expect(milanPostalCodeSchema.parse("20162")).toBe("20162");
    expect(firstIssue(milanPostalCodeSchema.safeParse("20100")).code).toBe("postalCode.notMilan");
    expect(firstIssue(milanPostalCodeSchema.safeParse("20163")).code).toBe("postalCode.notMilan");
    expect(firstIssue(milanPostalCodeSchema.safeParse("00184")).code).toBe("postalCode.notMilan");
    expect(firstIssue(milanPostalCodeSchema.safeParse("2012")).code).toBe("postalCode.format");
  });

  it("bounds the Milan range", () => {
    expect(isMilanPostalCode("20120")).toBe(false);
    expect(isMilanPostalCode("20121")).toBe(true);
    expect(isMilanPostalCode("20162")).toBe(true);
    expect(isMilanPostalCode("2O121")).toBe(false);
  });

  it("checks the supply code", () => {
    expect(supplyCodeSchema.parse("12345 67890")).toBe("1234567890");
    expect(firstIssue(supplyCodeSchema.safeParse("12345")).code).toBe("supplyCode.format");
  });
});
