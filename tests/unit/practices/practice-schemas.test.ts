import { randomUUID } from "node:crypto";

import { describe, expect, it } from "vitest";

import { practiceFields, parsePracticeForm } from "@/lib/practices/practice-schemas";
import { onlinePracticeKinds, type OnlinePracticeKind } from "@/lib/practices/practice-kinds";

const today = "2026-12-04";

/** Two valid codici fiscali from the codice-fiscale reference cases. */
const fiscalCode = "RSSMRA45D25F205N";
const otherFiscalCode = "MRTMTT25D09F205Z";

/** A valid Italian IBAN (the example the Italian banking association publishes). */
const iban = "IT60X0542811101000000123456";

const identity = { givenName: "Mario", familyName: "Rossi", fiscalCode, email: "mario.rossi@esempio.it", phone: "" };
const cadastral = { foglio: "12", particella: "345", subalterno: "6", occupancyTitle: "owner" };

const validValues: Record<OnlinePracticeKind, Record<string, string>> = {
  connection: {
    ...identity,
    services: "waterAndSewer",
    useType: "domesticResident",
    housingUnits: "1",
    householdSize: "3",
    street: "Via Padova",
    houseNumber: "12/B",
    postalCode: "20127",
    ...cadastral,
    notes: "",
  },
  subentro: { ...identity, supplyCode: "1234567890", useType: "domesticNonResident", householdSize: "", ...cadastral, startDate: "2026-12-10", notes: "" },
  voltura: {
    ...identity,
    supplyCode: "1234567890",
    previousHolderName: "Matteo Moretti",
    previousHolderFiscalCode: otherFiscalCode,
    useType: "domesticResident",
    householdSize: "2",
    ...cadastral,
    finalReading: "1234",
    readingDate: "2026-12-01",
    notes: "",
  },
  termination: {
    ...identity,
    supplyCode: "1234567890",
    finalReading: "987",
    readingDate: today,
    terminationDate: "2026-12-31",
    billingStreet: "Via Roma",
    billingHouseNumber: "1",
    billingPostalCode: "00184",
    billingCity: "Roma",
    notes: "",
  },
  contactChange: { supplyCode: "1234567890", billingStreet: "", billingHouseNumber: "", billingPostalCode: "", billingCity: "", contactEmail: "nuova@esempio.it", contactPhone: "", notes: "" },
  sepaMandate: { supplyCode: "1234567890", accountHolderName: "Mario Rossi", accountHolderFiscalCode: fiscalCode, iban, mandateConsent: "on" },
  eBilling: { supplyCode: "1234567890", billingEmail: "Mario@Esempio.it", billingEmailConfirmation: "mario@esempio.it", paperlessConsent: "on" },
};

function parse(kind: OnlinePracticeKind, changes: Record<string, string> = {}) {
  return parsePracticeForm(kind, { idempotencyKey: randomUUID(), ...validValues[kind], ...changes }, today);
}

function errorsOf(kind: OnlinePracticeKind, changes: Record<string, string>): Record<string, string> {
  const result = parse(kind, changes);
  return result.ok ? {} : result.fieldErrors;
}

