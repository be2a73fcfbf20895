import "server-only";

import { db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/config";
import type { EmailAttachment } from "@/lib/notifications/deliver-pending-emails";

import { appointmentCalendarFile } from "./compose-appointment-email";
import { serviceLabel } from "./list-offices";

/**
 * Builds the .ics file of the person's appointment, or returns null for an id that is not theirs,
 * so the route returns 404. A cancelled appointment gives a cancellation, which removes the event
 * from a calendar that already holds it. The UID is the one of the e-mail invitations.
 */
export async function buildCustomerCalendarFile(personId: string, appointmentId: string, locale: Locale): Promise<EmailAttachment | null> {
  const appointment = await db().appointment.findFirst({
    where: { id: appointmentId, personId },
    select: {
      id: true,
      bookingCode: true,
      state: true,
      startsAt: true,
      endsAt: true,
      updatedAt: true,
      office: { select: { name: true, address: { select: { street: true, houseNumber: true, postalCode: true, city: true } } } },
      counterService: { select: { labelIt: true, labelEn: true, labelAr: true } },
    },
  });
  if (!appointment) return null;

  const address = appointment.office.address;
  return appointmentCalendarFile({
    kind: appointment.state === "cancelled" ? "cancelled" : "booked",
    locale,
    recipientName: "",
    appointmentId: appointment.id,
    bookingCode: appointment.bookingCode,
    serviceLabel: serviceLabel(appointment.counterService, locale),
    officeName: appointment.office.name,
    officeAddress: `${address.street} ${address.houseNumber}, ${address.postalCode} ${address.city}`,
    startsAt: appointment.startsAt,
    endsAt: appointment.endsAt,
    // Seconds since 1970 of the last change, so the file replaces an older invitation of the same event.
    sequence: Math.floor(appointment.updatedAt.getTime() / 1000),
  });
}
