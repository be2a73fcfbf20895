import { z } from "zod";

/*
 * Inputs of the customer's appointment forms. Each message is a key under
 * `appointments.fieldErrors`, so the form shows it in the visitor's language.
 */

export const slotChoiceSchema = z.object({
  officeId: z.uuid({ error: "officeMissing" }),
  counterServiceId: z.uuid({ error: "serviceMissing" }),
  startsAt: z.iso.datetime({ offset: true, error: "slotMissing" }).transform((value) => new Date(value)),
});

export const bookingSchema = slotChoiceSchema.extend({
  notes: z.string().trim().max(500, { error: "notesTooLong" }),
  idempotencyKey: z.uuid({ error: "formExpired" }),
});

export type BookingInput = z.infer<typeof bookingSchema>;

export const moveSchema = z.object({
  appointmentId: z.uuid(),
  startsAt: z.iso.datetime({ offset: true, error: "slotMissing" }).transform((value) => new Date(value)),
});

export const cancelSchema = z.object({
  appointmentId: z.uuid(),
  reason: z.string().trim().max(300, { error: "reasonTooLong" }),
});

/** Fields of the booking form, in the order the page shows them. */
export const bookingFields = ["officeId", "counterServiceId", "startsAt", "notes"] as const;