describe("practice schemas", () => {
  it.each(onlinePracticeKinds)("accepts a valid %s form", (kind) => {
    const result = parse(kind);
    expect(result.ok).toBe(true);
  });

  it.each(onlinePracticeKinds)("lists every %s field in the summary order", (kind) => {
    const result = parse(kind);
    if (!result.ok) throw new Error("expected a valid form");
    expect(Object.keys(result.payload).sort()).toEqual([...practiceFields[kind]].sort());
  });

  it("rejects a missing idempotency key", () => {
    const result = parsePracticeForm("eBilling", { ...validValues.eBilling, idempotencyKey: "" }, today);
    expect(result.ok ? {} : result.fieldErrors).toEqual({ idempotencyKey: "formExpired" });
  });

  it("normalizes the codice fiscale and the IBAN", () => {
    const result = parse("sepaMandate", { accountHolderFiscalCode: " rssmra45d25f205n ", iban: "it60 x054 2811 1010 0000 0123 456" });
    if (!result.ok) throw new Error("expected a valid form");

    expect(result.payload.accountHolderFiscalCode).toBe(fiscalCode);
    expect(result.payload.iban).toBe(iban);
  });

  it("accepts an 11-digit company fiscal code", () => {
    expect(errorsOf("connection", { fiscalCode: "80012000826" })).toEqual({});
  });

  it.each([
    ["", "fiscalCodeRequired"],
    ["RSSMRA45D25F205", "fiscalCodeLength"],
    ["RSSMRA45D25F205X", "fiscalCodeCheckCharacter"],
    ["RSSMRA45D99F205N", "fiscalCodeBirthDate"],
    ["12345678901", "fiscalCodeCheckCharacter"],
  ])("rejects fiscal code %j with %s", (value, key) => {
    expect(errorsOf("connection", { fiscalCode: value }).fiscalCode).toBe(key);
  });

  it.each([
    ["", "ibanRequired"],
    ["DE89370400440532013000", "ibanNotItalian"],
    ["IT60X054281110100000012345", "ibanLength"],
    ["IT61X0542811101000000123456", "ibanCheckDigits"],
    ["1234", "ibanFormat"],
  ])("rejects IBAN %j with %s", (value, key) => {
    expect(errorsOf("sepaMandate", { iban: value }).iban).toBe(key);
  });

  it("requires the direct-debit authorisation", () => {
    expect(errorsOf("sepaMandate", { mandateConsent: "" }).mandateConsent).toBe("mandateConsentRequired");
  });

  it.each([
    ["", "supplyCodeRequired"],
    ["123456789", "supplyCodeFormat"],
    ["12345678AB", "supplyCodeFormat"],
  ])("rejects supply code %j with %s", (value, key) => {
    expect(errorsOf("termination", { supplyCode: value }).supplyCode).toBe(key);
  });

  it("accepts a supply code typed with spaces", () => {
    const result = parse("termination", { supplyCode: "12345 67890" });
    if (!result.ok) throw new Error("expected a valid form");

    expect(result.payload.supplyCode).toBe("1234567890");
  });

  it("reports each cadastral part next to its field", () => {
    const errors = errorsOf("voltura", { foglio: "", particella: "0", subalterno: "12345" });
    expect(errors).toMatchObject({ foglio: "foglioMissing", particella: "particellaInvalid", subalterno: "subalternoInvalid" });
  });

  it("requires the household size of a resident household only", () => {
    expect(errorsOf("connection", { householdSize: "" }).householdSize).toBe("householdSizeRequired");
    expect(errorsOf("connection", { householdSize: "", useType: "nonDomestic" })).toEqual({});
    expect(errorsOf("connection", { householdSize: "21" }).householdSize).toBe("householdSizeInvalid");
  });

  it("requires a Milan postcode for a new connection", () => {
    expect(errorsOf("connection", { postalCode: "00184" }).postalCode).toBe("postalCodeNotMilan");
    expect(errorsOf("connection", { postalCode: "2012" }).postalCode).toBe("postalCodeInvalid");
  });

  it.each([
    [today, undefined],
    ["2026-11-04", undefined],
    ["2026-11-03", "readingDateTooOld"],
    ["2026-12-05", "readingDateInFuture"],
    ["2026-02-30", "dateInvalid"],
  ])("checks a final reading dated %s", (readingDate, key) => {
    expect(errorsOf("termination", { readingDate }).readingDate).toBe(key);
  });

  it.each([
    ["", "readingRequired"],
    ["12.5", "readingInvalid"],
    ["123456789", "readingInvalid"],
    ["-3", "readingInvalid"],
  ])("rejects meter reading %j with %s", (finalReading, key) => {
    expect(errorsOf("voltura", { finalReading }).finalReading).toBe(key);
  });

  it("stores the meter reading as a whole number", () => {
    const result = parse("voltura", { finalReading: "00420" });
    if (!result.ok) throw new Error("expected a valid form");

    expect(result.payload.finalReading).toBe(420);
  });

  it.each([
    ["2026-12-03", "dateInPast"],
    [today, undefined],
    ["2027-12-04", undefined],
    ["2027-12-05", "dateTooFar"],
  ])("checks a termination date of %s", (terminationDate, key) => {
    expect(errorsOf("termination", { terminationDate }).terminationDate).toBe(key);
  });

  it("rejects a voltura to the same holder", () => {
    expect(errorsOf("voltura", { previousHolderFiscalCode: fiscalCode }).previousHolderFiscalCode).toBe("sameHolder");
  });

  it("shows date and field errors in one round", () => {
    const errors = errorsOf("voltura", { givenName: "", readingDate: "2026-12-20" });
    expect(errors).toMatchObject({ givenName: "givenNameRequired", readingDate: "readingDateInFuture" });
  });

  it("asks for at least one change of contact data", () => {
    expect(errorsOf("contactChange", { contactEmail: "" }).billingStreet).toBe("noChange");
  });

  it("asks for a whole new address", () => {
    const errors = errorsOf("contactChange", { contactEmail: "", billingStreet: "Via Dante" });
    expect(errors).toEqual({ billingHouseNumber: "houseNumberRequired", billingPostalCode: "postalCodeRequired", billingCity: "cityRequired" });
  });

  it("accepts a complete new address alone", () => {
    const changes = { contactEmail: "", billingStreet: "Via Dante", billingHouseNumber: "3", billingPostalCode: "20121", billingCity: "Milano" };
    expect(errorsOf("contactChange", changes)).toEqual({});
  });

  it("compares the e-mail confirmation without case", () => {
    expect(errorsOf("eBilling", {})).toEqual({});
    expect(errorsOf("eBilling", { billingEmailConfirmation: "altro@esempio.it" }).billingEmailConfirmation).toBe("emailMismatch");
  });

  it("rejects a malformed e-mail and phone", () => {
    const errors = errorsOf("subentro", { email: "mario@", phone: "12ab" });
    expect(errors).toMatchObject({ email: "emailInvalid", phone: "phoneInvalid" });
  });
});
