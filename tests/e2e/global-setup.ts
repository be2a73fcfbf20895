import { startSmtpCapture } from "./support/smtp-capture";

/**
 * Starts the SMTP server that the e2e portal delivers customer e-mails to (SMTP_URL in
 * playwright.config.ts), for the whole run. Returns the function that stops it.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  return startSmtpCapture();
}
