import { existsSync } from "node:fs";

import { defineConfig } from "@playwright/test";

import { e2eSmtpPort } from "./tests/e2e/support/smtp-capture";

// Playwright cannot download its own browsers here, so the run uses Debian's Chromium.
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromiumPath)) {
  throw new Error(
    `Chromium not found at ${chromiumPath}. Install it with \`sudo apt-get install -y chromium\`, or set CHROMIUM_PATH.`,
  );
}

const port = Number(process.env.E2E_PORT ?? "3199");

// Names this run's databases, so the teardown drops them and no other run's.
process.env.E2E_RUN_ID ??= `${Date.now()}`;
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "tests/e2e",
  globalSetup: "./tests/e2e/global-setup.ts",
  globalTeardown: "./tests/e2e/global-teardown.ts",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.TEST_RESULTS_DIR
    ? [["list"], ["json", { outputFile: `${process.env.TEST_RESULTS_DIR}/playwright.json` }]]
    : [["list"]],
  use: {
    baseURL,
    locale: "it-IT",
    timezoneId: "Europe/Rome",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  webServer: {
    command: "tsx scripts/e2e-server.ts",
    url: `${baseURL}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    // Customer e-mails go to the capture server of tests/e2e/global-setup.ts, polled every 2 s.
    env: { PORT: String(port), NODE_ENV: "production", LOG_LEVEL: "warn", SMTP_URL: `smtp://127.0.0.1:${e2eSmtpPort()}`, MAIL_POLL_SECONDS: "2", E2E_RUN_ID: process.env.E2E_RUN_ID },
  },
});
