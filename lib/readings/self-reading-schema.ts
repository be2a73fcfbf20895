import { z } from "zod";

// Every `error` is a key under `readings.fieldErrors` in the message catalogs.

/** Fields the self-reading form posts, besides the photo. */
export const selfReadingFields = ["idempotencyKey", "cubicMetres", "readOn", "meterReplaced", "confirmed"] as const;

export const selfReadingSchema = z.object({
  /** Random id of the form view, so a double submit stores one reading. */
  idempotencyKey: z.uuid({ error: "formExpired" }),
  // Whole cubic metres only: the red digits (litres) are not read.
  cubicMetres: z
    .string()
    .trim()
    .min(1, { error: "cubicMetresRequired" })
    .regex(/^\d{1,9}$/, { error: "cubicMetresNotWhole" })
    .transform(Number),
  readOn: z.iso.date({ error: "readOnInvalid" }),
  meterReplaced: z.string().transform((value) => value === "on"),
  confirmed: z.string().transform((value) => value === "on"),
});

export type SelfReadingForm = z.infer<typeof selfReadingSchema>;
