import { describe, expect, it } from "vitest";

import { readMailSettings } from "@/lib/notifications/mail-settings";

describe("readMailSettings", () => {
  it("reads the SMTP URL and sender", () => {
    const settings = readMailSettings({ SMTP_URL: "smtp://127.0.0.1:2525", MAIL_FROM: "MM <noreply@mm.test>" });

    expect(settings).toEqual({ smtpUrl: "smtp://127.0.0.1:2525", from: "MM <noreply@mm.test>", pollIntervalMs: 30_000 });
  });

  it("keeps e-mails in the outbox without SMTP_URL", () => {
    const settings = readMailSettings({ SMTP_URL: "" });

    expect(settings.smtpUrl).toBeNull();
    expect(settings.from).toBe("Sportello MM <noreply@localhost>");
  });

  it("rejects a URL that is not SMTP", () => {
    expect(() => readMailSettings({ SMTP_URL: "http://127.0.0.1:2525" })).toThrow(/SMTP_URL/);
  });

  it("reads the outbox poll interval", () => {
    expect(readMailSettings({ MAIL_POLL_SECONDS: "2" }).pollIntervalMs).toBe(2000);
    expect(readMailSettings({}).pollIntervalMs).toBe(30_000);
  });

  it("rejects a poll interval under one second", () => {
    expect(() => readMailSettings({ MAIL_POLL_SECONDS: "0" })).toThrow(/MAIL_POLL_SECONDS/);
  });
});
