import "server-only";

import type { Prisma } from "@/lib/generated/prisma/client";
import { formatCalendarDate } from "@/lib/i18n/format";
import { notificationLocaleOf } from "@/lib/notifications/notification-translator";

import { censusTranslator } from "./census-translator";

export type CensusEmailKind = "reminder" | "integrationRequested" | "completed";

/**
 * Writes an outbox e-mail to the holder of a declaration's tenancy inside the caller's
 * transaction: to the holder's account when they have one, else to the address on file.
 * Returns false when there is no address.
 */
export async function enqueueCensusEmail(tx: Prisma.TransactionClient, declarationId: string, kind: CensusEmailKind, message: string | null = null): Promise<boolean> {
  const declaration = await tx.censusDeclaration.findUniqueOrThrow({
    where: { id: declarationId },
    select: {
      campaign: { select: { name: true, closesOn: true } },
      tenancy: { select: { holder: { select: { email: true, givenName: true, familyName: true, user: { select: { email: true, displayName: true, preferredLocale: true, disabledAt: true } } } } } },
    },
  });

  const holder = declaration.tenancy.holder;
  const account = holder.user && !holder.user.disabledAt ? holder.user : null;
  const toAddress = account?.email ?? holder.email;
  if (!toAddress) return false;

  const locale = notificationLocaleOf(account?.preferredLocale);
  const t = censusTranslator(locale);
  const name = account?.displayName ?? [holder.givenName, holder.familyName].filter(Boolean).join(" ");
  const closesOn = formatCalendarDate(declaration.campaign.closesOn.toISOString().slice(0, 10), locale);

  const paragraphs = [[t("email.greeting", { name })], [t(`email.${kind}.intro`, { campaign: declaration.campaign.name, closesOn })]];
  if (message) paragraphs.push([message]);
  paragraphs.push([t("email.followOnline")], [t("email.automatic"), "", t("email.signature")]);

  await tx.outboundEmail.create({
    data: { toAddress, locale, subject: t(`email.${kind}.subject`, { campaign: declaration.campaign.name }), textBody: paragraphs.map((lines) => lines.join("\n")).join("\n\n") + "\n" },
    select: { id: true },
  });
  return true;
}
