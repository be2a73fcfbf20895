import { z } from "zod";

import { romeDateOf } from "@/lib/charter/rome-time";

/** A calendar date typed in a date input, as YYYY-MM-DD. The error keys sit under `backofficeAdmin.errors`. */
export const isoDateField = z
  .string()
  .trim()
  .min(1, { error: "dateRequired" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "dateInvalid" })
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), { error: "dateInvalid" });

/** Returns true when the date comes after today in Rome, the day the charter's clocks count in. */
export function isAfterRomeToday(date: string, now: Date = new Date()): boolean {
  return date > romeDateOf(now);
}
