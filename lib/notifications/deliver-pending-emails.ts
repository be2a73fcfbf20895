import "server-only";

import nodemailer from "nodemailer";

import { db } from "@/lib/db/client";
import { logger } from "@/lib/log/logger";
import { readMailSettings } from "@/lib/notifications/mail-settings";

/** A file sent with a message, its content as UTF-8 text (an .ics invitation, for example). */
export type EmailAttachment = { fileName: string; contentType: string; content: string };

/** Sends one message. Raises when the SMTP server does not accept it. */
export type SendEmail = (message: { from: string; to: string; subject: string; text: string; attachments?: EmailAttachment[] }) => Promise<void>;

export type DeliveryOptions = {
  /** Maximum messages sent by this call. */
  limit?: number;
  /** Replaces the SMTP transport built from SMTP_URL, for example in tests. */
  send?: SendEmail;
  /** Sender address. Defaults to MAIL_FROM. */
  from?: string;
};

export type DeliveryReport = {
  sent: number;
  /** Failed this time and queued for a later attempt. */
  retrying: number;
  /** Failed for the last allowed time, now in state failed. */
  failed: number;
  /** True when no SMTP server is configured, so every message stayed queued. */
  outboxOnly: boolean;
};

/** Attempts before a message is marked failed. */
const maxAttempts = 5;

/** Wait before the next attempt: 1, 2, 4, 8 minutes after the first to fourth failure. */
function retryDelayMs(attempts: number): number {
  return 60_000 * 2 ** (attempts - 1);
}

/** SMTP round trips can take seconds, and each runs inside the transaction that holds its row lock. */
const deliveryTransactionOptions = { maxWait: 10_000, timeout: 60_000 };

function smtpSender(smtpUrl: string): SendEmail {
  const transport = nodemailer.createTransport(smtpUrl);
  return async ({ attachments, ...message }) => {
    const files = attachments?.map((file) => ({ filename: file.fileName, contentType: file.contentType, content: file.content }));
    await transport.sendMail({ ...message, attachments: files });
  };
}

function smtpErrorCodes(error: unknown): { code?: unknown; responseCode?: unknown } {
  if (error === null || typeof error !== "object") return {};
  const { code, responseCode } = error as { code?: unknown; responseCode?: unknown };
  return { code, responseCode };
}

type ClaimedEmail = { id: string; toAddress: string; subject: string; textBody: string; attempts: number; attachments: EmailAttachment[] | null };

/**
 * Sends the queued e-mails that are due, one row at a time. Each row is locked with
 * `FOR UPDATE SKIP LOCKED` in its own transaction and marked sent before the lock is released,
 * so instances that run this at the same time never pick the same message.
 * NOTE: a crash after the SMTP server accepted a message but before the commit leaves it
 * queued, and it is sent again: delivery is at least once.
 * Without SMTP_URL (the demo) nothing is sent and the messages stay readable in the outbox table.
 */
export async function deliverPendingEmails(options: DeliveryOptions = {}): Promise<DeliveryReport> {
  const settings = readMailSettings();
  const send = options.send ?? (settings.smtpUrl ? smtpSender(settings.smtpUrl) : null);
  const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0, outboxOnly: send === null };
  if (!send) return report;

  const from = options.from ?? settings.from;
  const limit = options.limit ?? 100;

  for (let handled = 0; handled < limit; handled++) {
    const outcome = await deliverNextEmail(send, from);
    if (outcome === "none") break;
    report[outcome] += 1;
  }

  if (report.sent + report.retrying + report.failed > 0) logger.info(report, "outbox delivery finished");
  return report;
}

/** Claims and sends the oldest due message. Returns what happened, or "none" when nothing is due. */
async function deliverNextEmail(send: SendEmail, from: string): Promise<"sent" | "retrying" | "failed" | "none"> {
  return db().$transaction(async (tx) => {
    const [email] = await tx.$queryRaw<ClaimedEmail[]>`
      SELECT "id", "toAddress", "subject", "textBody", "attempts", "attachments"
      FROM "OutboundEmail"
      WHERE "state" = 'queued' AND "nextAttemptAt" <= now()
      ORDER BY "nextAttemptAt", "createdAt"
      LIMIT 1
      FOR UPDATE SKIP LOCKED`;
    if (!email) return "none";

    const attempts = email.attempts + 1;

    try {
      const attachments = email.attachments ?? undefined;
      await send({ from, to: email.toAddress, subject: email.subject, text: email.textBody, attachments });
    } catch (error) {
      const lastError = error instanceof Error ? error.message : String(error);
      const gaveUp = attempts >= maxAttempts;

      await tx.outboundEmail.update({
        where: { id: email.id },
        data: gaveUp ? { attempts, lastError, state: "failed" } : { attempts, lastError, nextAttemptAt: new Date(Date.now() + retryDelayMs(attempts)) },
        select: { id: true },
      });
      // Only the SMTP codes are logged: the server's message may quote the recipient's address.
      logger.warn({ emailId: email.id, attempts, gaveUp, ...smtpErrorCodes(error) }, "e-mail delivery failed");
      return gaveUp ? "failed" : "retrying";
    }

    await tx.outboundEmail.update({ where: { id: email.id }, data: { attempts, state: "sent", sentAt: new Date(), lastError: null }, select: { id: true } });
    return "sent";
  }, deliveryTransactionOptions);
}
