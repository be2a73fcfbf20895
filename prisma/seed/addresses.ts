import { milanStreets, type MilanStreet } from "./data/milan-streets";
import type { SeedContext } from "./seed-rows";

export type SeededAddress = { id: string; street: string; houseNumber: string; postalCode: string };

export function findStreet(name: string): MilanStreet {
  const street = milanStreets.find((candidate) => candidate.street === name);
  if (!street) throw new Error(`Unknown seed street "${name}".`);
  return street;
}

/** Adds an address on the named street, or on a random one. The house number stays inside the street's CAP zone. */
export function addAddress(context: SeedContext, options: { street?: string; houseNumber?: number; extra?: string } = {}): SeededAddress {
  const street = options.street ? findStreet(options.street) : context.random.pick(milanStreets);
  const houseNumber = String(options.houseNumber ?? context.random.integer(street.firstNumber, street.lastNumber));
  const id = context.random.uuid();

  context.rows.addresses.push({
    id,
    street: street.street,
    houseNumber,
    extra: options.extra ?? null,
    postalCode: street.postalCode,
    municipio: street.municipio,
  });

  return { id, street: street.street, houseNumber, postalCode: street.postalCode };
}
