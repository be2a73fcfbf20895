import "server-only";

import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/config";
import { notificationLocaleOf } from "@/lib/notifications/notification-translator";

/** The person a customer account books for, with where and in which language to write to them. */
export type AppointmentCustomer = { userId: string; personId: string; email: string; locale: Locale; name: string };

/** Returns the person the signed-in account speaks for, or null for an account without one (most staff). */
export async function findAppointmentCustomer(user: Pick<SessionUser, "id">): Promise<AppointmentCustomer | null> {
  const account = await db().user.findUnique({
    where: { id: user.id },
    select: { email: true, displayName: true, preferredLocale: true, person: { select: { id: true, email: true } } },
  });
  if (!account?.person) return null;

  return {
    userId: user.id,
    personId: account.person.id,
    // The sign-in address is the one the customer reads; the person's address on file is the fallback.
    email: account.email || account.person.email || "",
    locale: notificationLocaleOf(account.preferredLocale),
    name: account.displayName,
  };
}
