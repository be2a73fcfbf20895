import { applyOmocodia, computeCodiceFiscale, type Sex } from "@/lib/identifiers/codice-fiscale";
import { computeNumericCheckDigit } from "@/lib/identifiers/numeric-fiscal-code";

import { egypt, italianBirthPlaces, milan, morocco, otherForeignBirthPlaces, philippines, type BirthPlace } from "./data/birth-places";
import { egyptianNames, filipinoNames, italianNames, moroccanNames, otherForeignNames, type NamePool } from "./data/names";
import { seedReferenceDate, utcDate } from "./dates";
import type { SeedContext } from "./seed-rows";

export type Origin = "milan" | "italy" | "egypt" | "morocco" | "philippines" | "other";

export type SeededPerson = {
  id: string;
  fiscalCode: string;
  givenName: string;
  familyName: string;
  sex: Sex;
  birthDate: Date;
};

/** Tax-office digits of Milan in 11-digit fiscal codes (as in 01199250158, the Comune di Milano's). */
const milanTaxOffice = "015";

const usedFiscalCodes = new WeakMap<SeedContext, Set<string>>();

function fiscalCodesOf(context: SeedContext): Set<string> {
  let codes = usedFiscalCodes.get(context);
  if (!codes) {
    codes = new Set();
    usedFiscalCodes.set(context, codes);
  }
  return codes;
}

/** Returns the code, or its first free omocodia variant when another seeded person already has it. */
function uniqueCodiceFiscale(context: SeedContext, code: string): string {
  const used = fiscalCodesOf(context);

  for (let level = 0; level <= 7; level += 1) {
    const candidate = level === 0 ? code : applyOmocodia(code, level);
    if (!used.has(candidate)) {
      used.add(candidate);
      return candidate;
    }
  }
  throw new Error(`All omocodia variants of ${code} are taken.`);
}

function namePoolOf(origin: Origin): NamePool {
  switch (origin) {
    case "egypt":
      return egyptianNames;
    case "morocco":
      return moroccanNames;
    case "philippines":
      return filipinoNames;
    case "other":
      return otherForeignNames;
    default:
      return italianNames;
  }
}

function birthPlaceOf(context: SeedContext, origin: Origin): BirthPlace {
  switch (origin) {
    case "milan":
      return milan;
    case "italy":
      return context.random.pick(italianBirthPlaces);
    case "egypt":
      return egypt;
    case "morocco":
      return morocco;
    case "philippines":
      return philippines;
    case "other":
      return context.random.pick(otherForeignBirthPlaces);
  }
}

function emailFor(context: SeedContext, givenName: string, familyName: string): string {
  const local = `${givenName}.${familyName}`
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z.]/g, "");
  // The .test top-level domain is reserved for testing, so no demo message can reach a real mailbox.
  return `${local}.${context.random.integer(10, 99)}@posta.test`;
}

export type NaturalPersonOptions = {
  origin: Origin;
  minimumAge: number;
  maximumAge: number;
  sex?: Sex;
  familyName?: string;
  addressId?: string;
};

/** Adds a natural person with a computed, unique codice fiscale. */
export function addNaturalPerson(context: SeedContext, options: NaturalPersonOptions): SeededPerson {
  const { random } = context;
  const pool = namePoolOf(options.origin);
  const sex = options.sex ?? (random.chance(0.5) ? "F" : "M");
  const givenName = random.pick(sex === "F" ? pool.femaleGivenNames : pool.maleGivenNames);
  const familyName = options.familyName ?? random.pick(pool.surnames);
  const place = birthPlaceOf(context, options.origin);

  const age = random.integer(options.minimumAge, options.maximumAge);
  const birthDate = utcDate(seedReferenceDate.getUTCFullYear() - age - 1, random.integer(1, 12), random.integer(1, 28));
  const code = uniqueCodiceFiscale(
    context,
    computeCodiceFiscale({ surname: familyName, name: givenName, birthDate, sex, placeCode: place.code }),
  );

  const id = random.uuid();
  context.rows.persons.push({
    id,
    kind: "natural",
    fiscalCode: code,
    givenName,
    familyName,
    birthDate,
    sex,
    birthPlaceCode: place.code,
    citizenship: place.citizenship,
    email: emailFor(context, givenName, familyName),
    addressId: options.addressId ?? null,
  });

  return { id, fiscalCode: code, givenName, familyName, sex, birthDate };
}

