import "server-only";

import { hasPermission } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/config";
import { notificationLocaleOf } from "@/lib/notifications/notification-translator";

/** The customer notified about a ticket: an account (in-app and e-mail) or only an e-mail address. */
export type TicketRecipient = {
  /** Null when the customer has no account, so there is no in-app notification. */
  userId: string | null;
  email: string | null;
  locale: Locale;
  name: string | null;
};

const accountSelect = { id: true, email: true, displayName: true, preferredLocale: true, roles: true, disabledAt: true } as const;

type Account = Prisma.UserGetPayload<{ select: typeof accountSelect }>;

/** Returns true when the account may read the ticket in the customer area and is not disabled. */
function isCustomerAccount(account: Account | null): account is Account {
  return account !== null && account.disabledAt === null && hasPermission(account, "ticket:read:own");
}

function personName(person: { givenName: string | null; familyName: string | null; legalName: string | null }): string | null {
  const fullName = [person.givenName, person.familyName].filter(Boolean).join(" ");
  return fullName || person.legalName || null;
}

/**
 * Finds the customer of a ticket. The order is: the account of the person the ticket is about,
 * the customer or caretaker who opened it in the portal, the reply address an operator typed,
 * and the person's e-mail on file. E-mail-only recipients get Italian. Returns null when there
 * is no one to tell, for example on a ticket MM opened on its own initiative.
 */
export async function findTicketRecipient(tx: Prisma.TransactionClient, ticketId: string): Promise<TicketRecipient | null> {
  const ticket = await tx.ticket.findUniqueOrThrow({
    where: { id: ticketId },
    select: {
      contactEmail: true,
      reporter: { select: accountSelect },
      requester: { select: { givenName: true, familyName: true, legalName: true, email: true, user: { select: accountSelect } } },
    },
  });

  const requesterAccount = ticket.requester?.user ?? null;
  const account = isCustomerAccount(requesterAccount) ? requesterAccount : isCustomerAccount(ticket.reporter) ? ticket.reporter : null;
  if (account) {
    return { userId: account.id, email: account.email, locale: notificationLocaleOf(account.preferredLocale), name: account.displayName };
  }

  const email = ticket.contactEmail ?? ticket.requester?.email ?? null;
  if (!email) return null;

  return { userId: null, email, locale: notificationLocaleOf(null), name: ticket.requester ? personName(ticket.requester) : null };
}
