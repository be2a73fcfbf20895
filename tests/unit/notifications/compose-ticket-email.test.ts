import { describe, expect, it } from "vitest";

import { composeTicketEmail } from "@/lib/notifications/compose-ticket-email";
import { notificationLocaleOf } from "@/lib/notifications/notification-translator";

const protocol = "SII-2026-000123";
// 20 April 2026, 23:59 in Milan (21:59 UTC, summer time).
const dueAt = new Date("2026-04-20T21:59:00Z");

describe("composeTicketEmail", () => {
  it("writes an Italian receipt with the due date", () => {
    const email = composeTicketEmail({ kind: "ticketCreated", locale: "it", recipientName: "Giulia Bianchi", protocol, ticketSubject: "Perdita", dueAt });

    expect(email.subject).toBe("Segnalazione ricevuta - protocollo SII-2026-000123");
    expect(email.text.startsWith("Gentile Giulia Bianchi,\n")).toBe(true);
    expect(email.text).toContain("Numero di protocollo: SII-2026-000123");
    expect(email.text).toContain("Oggetto: Perdita");
    expect(email.text).toContain("Risposta entro il 20/04/2026");
  });

  it("leaves out the due date without a standard", () => {
    const email = composeTicketEmail({ kind: "ticketCreated", locale: "it", recipientName: null, protocol, ticketSubject: "Perdita", dueAt: null });

    expect(email.text).not.toContain("Risposta entro");
    expect(email.text.startsWith("Gentile cliente,\n")).toBe(true);
  });

  it("quotes an English reply", () => {
    const email = composeTicketEmail({ kind: "ticketReplied", locale: "en", recipientName: "Sam", protocol, ticketSubject: "Leak", replyBody: "We fixed the meter." });

    expect(email.subject).toBe("Reply to request SII-2026-000123");
    expect(email.text).toContain("an operator has replied to your request:\n\nWe fixed the meter.");
  });

  it("writes an Arabic resolution with the note", () => {
    const email = composeTicketEmail({ kind: "ticketResolved", locale: "ar", recipientName: "Omar", protocol, ticketSubject: "تسرب", resolutionNote: "تم تغيير العداد" });

    expect(email.subject).toBe("تمت معالجة البلاغ SII-2026-000123");
    expect(email.text).toContain("رقم البروتوكول: SII-2026-000123");
    expect(email.text).toContain("ملاحظة الموظف: تم تغيير العداد");
  });

  it("ignores a due date on later e-mails", () => {
    const email = composeTicketEmail({ kind: "ticketResolved", locale: "en", recipientName: null, protocol, ticketSubject: "Leak", dueAt });

    expect(email.text).not.toContain("20/04/2026");
    expect(email.text).not.toContain("Operator's note");
  });
});

describe("notificationLocaleOf", () => {
  it.each([
    ["en", "en"],
    ["ar", "ar"],
    ["it", "it"],
    ["fr", "it"],
    [null, "it"],
  ])("maps %s to %s", (stored, expected) => {
    expect(notificationLocaleOf(stored)).toBe(expected);
  });
});
