import { describe, expect, it } from "vitest";

import { compareAddresses, normalizeHouseNumber, normalizeStreet } from "@/lib/bonus/normalize-address";

describe("normalizeStreet", () => {
  it.each([
    ["V.le Monza", "VIALE MONZA"],
    ["V. le Monza", "VIALE MONZA"],
    ["viale monza", "VIALE MONZA"],
    ["C.so Buenos Aires", "CORSO BUENOS AIRES"],
    ["Cso Buenos Aires", "CORSO BUENOS AIRES"],
    ["P.za Duomo", "PIAZZA DUOMO"],
    ["P.zza Duomo", "PIAZZA DUOMO"],
    ["V. Padova", "VIA PADOVA"],
    ["Via  Padova", "VIA PADOVA"],
    ["Via Nicolò Tommaseo", "VIA NICOLO TOMMASEO"],
    ["Piazza Sant'Ambrogio", "PIAZZA SANT AMBROGIO"],
    ["Corso di Porta Ticinese", "CORSO DI PORTA TICINESE"],
  ])("reads %s as %s", (input, expected) => {
    expect(normalizeStreet(input)).toBe(expected);
  });

  it("keeps a street named like an abbreviation", () => {
    expect(normalizeStreet("Via Vespri Siciliani")).toBe("VIA VESPRI SICILIANI");
  });
});

describe("normalizeHouseNumber", () => {
  it.each([
    ["12/A", "12A"],
    ["12 A", "12A"],
    ["12a", "12A"],
    ["12", "12"],
    ["012", "12"],
    ["12-bis", "12BIS"],
  ])("reads %s as %s", (input, expected) => {
    expect(normalizeHouseNumber(input)).toBe(expected);
  });
});

describe("compareAddresses", () => {
  const recorded = { street: "Viale Monza", houseNumber: "12/A", postalCode: "20127" };

  it("matches abbreviations, case, accents and suffix spelling", () => {
    expect(compareAddresses({ street: "V.LE MONZA", houseNumber: "12a", postalCode: "20127" }, recorded)).toBe("exact");
  });

  it("matches when one side has no postal code", () => {
    expect(compareAddresses({ street: "V.le Monza", houseNumber: "12 A", postalCode: null }, recorded)).toBe("exact");
  });

  it("calls another postal code near", () => {
    expect(compareAddresses({ street: "Viale Monza", houseNumber: "12/A", postalCode: "20125" }, recorded)).toBe("near");
  });

  it("calls a missing suffix near", () => {
    expect(compareAddresses({ street: "Viale Monza", houseNumber: "12", postalCode: "20127" }, recorded)).toBe("near");
  });

  it("calls a one-letter typo near", () => {
    expect(compareAddresses({ street: "Viale Monsa", houseNumber: "12/A", postalCode: "20127" }, recorded)).toBe("near");
  });

  it("calls a distant number different", () => {
    expect(compareAddresses({ street: "Viale Monza", houseNumber: "140", postalCode: "20127" }, recorded)).toBe("different");
  });

  it("calls another street different", () => {
    expect(compareAddresses({ street: "Via Padova", houseNumber: "12/A", postalCode: "20127" }, recorded)).toBe("different");
  });
});
