import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { deliverPendingEmails } from "@/lib/notifications/deliver-pending-emails";
import { addInternalNote } from "@/lib/tickets/add-internal-note";
import { replyToTicket } from "@/lib/tickets/reply-to-ticket";
import { describeOnRealServer } from "@/tests/setup/database-kind";

import { createCategory, createUser, newFixtures, openTicket, removeFixtures } from "../tickets/ticket-fixtures";
import { startSmtpTestServer, type SmtpTestServer } from "./smtp-test-server";

const fixtures = newFixtures();
const internalNote = "Nota interna: il cliente ha già tre solleciti aperti.";
let smtp: SmtpTestServer;
let operator: Awaited<ReturnType<typeof createUser>>;
let customer: Awaited<ReturnType<typeof createUser>>;
let customerEmail: string;
let categoryId: string;

beforeAll(async () => {
  smtp = await startSmtpTestServer();
  process.env.SMTP_URL = smtp.url;
  process.env.MAIL_FROM = "Sportello MM <noreply@sportello.test>";

  operator = await createUser(fixtures, ["siiOperator"]);
  customer = await createUser(fixtures, ["holder"], true);
  customerEmail = (await db().user.findUniqueOrThrow({ where: { id: customer.id }, select: { email: true } })).email;
  categoryId = await createCategory(fixtures, "sii");
});

beforeEach(async () => {
  // Other test files leave outbox rows behind once their tickets are deleted.
  await db().outboundEmail.deleteMany({});
  smtp.received.length = 0;
});

afterEach(() => {
  smtp.received.length = 0;
});

afterAll(async () => {
  delete process.env.SMTP_URL;
  delete process.env.MAIL_FROM;
  await db().outboundEmail.deleteMany({});
  await removeFixtures(fixtures);
  await smtp.close();
});

describe("deliverPendingEmails over SMTP", () => {
  it("delivers the receipt and the reply, not the note", async () => {
    const ticket = await openTicket(operator, categoryId, customer.personId!);
    await addInternalNote(operator, { ticketId: ticket.id, body: internalNote });
    await replyToTicket(operator, { ticketId: ticket.id, version: ticket.version, body: "Il tecnico passerà lunedì mattina." });

    const report = await deliverPendingEmails();

    expect(report).toEqual({ sent: 2, retrying: 0, failed: 0, outboxOnly: false });
    expect(smtp.received.map((email) => email.subject)).toEqual([`Segnalazione ricevuta - protocollo ${ticket.protocol}`, `Risposta alla segnalazione ${ticket.protocol}`]);
    for (const email of smtp.received) {
      expect(email.recipients).toEqual([customerEmail]);
      expect(email.text).toContain(`Numero di protocollo: ${ticket.protocol}`);
      expect(email.text).not.toContain(internalNote);
      expect(email.raw).toContain("From: Sportello MM <noreply@sportello.test>");
    }
    expect(smtp.received[1]!.text).toContain("Il tecnico passerà lunedì mattina.");
  });

  it("marks delivered rows sent with the time", async () => {
    const ticket = await openTicket(operator, categoryId, customer.personId!);
    await deliverPendingEmails();

    const rows = await db().outboundEmail.findMany({ where: { ticketId: ticket.id }, select: { state: true, attempts: true, sentAt: true, lastError: true } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ state: "sent", attempts: 1, lastError: null });
    expect(rows[0]!.sentAt).toBeInstanceOf(Date);
  });

  it("sends once when run twice", async () => {
    await openTicket(operator, categoryId, customer.personId!);

    const first = await deliverPendingEmails();
    const second = await deliverPendingEmails();

    expect(first.sent).toBe(1);
    expect(second.sent).toBe(0);
    expect(smtp.received).toHaveLength(1);
  });

  it("stops at the limit", async () => {
    await openTicket(operator, categoryId, customer.personId!);
    await openTicket(operator, categoryId, customer.personId!);

    const report = await deliverPendingEmails({ limit: 1 });

    expect(report.sent).toBe(1);
    expect(await db().outboundEmail.count({ where: { state: "queued" } })).toBe(1);
  });
});

describe("deliverPendingEmails on failure", () => {
  const rejectingSender = () => Promise.reject(Object.assign(new Error("Mailbox unavailable"), { responseCode: 550 }));

  it("records the error and retries later", async () => {
    const ticket = await openTicket(operator, categoryId, customer.personId!);
    const startedAt = Date.now();

    const report = await deliverPendingEmails({ send: rejectingSender });
    const row = await db().outboundEmail.findFirstOrThrow({ where: { ticketId: ticket.id }, select: { state: true, attempts: true, lastError: true, nextAttemptAt: true } });

    expect(report).toEqual({ sent: 0, retrying: 1, failed: 0, outboxOnly: false });
    expect(row).toMatchObject({ state: "queued", attempts: 1, lastError: "Mailbox unavailable" });
    expect(row.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(startedAt + 60_000);
    expect((await deliverPendingEmails()).sent).toBe(0);
  });

  it("gives up after the fifth attempt", async () => {
    const ticket = await openTicket(operator, categoryId, customer.personId!);
    await db().outboundEmail.updateMany({ where: { ticketId: ticket.id }, data: { attempts: 4 } });

    const report = await deliverPendingEmails({ send: rejectingSender });
    const row = await db().outboundEmail.findFirstOrThrow({ where: { ticketId: ticket.id }, select: { state: true, attempts: true } });

    expect(report.failed).toBe(1);
    expect(row).toEqual({ state: "failed", attempts: 5 });
  });
});

describeOnRealServer("deliverPendingEmails on several instances", () => {
  it("never sends one message twice", async () => {
    const count = 12;
    for (let index = 0; index < count; index++) await openTicket(operator, categoryId, customer.personId!);

    const reports = await Promise.all([deliverPendingEmails(), deliverPendingEmails(), deliverPendingEmails()]);

    expect(reports.reduce((total, report) => total + report.sent, 0)).toBe(count);
    expect(smtp.received).toHaveLength(count);
    expect(new Set(smtp.received.map((email) => email.subject)).size).toBe(count);
    expect(await db().outboundEmail.count({ where: { state: "sent" } })).toBe(count);
  });
});
