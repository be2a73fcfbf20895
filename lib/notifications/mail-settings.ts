import { z } from "zod";

const mailEnvironmentSchema = z.object({
  /** SMTP server, for example smtp://127.0.0.1:2525 or smtps://user:password@mail.example.it:465. Unset keeps e-mails in the outbox. */
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  /** Sender address of every e-mail. */
  MAIL_FROM: z.string().min(3).default("Sportello MM <noreply@localhost>"),
  /** Seconds between two polls of the outbox, from 1 to 3600. */
  MAIL_POLL_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
});

export type MailSettings = { smtpUrl: string | null; from: string; pollIntervalMs: number };

/**
 * Reads the SMTP settings from the environment. Raises with the variable name when one is
 * invalid, so a typo fails loudly rather than leaving every e-mail queued.
 */
export function readMailSettings(environment: Record<string, string | undefined> = process.env): MailSettings {
  const parsed = mailEnvironmentSchema.safeParse({
    SMTP_URL: environment.SMTP_URL || undefined,
    MAIL_FROM: environment.MAIL_FROM || undefined,
    MAIL_POLL_SECONDS: environment.MAIL_POLL_SECONDS || undefined,
  });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid mail settings: ${problems.join("; ")}`);
  }

  return { smtpUrl: parsed.data.SMTP_URL ?? null, from: parsed.data.MAIL_FROM, pollIntervalMs: parsed.data.MAIL_POLL_SECONDS * 1000 };
}
