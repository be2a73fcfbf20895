import "server-only";

import { randomBytes } from "node:crypto";

import { addDays } from "@/lib/charter/plain-date";
import { romeDateOf } from "@/lib/charter/rome-time";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { Prisma } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/log/logger";

import type { AppointmentCustomer } from "./appointment-customer";
import { BOOKING_HORIZON_DAYS, earliestBookableStart } from "./appointment-rules";
import type { BookingInput } from "./appointment-schemas";
import { enqueueAppointmentEmail } from "./enqueue-appointment-email";
import { findSlots } from "./find-slots";

export type BookingResult = { appointmentId: string; bookingCode: string; created: boolean };

/** Maximum attempts of a booking whose chosen desk another booking took first. Each attempt picks a desk again. */
const MAX_BOOKING_ATTEMPTS = 4;

/** Letters and digits without the look-alikes 0/O and 1/I/L, for codes read aloud at the counter. */
const bookingCodeAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/** Returns a new booking code such as "AP-7KQ2MX", random so it reveals nothing about other bookings. */
export function newBookingCode(): string {
  const bytes = randomBytes(6);
  return `AP-${[...bytes].map((byte) => bookingCodeAlphabet[byte % bookingCodeAlphabet.length]).join("")}`;
}

/** Locks the person's row, so two bookings of one person run one after the other and see each other's result. */
export async function lockPerson(tx: Prisma.TransactionClient, personId: string): Promise<void> {
  await tx.$queryRaw`SELECT "id" FROM "Person" WHERE "id" = ${personId}::uuid FOR UPDATE`;
}

/**
 * Raises `appointment.duplicateService` when the person already has a future booked
 * appointment for the service, other than `exceptId`. Call it after `lockPerson`.
 */
export async function assertNoOtherFutureBooking(tx: Prisma.TransactionClient, personId: string, counterServiceId: string, now: Date, exceptId?: string): Promise<void> {
  const other = await tx.appointment.findFirst({
    where: { personId, counterServiceId, state: "booked", startsAt: { gt: now }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { bookingCode: true },
  });
  if (other) throw new AppError("appointment.duplicateService", "The person already has a future booked appointment for this service.", 409, { bookingCode: other.bookingCode });
}

/** Namespace of the advisory locks on an office's desks, the first key of `pg_advisory_xact_lock(int, int)`. */
const OFFICE_DESKS_LOCK_NAMESPACE = 41_001;

/**
 * Takes a transaction-scoped advisory lock on the office's desks, so the bookings and moves of
 * one office pick desks one after the other. The unique (deskId, startsAt) index alone stops two
 * bookings of one start, not two services of different lengths whose times overlap on one desk.
 * Two office ids whose `hashtext` collides share one lock, which only costs some waiting.
 */
async function lockOfficeDesks(tx: Prisma.TransactionClient, officeId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${OFFICE_DESKS_LOCK_NAMESPACE}::integer, hashtext(${officeId}))`;
}

/**
 * Takes the office's desk lock and returns a free desk of the slot that starts at `startsAt`.
 * Raises `appointment.slotUnavailable` when no such slot exists (closed day, outside the hours,
 * too soon or too far ahead) and `appointment.slotFull` when every desk is taken.
 */
export async function pickFreeDesk(
  tx: Prisma.TransactionClient,
  request: { officeId: string; counterServiceId: string; startsAt: Date; now: Date; ignoreAppointmentId?: string },
): Promise<{ deskId: string; endsAt: Date }> {
  await lockOfficeDesks(tx, request.officeId);

  const earliest = earliestBookableStart(request.now);
  const date = romeDateOf(request.startsAt);
  if (request.startsAt < earliest || date > addDays(romeDateOf(request.now), BOOKING_HORIZON_DAYS)) {
    throw new AppError("appointment.slotUnavailable", "The chosen time is too soon or too far ahead.", 409);
  }

  const { slots } = await findSlots(tx, { ...request, from: date, to: date, notBefore: earliest });
  const slot = slots.find((candidate) => candidate.startsAt.getTime() === request.startsAt.getTime());
  if (!slot) throw new AppError("appointment.slotUnavailable", "No slot of this service starts at the chosen time.", 409);

  const deskId = slot.freeDeskIds[0];
  if (!deskId) throw new AppError("appointment.slotFull", "Every desk of the slot is taken.", 409);
  return { deskId, endsAt: slot.endsAt };
}

/** True for a unique violation, which here means that a concurrent booking took the desk and start first, or sent the same form. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/**
 * Books a slot for the customer. Two bookings of the last place at the same moment both try
 * to insert (deskId, startsAt). The unique index lets one commit, so the other starts again,
 * finds the slot full and raises `appointment.slotFull`. A repeated submit of one form view
 * (same idempotency key) returns the first appointment. Queues the confirmation e-mail with
 * its .ics invitation in the same transaction.
 */
export async function bookAppointment(customer: AppointmentCustomer, input: BookingInput, now: Date = new Date()): Promise<BookingResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db().$transaction(async (tx) => {
        await lockPerson(tx, customer.personId);

        const previous = await tx.appointment.findUnique({
          where: { bookedById_idempotencyKey: { bookedById: customer.userId, idempotencyKey: input.idempotencyKey } },
          select: { id: true, bookingCode: true },
        });
        if (previous) return { appointmentId: previous.id, bookingCode: previous.bookingCode, created: false };

        await assertNoOtherFutureBooking(tx, customer.personId, input.counterServiceId, now);
        const { deskId, endsAt } = await pickFreeDesk(tx, { officeId: input.officeId, counterServiceId: input.counterServiceId, startsAt: input.startsAt, now });

        const appointment = await tx.appointment.create({
          data: {
            bookingCode: newBookingCode(),
            officeId: input.officeId,
            deskId,
            counterServiceId: input.counterServiceId,
            personId: customer.personId,
            bookedById: customer.userId,
            channel: "virtualCounter",
            startsAt: input.startsAt,
            endsAt,
            notes: input.notes || null,
            idempotencyKey: input.idempotencyKey,
          },
          select: { id: true, bookingCode: true },
        });

        await enqueueAppointmentEmail(tx, appointment.id, "booked", now);
        await tx.auditLog.create({ data: { actorId: customer.userId, action: "appointment.book", entity: "Appointment", entityId: appointment.id, after: { officeId: input.officeId, startsAt: input.startsAt.toISOString() } } });
        return { appointmentId: appointment.id, bookingCode: appointment.bookingCode, created: true };
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      if (attempt >= MAX_BOOKING_ATTEMPTS) throw new AppError("appointment.slotFull", "Concurrent bookings kept taking the free desks of the slot.", 409);
      logger.info({ attempt, officeId: input.officeId }, "appointment booking lost a desk to a concurrent booking: retrying");
    }
  }
}
