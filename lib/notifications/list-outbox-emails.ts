import "server-only";

import { hasPermission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { OutboundEmailState } from "@/lib/generated/prisma/client";

export type OutboxEmailView = {
  id: string;
  toAddress: string;
  locale: string;
  subject: string;
  textBody: string;
  state: OutboundEmailState;
  attempts: number;
  lastError: string | null;
  ticketId: string | null;
  createdAt: Date;
  sentAt: Date | null;
};

/**
 * Lists outbox e-mails, newest first, for an administrator. In the demo, where no SMTP server is
 * configured, this is where the customers' e-mails can be read. Raises
 * `notifications.permissionDenied` without `admin:config`, because the messages carry personal data.
 */
export async function listOutboxEmails(actor: Pick<SessionUser, "id" | "roles">, options: { state?: OutboundEmailState; take?: number } = {}): Promise<OutboxEmailView[]> {
  if (!hasPermission(actor, "admin:config")) {
    throw new AppError("notifications.permissionDenied", `User ${actor.id} lacks admin:config to read the e-mail outbox`, 403);
  }

  return db().outboundEmail.findMany({
    where: options.state ? { state: options.state } : {},
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.min(options.take ?? 50, 200),
    select: { id: true, toAddress: true, locale: true, subject: true, textBody: true, state: true, attempts: true, lastError: true, ticketId: true, createdAt: true, sentAt: true },
  });
}
