import { appendFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { startSmtpTestServer } from "../../integration/notifications/smtp-test-server";

/** A message the capture server accepted: envelope recipients, subject and plain text. */
export type CapturedEmail = { recipients: string[]; subject: string; text: string };

/**
 * Port of the capture server: E2E_SMTP_PORT, else the app's E2E port plus 20000, so runs on
 * different E2E ports do not collide.
 */
export function e2eSmtpPort(): number {
  return Number(process.env.E2E_SMTP_PORT ?? Number(process.env.E2E_PORT ?? "3199") + 20_000);
}

/** File the capture server appends each message to, one JSON object a line, because the specs run in other processes. */
export function capturedEmailsFile(port: number = e2eSmtpPort()): string {
  return path.join(tmpdir(), `sportello-e2e-mail-${port}.jsonl`);
}

/** Starts the SMTP server on 127.0.0.1 that appends every accepted message to `capturedEmailsFile`. Returns its stop function. */
export async function startSmtpCapture(port: number = e2eSmtpPort()): Promise<() => Promise<void>> {
  const file = capturedEmailsFile(port);
  writeFileSync(file, "");

  const server = await startSmtpTestServer({
    port,
    onMessage: ({ recipients, subject, text }) => appendFileSync(file, `${JSON.stringify({ recipients, subject, text })}\n`),
  });
  return server.close;
}

/** Reads the messages captured so far. */
export function readCapturedEmails(port: number = e2eSmtpPort()): CapturedEmail[] {
  const file = capturedEmailsFile(port);
  if (!existsSync(file)) return [];

  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as CapturedEmail);
}
