import { createEvent } from "ics";

import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";
import type { EmailAttachment } from "@/lib/notifications/deliver-pending-emails";

import { appointmentTranslator } from "./appointment-translator";

export type AppointmentEmailKind = "booked" | "moved" | "cancelled" | "reminder";

/** Facts an appointment e-mail contains. */
export type AppointmentEmailFacts = {
  kind: AppointmentEmailKind;
  locale: Locale;
  recipientName: string;
  appointmentId: string;
  bookingCode: string;
  serviceLabel: string;
  officeName: string;
  officeAddress: string;
  startsAt: Date;
  endsAt: Date;
  /** Counts the changes to the appointment, so calendar programs replace the older invitation (iCalendar SEQUENCE). */
  sequence: number;
};

export type ComposedAppointmentEmail = { subject: string; text: string; attachments: EmailAttachment[] };

/**
 * Builds the .ics invitation of an appointment. Its UID stays the same across moves and the
 * cancellation, so a calendar program updates or removes the event it already holds.
 */
export function appointmentCalendarFile(facts: AppointmentEmailFacts): EmailAttachment {
  const t = appointmentTranslator(facts.locale);
  const cancelled = facts.kind === "cancelled";

  const event = createEvent({
    uid: `${facts.appointmentId}@sportello-mm`,
    productId: "sportello-mm/appointments",
    method: cancelled ? "CANCEL" : "REQUEST",
    status: cancelled ? "CANCELLED" : "CONFIRMED",
    sequence: facts.sequence,
    start: facts.startsAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    end: facts.endsAt.getTime(),
    endInputType: "utc",
    endOutputType: "utc",
    title: t("email.calendarTitle", { service: facts.serviceLabel }),
    location: `${facts.officeName}, ${facts.officeAddress}`,
    description: t("email.calendarDescription", { code: facts.bookingCode }),
  });
  if (event.error || !event.value) throw new Error(`Could not build the calendar file of appointment ${facts.appointmentId}: ${event.error?.message ?? "empty output"}`);

  return { fileName: "appuntamento.ics", contentType: `text/calendar; charset=utf-8; method=${cancelled ? "CANCEL" : "REQUEST"}`, content: event.value };
}

/** Writes the subject, plain-text body and .ics attachment of an appointment e-mail in the recipient's language. */
export function composeAppointmentEmail(facts: AppointmentEmailFacts): ComposedAppointmentEmail {
  const t = appointmentTranslator(facts.locale);
  const when = formatDateTime(facts.startsAt, facts.locale);

  const details = [
    t("email.code", { code: facts.bookingCode }),
    t("email.service", { service: facts.serviceLabel }),
    t("email.when", { when }),
    t("email.where", { office: facts.officeName, address: facts.officeAddress }),
  ];
  const paragraphs = [
    [t("email.greeting", { name: facts.recipientName })],
    [t(`email.${facts.kind}.intro`)],
    details,
    [t(facts.kind === "cancelled" ? "email.bookAgain" : "email.changeRule")],
    [t("email.automatic"), "", t("email.signature")],
  ];

  return {
    subject: t(`email.${facts.kind}.subject`, { when }),
    text: paragraphs.map((lines) => lines.join("\n")).join("\n\n") + "\n",
    attachments: facts.kind === "reminder" ? [] : [appointmentCalendarFile(facts)],
  };
}
