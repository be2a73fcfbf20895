import { z } from "zod";

import { isoDateField } from "./admin-dates";

/** Units a clock can count in; the percent and per-call units of general standards are edited elsewhere. */
export const editableStandardUnits = ["workingDays", "feriali", "calendarDays", "hours"] as const;

/**
 * Fields of a new version of a service standard. The indemnity is typed in euro with up to two
 * decimals ("30" or "30,00"); empty means the standard gives no automatic indemnity. Error
 * messages are keys under `backofficeAdmin.errors`.
 */
export const standardVersionFormSchema = z.object({
  baseId: z.uuid({ error: "standardNotFound" }),
  name: z.string().trim().min(3, { error: "nameRequired" }).max(200, { error: "nameTooLong" }),
  limitValue: z.coerce.number({ error: "limitInvalid" }).int({ error: "limitInvalid" }).min(1, { error: "limitInvalid" }).max(3650, { error: "limitInvalid" }),
  unit: z.enum(editableStandardUnits, { error: "unitRequired" }),
  indemnityEuro: z
    .string()
    .trim()
    .regex(/^(\d{1,4}([.,]\d{1,2})?)?$/, { error: "indemnityInvalid" })
    .transform((value) => (value === "" ? null : Math.round(Number(value.replace(",", ".")) * 100))),
  source: z.string().trim().min(3, { error: "sourceRequired" }).max(500, { error: "sourceTooLong" }),
  effectiveFrom: isoDateField,
});

export type StandardVersionInput = z.output<typeof standardVersionFormSchema>;
