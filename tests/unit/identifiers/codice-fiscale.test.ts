import { describe, expect, it } from "vitest";

import {
  applyOmocodia,
  birthDateOf,
  computeCheckCharacter,
  computeCodiceFiscale,
  decodeOmocodia,
  isValidCodiceFiscale,
  normalizeCodiceFiscale,
  validateCodiceFiscale,
} from "@/lib/identifiers/codice-fiscale";

/** Returns a different character of the same kind: the next digit, or another letter. */
function replacementFor(character: string): string {
  if (/[0-9]/.test(character)) return String((Number(character) + 1) % 10);
  return character === "A" ? "B" : "A";
}

describe("validateCodiceFiscale", () => {
  it.each(["MRTMTT25D09F205Z", "RSSMRA45D25F205N"])("accepts known valid code %s", (code) => {
    expect(validateCodiceFiscale(code).valid).toBe(true);
  });

  it("decodes a man's birth data", () => {
    const result = validateCodiceFiscale("MRTMTT25D09F205Z");
    if (!result.valid) throw new Error("expected a valid code");

    expect(result.decoded.sex).toBe("M");
    expect(result.decoded.birthYearTwoDigits).toBe(25);
    expect(result.decoded.birthMonth).toBe(4);
    expect(result.decoded.birthDay).toBe(9);
    expect(result.decoded.placeCode).toBe("F205");
    expect(result.decoded.bornAbroad).toBe(false);
    expect(result.decoded.omocodiaLevel).toBe(0);
  });

  it("decodes a woman's day minus 40", () => {
    const code = computeCodiceFiscale({
      surname: "Bianchi",
      name: "Giulia",
      birthDate: new Date(Date.UTC(1990, 11, 31)),
      sex: "F",
      placeCode: "F205",
    });
    const result = validateCodiceFiscale(code);
    if (!result.valid) throw new Error(`expected ${code} to be valid`);

    expect(code.slice(9, 11)).toBe("71");
    expect(result.decoded.sex).toBe("F");
    expect(result.decoded.birthDay).toBe(31);
    expect(result.decoded.birthMonth).toBe(12);
  });

  it("normalizes case, spaces and the SPID prefix", () => {
    expect(normalizeCodiceFiscale(" tinit-rssmra45d25f205n ")).toBe("RSSMRA45D25F205N");
    expect(validateCodiceFiscale("TINIT-RSSMRA45D25F205N").valid).toBe(true);
    expect(validateCodiceFiscale("rss mra 45d25 f205n").valid).toBe(true);
  });

  it.each([
    ["RSSMRA45D25F205", "length"],
    ["RSSMRA45D25F205NN", "length"],
    ["RSSMRA45Z25F205N", "structure"],
    ["RSSMR145D25F205N", "structure"],
    ["RSSMRA45D25F2O5N", "structure"],
    ["RSSMRA45D25F205N".replace("D25", "D32"), "birthDate"],
    ["RSSMRA45B30F205N", "birthDate"],
    ["RSSMRA45D25F205A", "checkCharacter"],
  ])("rejects %s for %s", (code, problem) => {
    const result = validateCodiceFiscale(code);

    expect(result.valid).toBe(false);
    if (!result.valid) expect(result.problem).toBe(problem);
  });

  it("accepts 29 February only in years divisible by 4", () => {
    const leap = "RSSMRA44B29F205";
    const notLeap = "RSSMRA45B29F205";

    expect(isValidCodiceFiscale(leap + computeCheckCharacter(leap))).toBe(true);
    expect(validateCodiceFiscale(notLeap + computeCheckCharacter(notLeap))).toMatchObject({ valid: false, problem: "birthDate" });
  });

  it("detects every single-character typo in a known code", () => {
    const code = "MRTMTT25D09F205Z";

    for (let index = 0; index < 15; index += 1) {
      const original = code.charAt(index);
      const replacement = replacementFor(original);
      const typo = code.slice(0, index) + replacement + code.slice(index + 1);

      expect(isValidCodiceFiscale(typo), `typo at position ${index + 1}: ${typo}`).toBe(false);
    }
  });
});

