import "server-only";

import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notificationLocaleOf } from "@/lib/notifications/notification-translator";
import { logger } from "@/lib/log/logger";
import { contactDetailsSchema, normalizePhone, type ContactDetails } from "@/lib/household/contact-schemas";
import { householdTranslator } from "@/lib/household/household-translator";

export type UpdateContactResult =
  | { ok: true; changed: boolean }
  | { ok: false; fieldErrors: Record<string, string>; formError: string | null };

/** Contact details as stored and as the audit log records them. */
type ContactSnapshot = { phone: string | null; email: string | null; address: string | null };

const addressSelect = { street: true, houseNumber: true, postalCode: true, city: true, province: true } as const;

function addressLine(address: { street: string; houseNumber: string; postalCode: string; city: string; province: string } | null): string | null {
  return address ? `${address.street} ${address.houseNumber}, ${address.postalCode} ${address.city} (${address.province})` : null;
}

/** Returns the current contact details of the account's person, for the form. Null for an account without a person. */
export async function findContactDetails(user: Pick<SessionUser, "id">): Promise<Record<string, string> | null> {
  const account = await db().user.findUnique({
    where: { id: user.id },
    select: { person: { select: { phone: true, email: true, address: { select: addressSelect } } } },
  });
  const person = account?.person;
  if (!person) return null;

  return {
    phone: person.phone ?? "",
    email: person.email ?? "",
    street: person.address?.street ?? "",
    houseNumber: person.address?.houseNumber ?? "",
    postalCode: person.address?.postalCode ?? "",
    city: person.address?.city ?? "",
    province: person.address?.province ?? "",
  };
}

/**
 * Updates the tenant's phone, contact e-mail and correspondence address directly. In one
 * transaction it writes the person, an AuditLog row with the details before and after, and a
 * confirmation e-mail to the old and the new address (one when they are the same). A new
 * correspondence address becomes a new Address row, because the old one may be shared with a
 * building or another person. The sign-in e-mail of the account does not change.
 */
export async function updateContactDetails(user: Pick<SessionUser, "id">, values: Record<string, string>, requestId: string | null = null): Promise<UpdateContactResult> {
  const parsed = contactDetailsSchema.safeParse(values);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= issue.message;
    return { ok: false, fieldErrors, formError: null };
  }
  const details = parsed.data;

  const account = await db().user.findUnique({
    where: { id: user.id },
    select: { displayName: true, preferredLocale: true, person: { select: { id: true, phone: true, email: true, address: { select: addressSelect } } } },
  });
  const person = account?.person;
  if (!account || !person) return { ok: false, fieldErrors: {}, formError: "noPerson" };

  const before: ContactSnapshot = { phone: person.phone, email: person.email, address: addressLine(person.address) };
  const after: ContactSnapshot = { phone: details.phone || null, email: details.email.toLowerCase() || null, address: addressLine(addressOf(details)) };
  // Stored values may keep the separators or capitals they were imported with, so they are compared as the form would write them.
  const samePhone = normalizePhone(before.phone ?? "") === (after.phone ?? "");
  const sameEmail = (before.email ?? "").toLowerCase() === (after.email ?? "");
  if (samePhone && sameEmail && before.address === after.address) return { ok: true, changed: false };

  await db().$transaction(async (tx) => {
    const addressId = await storeAddress(tx, details, before.address !== after.address);

    await tx.person.update({
      where: { id: person.id },
      data: { phone: after.phone, email: after.email, ...(addressId === undefined ? {} : { addressId }) },
      select: { id: true },
    });
    await tx.auditLog.create({
      data: { actorId: user.id, action: "person.updateContacts", entity: "Person", entityId: person.id, before, after, requestId },
      select: { id: true },
    });
    await queueConfirmations(tx, { name: account.displayName, locale: notificationLocaleOf(account.preferredLocale), before, after });
  });

  logger.info({ userId: user.id, personId: person.id }, "contact details updated");
  return { ok: true, changed: true };
}

function addressOf(details: ContactDetails) {
  if (details.street === "") return null;
  return { street: details.street, houseNumber: details.houseNumber, postalCode: details.postalCode, city: details.city, province: details.province.toUpperCase() };
}

/** Creates the new correspondence address when it changed. Returns its id, null to clear it, or undefined to leave the link as it is. */
async function storeAddress(tx: Prisma.TransactionClient, details: ContactDetails, changed: boolean): Promise<string | null | undefined> {
  if (!changed) return undefined;

  const address = addressOf(details);
  if (!address) return null;

  const row = await tx.address.create({ data: address, select: { id: true } });
  return row.id;
}

type Confirmation = { name: string; locale: ReturnType<typeof notificationLocaleOf>; before: ContactSnapshot; after: ContactSnapshot };

/** Queues the confirmation to the old and the new contact e-mail, so a change made by someone else does not go unnoticed. */
async function queueConfirmations(tx: Prisma.TransactionClient, confirmation: Confirmation): Promise<void> {
  const t = householdTranslator(confirmation.locale);
  const { before, after } = confirmation;
  const none = t("contacts.confirmationEmail.none");

  const text = t("contacts.confirmationEmail.body", {
    name: confirmation.name,
    phone: after.phone ?? none,
    email: after.email ?? none,
    address: after.address ?? none,
  });
  const recipients = new Set([before.email, after.email].filter((address): address is string => Boolean(address)));

  for (const toAddress of recipients) {
    await tx.outboundEmail.create({
      data: { toAddress, locale: confirmation.locale, subject: t("contacts.confirmationEmail.subject"), textBody: text },
      select: { id: true },
    });
  }
}
