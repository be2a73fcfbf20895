import type { RentArea } from "@/lib/generated/prisma/enums";

/**
 * ISEE-ERP upper bounds of the rent areas (Lombardy l.r. 16/2016, r.r. 4/2017), in euro cents,
 * by the date they take effect. The protection bound of 9,000 € is the regulation's; the access
 * and permanence bounds are demo values to confirm with MM before going live.
 */
export const rentAreaBounds: ReadonlyArray<{ effectiveFrom: string; source: string; protectionMaxCents: number; accessMaxCents: number; permanenceMaxCents: number }> = [
  { effectiveFrom: "2017-01-01", source: "r.r. 4/2017; access and permanence bounds to confirm", protectionMaxCents: 900_000, accessMaxCents: 1_600_000, permanenceMaxCents: 4_000_000 },
];

/** Share of the dwelling's yearly rental value charged as rent in each area (demo values, to confirm with MM). */
export const rentShareByArea: Readonly<Record<RentArea, number>> = { protection: 0.12, access: 0.3, permanence: 0.55, forfeiture: 1 };

/** Returns the rent area of a household by its ISEE-ERP, with the bounds in force on `on` (YYYY-MM-DD). */
export function rentAreaFor(iseeErpCents: number, on: string): RentArea {
  const bounds = [...rentAreaBounds].reverse().find((row) => row.effectiveFrom <= on) ?? rentAreaBounds[0]!;

  if (iseeErpCents <= bounds.protectionMaxCents) return "protection";
  if (iseeErpCents <= bounds.accessMaxCents) return "access";
  if (iseeErpCents <= bounds.permanenceMaxCents) return "permanence";
  return "forfeiture";
}

/** Returns the monthly rent of a dwelling in an area, in cents, with a floor of 20 € a month (demo value). */
export function monthlyRentCentsFor(rentalValueYearlyCents: number, area: RentArea): number {
  return Math.max(2000, Math.round((rentalValueYearlyCents * rentShareByArea[area]) / 12));
}
