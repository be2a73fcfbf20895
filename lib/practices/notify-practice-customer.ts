import "server-only";

import type { PracticeKind, PracticeState, Prisma } from "@/lib/generated/prisma/client";
import { formatDate } from "@/lib/i18n/format";
import { notificationLocaleOf } from "@/lib/notifications/notification-translator";
import { practiceTranslator } from "@/lib/practices/practice-translator";

export type PracticeNotice =
  | { kind: "practiceSubmitted"; practiceId: string }
  | { kind: "practiceStateChanged"; practiceId: string; message: string | null };

/**
 * Writes the in-app notification and the outbox e-mail about a practice inside the caller's
 * transaction, so both exist exactly when the change commits. The customer is the account that
 * submitted the practice, and a disabled account gets neither. E-mails go out through the outbox
 * like ticket e-mails, in the account's language.
 */
export async function notifyPracticeCustomer(tx: Prisma.TransactionClient, notice: PracticeNotice, at: Date): Promise<void> {
  const practice = await tx.practice.findUniqueOrThrow({
    where: { id: notice.practiceId },
    select: {
      protocol: true,
      kind: true,
      state: true,
      submittedBy: { select: { id: true, email: true, displayName: true, preferredLocale: true, disabledAt: true } },
    },
  });

  const account = practice.submittedBy;
  if (!account || account.disabledAt !== null || !practice.protocol) return;

  await tx.notification.create({ data: { recipientId: account.id, kind: notice.kind, practiceId: notice.practiceId, createdAt: at }, select: { id: true } });

  const locale = notificationLocaleOf(account.preferredLocale);
  const email = composePracticeEmail({
    locale,
    recipientName: account.displayName,
    protocol: practice.protocol,
    kind: practice.kind,
    state: practice.state,
    notice,
    at,
  });

  await tx.outboundEmail.create({ data: { toAddress: account.email, locale, subject: email.subject, textBody: email.text }, select: { id: true } });
}

type PracticeEmailFacts = {
  locale: ReturnType<typeof notificationLocaleOf>;
  recipientName: string;
  protocol: string;
  kind: PracticeKind;
  state: PracticeState;
  notice: PracticeNotice;
  at: Date;
};

/** Writes the subject and plain-text body of a practice e-mail. Only customer-visible facts go in. */
export function composePracticeEmail(facts: PracticeEmailFacts): { subject: string; text: string } {
  const t = practiceTranslator(facts.locale);
  const kindName = t(`kinds.${facts.kind}.title`);
  const stateName = t(`states.${facts.state}`);

  const lines = [t("email.greeting", { name: facts.recipientName }), ""];

  if (facts.notice.kind === "practiceSubmitted") {
    lines.push(t("email.submitted.intro", { kind: kindName, date: formatDate(facts.at, facts.locale) }));
  } else {
    lines.push(t("email.stateChanged.intro", { kind: kindName, state: stateName }));
    if (facts.notice.message) lines.push("", t("email.stateChanged.message", { message: facts.notice.message }));
  }

  lines.push("", t("email.protocol", { protocol: facts.protocol }), t("email.followOnline"), "", t("email.automatic"), "", t("email.signature"));

  const subjectKey = facts.notice.kind === "practiceSubmitted" ? "email.submitted.subject" : "email.stateChanged.subject";
  return { subject: t(subjectKey, { protocol: facts.protocol }), text: `${lines.join("\n")}\n` };
}