/** Adds a person whose codice fiscale is given, such as the known valid codes used in tests and docs. */
export function addKnownPerson(
  context: SeedContext,
  person: { givenName: string; familyName: string; sex: Sex; birthDate: Date; placeCode: string; deceasedOn?: Date; addressId?: string },
): SeededPerson {
  const code = uniqueCodiceFiscale(
    context,
    computeCodiceFiscale({ surname: person.familyName, name: person.givenName, birthDate: person.birthDate, sex: person.sex, placeCode: person.placeCode }),
  );
  const id = context.random.uuid();

  context.rows.persons.push({
    id,
    kind: "natural",
    fiscalCode: code,
    givenName: person.givenName,
    familyName: person.familyName,
    birthDate: person.birthDate,
    sex: person.sex,
    birthPlaceCode: person.placeCode,
    citizenship: "IT",
    email: emailFor(context, person.givenName, person.familyName),
    deceasedOn: person.deceasedOn ?? null,
    addressId: person.addressId ?? null,
  });

  return { id, fiscalCode: code, givenName: person.givenName, familyName: person.familyName, sex: person.sex, birthDate: person.birthDate };
}

/**
 * Returns a fresh 11-digit fiscal code registered in Milan. Condominiums and other
 * non-commercial bodies get a serial starting with 9, businesses one starting with 0 to 3.
 */
export function newNumericFiscalCode(context: SeedContext, kind: "company" | "condominium"): string {
  const used = fiscalCodesOf(context);

  for (;;) {
    const firstDigit = kind === "condominium" ? "9" : String(context.random.integer(0, 3));
    const first10 = firstDigit + context.random.digits(6) + milanTaxOffice;
    const code = first10 + computeNumericCheckDigit(first10);
    if (!used.has(code)) {
      used.add(code);
      return code;
    }
  }
}

/** Adds a company or condominium. */
export function addLegalPerson(
  context: SeedContext,
  options: { kind: "company" | "condominium"; legalName: string; addressId?: string; fiscalCode?: string; email?: string },
): { id: string; fiscalCode: string; legalName: string } {
  const fiscalCode = options.fiscalCode ?? newNumericFiscalCode(context, options.kind);
  if (options.fiscalCode) fiscalCodesOf(context).add(options.fiscalCode);
  const id = context.random.uuid();

  context.rows.persons.push({
    id,
    kind: options.kind,
    fiscalCode,
    vatNumber: options.kind === "company" ? fiscalCode : null,
    legalName: options.legalName,
    email: options.email ?? null,
    addressId: options.addressId ?? null,
  });

  return { id, fiscalCode, legalName: options.legalName };
}

/**
 * Picks an origin for an ERP tenant: 78% Italian, and among the others Egyptians 18%,
 * Moroccans 12% and Filipinos 10%, as in MM's 2019 tenant census.
 */
export function pickTenantOrigin(context: SeedContext): Origin {
  if (context.random.chance(0.78)) return context.random.chance(0.6) ? "milan" : "italy";
  return context.random.weighted<Origin>([
    ["egypt", 18],
    ["morocco", 12],
    ["philippines", 10],
    ["other", 60],
  ]);
}

/** Picks an origin for a water-supply holder, a more Milan-born population than the ERP tenants. */
export function pickHolderOrigin(context: SeedContext): Origin {
  return context.random.weighted<Origin>([
    ["milan", 60],
    ["italy", 28],
    ["egypt", 3],
    ["morocco", 3],
    ["philippines", 3],
    ["other", 3],
  ]);
}

export type PersonSummary = { id: string; fiscalCode: string; givenName: string; familyName: string };

/** Returns the name and code of a seeded person. A company's name is returned as familyName. */
export function personSummary(context: SeedContext, personId: string): PersonSummary {
  const person = context.rows.persons.find((row) => row.id === personId);
  if (!person?.id) throw new Error(`Seed person ${personId} not found.`);
  return { id: person.id, fiscalCode: person.fiscalCode, givenName: person.givenName ?? "", familyName: person.familyName ?? person.legalName ?? "" };
}
