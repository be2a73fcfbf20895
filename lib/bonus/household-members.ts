import { birthDateOf, validateCodiceFiscale } from "@/lib/identifiers/codice-fiscale";

/** Age in whole years on `date`, or null when the codice fiscale cannot be decoded. */
export function ageFromCodiceFiscale(fiscalCode: string, date: Date): number | null {
  const result = validateCodiceFiscale(fiscalCode);
  if (!result.valid) return null;

  const birth = birthDateOf(result.decoded, date);
  let age = date.getUTCFullYear() - birth.getUTCFullYear();
  const birthdayNotYetReached =
    date.getUTCMonth() < birth.getUTCMonth() || (date.getUTCMonth() === birth.getUTCMonth() && date.getUTCDate() < birth.getUTCDate());
  if (birthdayNotYetReached) age -= 1;

  return age;
}

/** Returns true when the member is 18 or older on `date`, read from the birth date in the codice fiscale. */
export function isAdultOn(fiscalCode: string, date: Date): boolean {
  const age = ageFromCodiceFiscale(fiscalCode, date);
  return age !== null && age >= 18;
}
