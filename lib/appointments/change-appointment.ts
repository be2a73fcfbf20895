import "server-only";

import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AppointmentState } from "@/lib/generated/prisma/enums";
import { logger } from "@/lib/log/logger";

import type { AppointmentCustomer } from "./appointment-customer";
import { canCustomerChange } from "./appointment-rules";
import { assertNoOtherFutureBooking, isUniqueViolation, lockPerson, pickFreeDesk } from "./book-appointment";
import { enqueueAppointmentEmail } from "./enqueue-appointment-email";

/** Loads the customer's own appointment under the person lock, or raises `appointment.notFound` (404) for anyone else's. */
async function loadOwnAppointment(tx: Prisma.TransactionClient, customer: AppointmentCustomer, appointmentId: string) {
  await lockPerson(tx, customer.personId);

  const appointment = await tx.appointment.findFirst({
    where: { id: appointmentId, personId: customer.personId },
    select: { id: true, state: true, startsAt: true, officeId: true, counterServiceId: true, deskId: true },
  });
  if (!appointment) throw new AppError("appointment.notFound", `Appointment ${appointmentId} not found for this customer.`, 404);
  return appointment;
}

function assertChangeable(appointment: { state: AppointmentState; startsAt: Date }, now: Date): void {
  if (!canCustomerChange(appointment, now)) {
    throw new AppError("appointment.tooLate", "The appointment is not booked or starts in less than 24 hours.", 409, { state: appointment.state });
  }
}

/**
 * Cancels the customer's appointment up to 24 hours before it starts. The desk is released by
 * setting deskId to null, which lets the unique (deskId, startsAt) index admit a new booking.
 */
export async function cancelAppointment(customer: AppointmentCustomer, input: { appointmentId: string; reason: string }, now: Date = new Date()): Promise<void> {
  await db().$transaction(async (tx) => {
    const appointment = await loadOwnAppointment(tx, customer, input.appointmentId);
    assertChangeable(appointment, now);

    await tx.appointment.update({
      where: { id: appointment.id },
      data: { state: "cancelled", deskId: null, cancelledAt: now, cancelledBy: "customer", cancellationReason: input.reason || null },
      select: { id: true },
    });
    await enqueueAppointmentEmail(tx, appointment.id, "cancelled", now);
    await tx.auditLog.create({ data: { actorId: customer.userId, action: "appointment.cancel", entity: "Appointment", entityId: appointment.id, before: { state: appointment.state } } });
  });
}

/**
 * Moves the customer's appointment to another slot of the same service and office, up to 24
 * hours before its current start. The new slot is checked and a desk picked as for a new
 * booking. When a concurrent booking takes the last desk first, this raises `appointment.slotFull`.
 */
export async function moveAppointment(customer: AppointmentCustomer, input: { appointmentId: string; startsAt: Date }, now: Date = new Date()): Promise<void> {
  try {
    await db().$transaction(async (tx) => {
      const appointment = await loadOwnAppointment(tx, customer, input.appointmentId);
      assertChangeable(appointment, now);
      await assertNoOtherFutureBooking(tx, customer.personId, appointment.counterServiceId, now, appointment.id);

      const { deskId, endsAt } = await pickFreeDesk(tx, {
        officeId: appointment.officeId,
        counterServiceId: appointment.counterServiceId,
        startsAt: input.startsAt,
        now,
        ignoreAppointmentId: appointment.id,
      });

      await tx.appointment.update({ where: { id: appointment.id }, data: { deskId, startsAt: input.startsAt, endsAt, reminderSentAt: null }, select: { id: true } });
      await enqueueAppointmentEmail(tx, appointment.id, "moved", now);
      await tx.auditLog.create({
        data: { actorId: customer.userId, action: "appointment.move", entity: "Appointment", entityId: appointment.id, before: { startsAt: appointment.startsAt.toISOString() }, after: { startsAt: input.startsAt.toISOString() } },
      });
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    logger.info({ appointmentId: input.appointmentId }, "appointment move lost the desk to a concurrent booking");
    throw new AppError("appointment.slotFull", "A concurrent booking took the desk of the new slot first.", 409);
  }
}