describe("computeCodiceFiscale", () => {
  it.each([
    [{ surname: "Moretti", name: "Matteo", birthDate: new Date(Date.UTC(1925, 3, 9)), sex: "M" as const, placeCode: "F205" }, "MRTMTT25D09F205Z"],
    [{ surname: "Rossi", name: "Mario", birthDate: new Date(Date.UTC(1945, 3, 25)), sex: "M" as const, placeCode: "F205" }, "RSSMRA45D25F205N"],
  ])("reproduces known code %#", (input, expected) => {
    expect(computeCodiceFiscale(input)).toBe(expected);
  });

  it("takes 1st, 3rd and 4th consonant of a long name", () => {
    const code = computeCodiceFiscale({ surname: "Verdi", name: "Gianfranco", birthDate: new Date(Date.UTC(1970, 0, 1)), sex: "M", placeCode: "F205" });

    // Consonants of GIANFRANCO are G N F R N C, so the name part is G F R.
    expect(code.slice(3, 6)).toBe("GFR");
  });

  it("pads short names with X", () => {
    const code = computeCodiceFiscale({ surname: "Fo", name: "Al", birthDate: new Date(Date.UTC(1980, 5, 15)), sex: "M", placeCode: "F205" });

    expect(code.slice(0, 3)).toBe("FOX");
    expect(code.slice(3, 6)).toBe("LAX");
  });

  it("ignores accents, apostrophes and spaces", () => {
    const code = computeCodiceFiscale({ surname: "D'Angelo Nicolò", name: "Noè", birthDate: new Date(Date.UTC(1980, 5, 15)), sex: "M", placeCode: "F205" });

    expect(code.slice(0, 3)).toBe("DNG");
    expect(code.slice(3, 6)).toBe("NOE");
  });

  it("encodes a foreign birth country", () => {
    const code = computeCodiceFiscale({ surname: "Hassan", name: "Amira", birthDate: new Date(Date.UTC(1982, 6, 3)), sex: "F", placeCode: "Z336" });
    const result = validateCodiceFiscale(code);

    expect(code.slice(11, 15)).toBe("Z336");
    expect(result.valid).toBe(true);
    if (result.valid) expect(result.decoded.bornAbroad).toBe(true);
  });

  it("rejects a malformed place code", () => {
    expect(() =>
      computeCodiceFiscale({ surname: "Rossi", name: "Mario", birthDate: new Date(Date.UTC(1945, 3, 25)), sex: "M", placeCode: "Milano" }),
    ).toThrow(/place code/);
  });
});

describe("omocodia", () => {
  it("replaces digits from the right", () => {
    expect(applyOmocodia("RSSMRA45D25F205N", 1).slice(0, 15)).toBe("RSSMRA45D25F20R");
    expect(applyOmocodia("RSSMRA45D25F205N", 3).slice(0, 15)).toBe("RSSMRA45D25FNLR");
    expect(applyOmocodia("RSSMRA45D25F205N", 7).slice(0, 15)).toBe("RSSMRAQRDNRFNLR");
  });

  it.each([1, 2, 3, 4, 5, 6, 7])("round-trips level %i", (level) => {
    const variant = applyOmocodia("MRTMTT25D09F205Z", level);
    const result = validateCodiceFiscale(variant);
    if (!result.valid) throw new Error(`expected ${variant} to be valid`);

    expect(result.decoded.omocodiaLevel).toBe(level);
    expect(result.decoded.baseCode).toBe("MRTMTT25D09F205Z");
    expect(result.decoded.birthDay).toBe(9);
    expect(result.decoded.placeCode).toBe("F205");
  });

  it("recomputes the check letter of the variant", () => {
    const variant = applyOmocodia("RSSMRA45D25F205N", 1);

    expect(variant.charAt(15)).toBe(computeCheckCharacter(variant.slice(0, 15)));
    expect(decodeOmocodia(variant)).toEqual({ baseCode: "RSSMRA45D25F205N", omocodiaLevel: 1 });
  });

  it("reads letters outside digit slots literally", () => {
    // Position 12 is the place letter, never a replaced digit, so an L there stays a letter.
    const code = "RSSMRA45D25L205";

    expect(isValidCodiceFiscale(code + computeCheckCharacter(code))).toBe(true);
    expect(validateCodiceFiscale("RSSMRA45D25F2O5N")).toMatchObject({ valid: false, problem: "structure" });
  });
});

describe("birthDateOf", () => {
  it("chooses the century before the reference date", () => {
    const reference = new Date(Date.UTC(2026, 0, 1));
    const old = validateCodiceFiscale("RSSMRA45D25F205N");
    const young = validateCodiceFiscale(
      computeCodiceFiscale({ surname: "Neri", name: "Luca", birthDate: new Date(Date.UTC(2010, 1, 14)), sex: "M", placeCode: "F205" }),
    );
    if (!old.valid || !young.valid) throw new Error("expected valid codes");

    expect(birthDateOf(old.decoded, reference).toISOString().slice(0, 10)).toBe("1945-04-25");
    expect(birthDateOf(young.decoded, reference).toISOString().slice(0, 10)).toBe("2010-02-14");
  });
});
