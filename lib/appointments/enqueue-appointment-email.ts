import "server-only";

import type { Prisma } from "@/lib/generated/prisma/client";
import { notificationLocaleOf } from "@/lib/notifications/notification-translator";

import { composeAppointmentEmail, type AppointmentEmailKind } from "./compose-appointment-email";
import { serviceLabel } from "./list-offices";

/**
 * Writes the outbox e-mail about an appointment inside the caller's transaction, so it exists
 * exactly when the change commits. The recipient is the account that booked it, else the
 * person's address on file. Returns false when there is no address to write to.
 */
export async function enqueueAppointmentEmail(tx: Prisma.TransactionClient, appointmentId: string, kind: AppointmentEmailKind, at: Date): Promise<boolean> {
  const appointment = await tx.appointment.findUniqueOrThrow({
    where: { id: appointmentId },
    select: {
      id: true,
      bookingCode: true,
      startsAt: true,
      endsAt: true,
      office: { select: { name: true, address: { select: { street: true, houseNumber: true, postalCode: true, city: true } } } },
      counterService: { select: { labelIt: true, labelEn: true, labelAr: true } },
      bookedBy: { select: { email: true, displayName: true, preferredLocale: true, disabledAt: true } },
      person: { select: { email: true, givenName: true, familyName: true } },
    },
  });

  const account = appointment.bookedBy && !appointment.bookedBy.disabledAt ? appointment.bookedBy : null;
  const toAddress = account?.email ?? appointment.person?.email ?? null;
  if (!toAddress) return false;

  const locale = notificationLocaleOf(account?.preferredLocale);
  const name = account?.displayName ?? [appointment.person?.givenName, appointment.person?.familyName].filter(Boolean).join(" ");
  const address = appointment.office.address;

  const email = composeAppointmentEmail({
    kind,
    locale,
    recipientName: name,
    appointmentId: appointment.id,
    bookingCode: appointment.bookingCode,
    serviceLabel: serviceLabel(appointment.counterService, locale),
    officeName: appointment.office.name,
    officeAddress: `${address.street} ${address.houseNumber}, ${address.postalCode} ${address.city}`,
    startsAt: appointment.startsAt,
    endsAt: appointment.endsAt,
    // Seconds since 1970: grows with every change, as iCalendar's SEQUENCE must.
    sequence: Math.floor(at.getTime() / 1000),
  });

  await tx.outboundEmail.create({
    data: {
      toAddress,
      locale,
      subject: email.subject,
      textBody: email.text,
      attachments: email.attachments.length > 0 ? email.attachments : undefined,
    },
    select: { id: true },
  });
  return true;
}
