import "server-only";

import { logger } from "@/lib/log/logger";

import { deliverPendingEmails } from "./deliver-pending-emails";
import { readMailSettings } from "./mail-settings";

export type EmailDelivery = { stop(): Promise<void> };

/**
 * Polls the outbox every `intervalMs` (default MAIL_POLL_SECONDS, else 30 s) and sends what is due. Each message is
 * claimed with `FOR UPDATE SKIP LOCKED`, so every app instance may poll at once. Without
 * SMTP_URL nothing starts: messages stay in the outbox, where an admin can read them.
 */
export function startEmailDelivery(intervalMs?: number): EmailDelivery | null {
  const settings = readMailSettings();
  if (!settings.smtpUrl) return null;

  let running: Promise<unknown> | null = null;

  function tick(): void {
    if (running) return;

    running = deliverPendingEmails()
      .catch((error: unknown) => logger.error({ err: error }, "outbox delivery failed: retrying at the next poll"))
      .finally(() => {
        running = null;
      });
  }

  const pollMs = intervalMs ?? settings.pollIntervalMs;
  const timer = setInterval(tick, pollMs);
  // The poll alone must not keep a process alive that is otherwise shutting down.
  timer.unref();
  logger.info({ intervalMs: pollMs }, "outbox delivery started");

  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
