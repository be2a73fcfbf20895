import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";
import { notificationTranslator } from "@/lib/notifications/notification-translator";

/** The notification kinds about a ticket. Practice notifications are written by lib/practices. */
export type TicketNotificationKind = Extract<NotificationKind, "ticketCreated" | "ticketReplied" | "ticketResolved" | "ticketMerged">;

/**
 * Facts a ticket e-mail may contain. Only customer-visible facts go in: the public reply text
 * and the public resolution note, never an internal note.
 */
export type TicketEmailFacts = {
  kind: TicketNotificationKind;
  locale: Locale;
  recipientName: string | null;
  protocol: string;
  ticketSubject: string;
  /** Due date of the service standard's clock. Set only on the receipt of a ticket with a standard. */
  dueAt?: Date | null;
  /** Text of a public reply. */
  replyBody?: string | null;
  /** Reason given with the move to resolved, which the customer's timeline also shows. */
  resolutionNote?: string | null;
  /** Protocol of the ticket a duplicate was merged into. Set only on the merge notice. */
  survivorProtocol?: string | null;
};

export type ComposedEmail = { subject: string; text: string };

/** Writes the subject and plain-text body of a ticket e-mail in the recipient's language. */
export function composeTicketEmail(facts: TicketEmailFacts): ComposedEmail {
  const t = notificationTranslator(facts.locale);
  const protocol = facts.protocol;

  const greeting = facts.recipientName ? t("email.greeting", { name: facts.recipientName }) : t("email.greetingWithoutName");
  const reference = [t("email.protocol", { protocol }), t("email.ticketSubject", { subject: facts.ticketSubject })];
  const closing = [t("email.followOnline"), "", t("email.automatic"), "", t("email.signature")];

  const paragraphs: string[][] = [[greeting]];

  if (facts.kind === "ticketCreated") {
    const intro = [t("email.ticketCreated.intro"), ...reference];
    if (facts.dueAt) intro.push(t("email.ticketCreated.dueBy", { dueDate: formatDate(facts.dueAt, facts.locale) }));
    paragraphs.push(intro);
  } else if (facts.kind === "ticketReplied") {
    paragraphs.push([t("email.ticketReplied.intro"), "", facts.replyBody ?? ""], reference);
  } else if (facts.kind === "ticketMerged") {
    paragraphs.push([t("email.ticketMerged.intro", { survivorProtocol: facts.survivorProtocol ?? "" }), ...reference]);
  } else {
    const intro = [t("email.ticketResolved.intro"), ...reference];
    if (facts.resolutionNote) intro.push(t("email.ticketResolved.note", { note: facts.resolutionNote }));
    paragraphs.push(intro, [t("email.ticketResolved.reopen")]);
  }

  paragraphs.push(closing);

  return {
    subject: t(`email.${facts.kind}.subject`, { protocol }),
    text: paragraphs.map((lines) => lines.join("\n")).join("\n\n") + "\n",
  };
}
