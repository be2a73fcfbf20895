import { randomUUID } from "node:crypto";

import { describe, expect, it } from "vitest";

import { contactDetailsSchema } from "@/lib/household/contact-schemas";
import { parseHouseholdChange } from "@/lib/household/household-change-schemas";

const moveIn = { idempotencyKey: randomUUID(), change: "moveIn", effectiveOn: "2026-11-20", givenName: "Mario", familyName: "Rossi", fiscalCode: "rssmra45d25f205n", birthDate: "1945-04-25", relationship: "parent", note: "" };

describe("parseHouseholdChange", () => {
  it("accepts a move-in and normalizes the codice fiscale", () => {
    const parsed = parseHouseholdChange(moveIn);
    if (!parsed.ok || parsed.request.change !== "moveIn") throw new Error(`move-in rejected: ${JSON.stringify(parsed)}`);

    expect(parsed.request.fiscalCode).toBe("RSSMRA45D25F205N");
  });

  it("rejects a wrong check letter", () => {
    expect(parseHouseholdChange({ ...moveIn, fiscalCode: "RSSMRA45D25F205X" })).toEqual({ ok: false, fieldErrors: { fiscalCode: "fiscalCodeInvalid" } });
  });

  it("never adds a contract holder", () => {
    expect(parseHouseholdChange({ ...moveIn, relationship: "holder" })).toEqual({ ok: false, fieldErrors: { relationship: "relationshipMissing" } });
  });

  it("needs the member for a move-out", () => {
    expect(parseHouseholdChange({ idempotencyKey: randomUUID(), change: "moveOut", effectiveOn: "2026-11-20", memberId: "", note: "" })).toEqual({ ok: false, fieldErrors: { memberId: "memberMissing" } });
  });

  it("rejects an impossible date", () => {
    expect(parseHouseholdChange({ ...moveIn, effectiveOn: "2026-02-31x" })).toEqual({ ok: false, fieldErrors: { effectiveOn: "dateInvalid" } });
  });

  it("asks for the kind of change", () => {
    expect(parseHouseholdChange({ ...moveIn, change: "" })).toEqual({ ok: false, fieldErrors: { change: "changeMissing" } });
  });
});

describe("contactDetailsSchema", () => {
  const address = { street: "Via Padova", houseNumber: "12", postalCode: "20127", city: "Milano", province: "MI" };

  it("accepts a full address", () => {
    expect(contactDetailsSchema.safeParse({ phone: "+39 02 1234 5678", email: "a@esempio.it", ...address }).success).toBe(true);
  });

  it("clears the address with an empty street", () => {
    expect(contactDetailsSchema.safeParse({ phone: "", email: "", street: "", houseNumber: "", postalCode: "", city: "", province: "" }).success).toBe(true);
  });

  it("needs every part of an address", () => {
    const result = contactDetailsSchema.safeParse({ phone: "", email: "", ...address, houseNumber: "", province: "M1" });
    expect(result.success ? [] : result.error.issues.map((issue) => [issue.path[0], issue.message])).toEqual([
      ["houseNumber", "houseNumberMissing"],
      ["province", "provinceInvalid"],
    ]);
  });

  it("rejects a malformed phone and e-mail", () => {
    const result = contactDetailsSchema.safeParse({ phone: "12ab", email: "not-an-email", street: "", houseNumber: "", postalCode: "", city: "", province: "" });
    expect(result.success ? [] : result.error.issues.map((issue) => issue.message)).toEqual(["phoneInvalid", "emailInvalid"]);
  });
});
