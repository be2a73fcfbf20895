import { describe, expect, it } from "vitest";

import { applyOmocodia } from "@/lib/identifiers/codice-fiscale";
import { readDeclarationForm, validateDeclaration, type DeclarationValues, type MemberValues } from "@/lib/census/declaration-form";
import { rentAreaFor } from "@/lib/census/rent-area";

// Known valid codes: MRTMTT25D09F205Z (man born 9 April 1925) and RSSMRA45D25F205N (25 April 1945).
const holder: MemberValues = {
  givenName: "Mario",
  familyName: "Rossi",
  fiscalCode: "rssmra45d25f205n",
  birthDate: "1945-04-25",
  relationship: "holder",
  citizenship: "it",
  employment: "retired",
  yearlyIncome: "14.200,00",
  disability: "",
  dependent: "",
};

const brother: MemberValues = { ...holder, givenName: "Matteo", familyName: "Moretti", fiscalCode: "MRTMTT25D09F205Z", birthDate: "1925-04-09", relationship: "sibling", yearlyIncome: "", disability: "on", dependent: "on" };

function declaration(overrides: Partial<DeclarationValues> = {}): DeclarationValues {
  return { members: [holder, brother], residesInDwelling: "yes", residenceNote: "", iseeErp: "8.500,00", dsuProtocol: "INPS-ISEE-2026-01234567-00", dsuDate: "2026-10-01", phone: "+39 333 1234567", email: "", ...overrides };
}

const today = "2026-12-04";

describe("validateDeclaration", () => {
  it("accepts a complete declaration and normalizes it", () => {
    const result = validateDeclaration(declaration(), today);

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.declaration.iseeErpCents).toBe(850_000);
    expect(result.declaration.members[0]).toMatchObject({ fiscalCode: "RSSMRA45D25F205N", citizenship: "IT", yearlyIncomeCents: 1_420_000 });
    expect(result.declaration.members[1]).toMatchObject({ yearlyIncomeCents: 0, disability: true, dependent: true });
  });

  it("reports a wrong check character of the codice fiscale", () => {
    const result = validateDeclaration(declaration({ members: [{ ...holder, fiscalCode: "RSSMRA45D25F205X" }] }), today);

    expect(result).toEqual({ ok: false, fieldErrors: { "member-0-fiscalCode": "fiscalCode.checkCharacter" } });
  });

  it("reports a short codice fiscale", () => {
    const result = validateDeclaration(declaration({ members: [{ ...holder, fiscalCode: "RSSMRA45D25" }] }), today);

    expect(result.ok || result.fieldErrors["member-0-fiscalCode"]).toBe("fiscalCode.length");
  });

  it("reports a codice fiscale that contradicts the birth date", () => {
    const result = validateDeclaration(declaration({ members: [{ ...holder, birthDate: "1945-04-26" }] }), today);

    expect(result.ok || result.fieldErrors["member-0-fiscalCode"]).toBe("fiscalCodeBirthDateMismatch");
  });

  it("accepts an omocodia variant of the codice fiscale", () => {
    const variant = applyOmocodia("RSSMRA45D25F205N", 1);
    const result = validateDeclaration(declaration({ members: [{ ...holder, fiscalCode: variant }] }), today);

    expect(variant).toMatch(/^RSSMRA45D25F20R[A-Z]$/);
    expect(result.ok).toBe(true);
  });

  it("requires exactly one holder", () => {
    const result = validateDeclaration(declaration({ members: [holder, { ...brother, relationship: "holder" }] }), today);

    expect(result.ok || result.fieldErrors["member-0-relationship"]).toBe("holderCount");
  });

  it("rejects the same person twice", () => {
    const result = validateDeclaration(declaration({ members: [holder, { ...holder, relationship: "spouse" }] }), today);

    expect(result.ok || result.fieldErrors["member-1-fiscalCode"]).toBe("fiscalCodeRepeated");
  });

  it("checks ISEE, DSU, residence and contacts", () => {
    const result = validateDeclaration(declaration({ iseeErp: "molto", dsuProtocol: "123", dsuDate: "2027-01-01", residesInDwelling: "no", phone: "", email: "" }), today);

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors).toEqual({
      iseeErp: "amountInvalid",
      dsuProtocol: "dsuProtocolInvalid",
      dsuDate: "dsuDateInvalid",
      residenceNote: "residenceNoteMissing",
      phone: "contactMissing",
    });
  });
});

describe("readDeclarationForm", () => {
  it("drops empty and removed member rows", () => {
    const form = new FormData();
    form.set("member-0-givenName", "Mario");
    form.set("member-0-relationship", "holder");
    form.set("member-1-givenName", "Luca");
    form.set("member-1-remove", "on");
    form.set("member-2-relationship", "child");
    form.set("iseeErp", "100");

    const values = readDeclarationForm(form);

    expect(values.members.map((member) => member.givenName)).toEqual(["Mario"]);
    expect(values.iseeErp).toBe("100");
  });
});

describe("rentAreaFor", () => {
  it("puts 9,000 € in the protection area and more in the next", () => {
    expect(rentAreaFor(900_000, "2028-01-01")).toBe("protection");
    expect(rentAreaFor(900_001, "2028-01-01")).toBe("access");
    expect(rentAreaFor(5_000_000, "2028-01-01")).toBe("forfeiture");
  });
});
