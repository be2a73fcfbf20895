import { randomUUID } from "node:crypto";

import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { formatDate } from "@/lib/i18n/format";
import { countUnreadNotifications } from "@/lib/notifications/count-unread-notifications";
import { deliverPendingEmails } from "@/lib/notifications/deliver-pending-emails";
import { listOutboxEmails } from "@/lib/notifications/list-outbox-emails";
import { addInternalNote } from "@/lib/tickets/add-internal-note";
import { changeTicketState } from "@/lib/tickets/change-ticket-state";
import { createTicket } from "@/lib/tickets/create-ticket";
import { replyToTicket } from "@/lib/tickets/reply-to-ticket";

import { createCategory, createSupply, createUser, newFixtures, openTicket, removeFixtures } from "../tickets/ticket-fixtures";

const fixtures = newFixtures();
const standardCode = `test-notification-reply-${randomUUID()}`;
let calendarId: string;
let operator: Awaited<ReturnType<typeof createUser>>;
let customer: Awaited<ReturnType<typeof createUser>>;
let customerEmail: string;
let categoryId: string;
let standardCategoryId: string;
let supplyId: string;

beforeAll(async () => {
  const calendar = await db().businessCalendar.create({ data: { code: `test-${randomUUID()}`, name: "Calendario di prova senza festività" }, select: { id: true } });
  calendarId = calendar.id;
  await db().serviceStandard.create({
    data: {
      division: "sii",
      kind: "specific",
      code: standardCode,
      name: "Risposta di prova",
      limitValue: 30,
      unit: "workingDays",
      startEvent: "requestReceived",
      stopEvent: "replySent",
      source: "Prova",
      effectiveFrom: new Date("2020-01-01"),
      calendarId,
    },
  });

  operator = await createUser(fixtures, ["siiOperator"]);
  customer = await createUser(fixtures, ["holder"], true);
  const account = await db().user.update({ where: { id: customer.id }, data: { preferredLocale: "en" }, select: { email: true } });
  customerEmail = account.email;
  categoryId = await createCategory(fixtures, "sii");
  standardCategoryId = await createCategory(fixtures, "sii", { serviceStandardCode: standardCode });
  supplyId = await createSupply(fixtures, customer.personId!);
});

beforeEach(async () => {
  // Other test files leave outbox rows behind once their tickets are deleted.
  await db().outboundEmail.deleteMany({});
});

afterAll(async () => {
  await db().outboundEmail.deleteMany({});
  await removeFixtures(fixtures);
  await db().serviceStandard.deleteMany({ where: { code: standardCode } });
  await db().businessCalendar.delete({ where: { id: calendarId } });
});

async function outboxOf(ticketId: string) {
  return db().outboundEmail.findMany({ where: { ticketId }, orderBy: { createdAt: "asc" }, select: { toAddress: true, locale: true, subject: true, textBody: true, state: true } });
}

async function notificationsOf(ticketId: string) {
  return db().notification.findMany({ where: { ticketId }, orderBy: { createdAt: "asc" }, select: { recipientId: true, kind: true, readAt: true } });
}

describe("ticket created", () => {
  it("queues a receipt in the customer's language", async () => {
    const ticket = await openTicket(operator, categoryId, customer.personId!);

    const outbox = await outboxOf(ticket.id);
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ toAddress: customerEmail, locale: "en", state: "queued", subject: `Request received - protocol ${ticket.protocol}` });
    expect(outbox[0]!.textBody).toContain(`Protocol number: ${ticket.protocol}`);
    expect(outbox[0]!.textBody).not.toContain("Reply by");
  });

  it("adds an unread in-app notification", async () => {
    const before = await countUnreadNotifications(customer.id);
    const ticket = await openTicket(operator, categoryId, customer.personId!);

    expect(await notificationsOf(ticket.id)).toEqual([{ recipientId: customer.id, kind: "ticketCreated", readAt: null }]);
    expect(await countUnreadNotifications(customer.id)).toBe(before + 1);
  });

  it("states the due date of a service standard", async () => {
    const openedAt = new Date("2026-03-09T09:00:00Z");
    const { ticket } = await createTicket(
      operator,
      { openedBy: "operator", channel: "pec", categoryId: standardCategoryId, requesterId: customer.personId, subject: "Reclamo", description: "Consumi contestati.", idempotencyKey: randomUUID() },
      openedAt,
    );

    const stored = await db().ticket.findUniqueOrThrow({ where: { id: ticket.id }, select: { dueAt: true } });
    const [email] = await outboxOf(ticket.id);
    expect(stored.dueAt).not.toBeNull();
    expect(formatDate(stored.dueAt!, "en")).toBe("20/04/2026");
    expect(email!.textBody).toContain("Reply by 20/04/2026");
  });

  it("notifies a customer who opened it themselves", async () => {
    const { ticket } = await createTicket(customer, {
      openedBy: "selfService",
      categoryId,
      supplyId,
      subject: "Contatore che perde",
      description: "Perdita dal raccordo.",
      idempotencyKey: randomUUID(),
    });

    expect(await notificationsOf(ticket.id)).toEqual([{ recipientId: customer.id, kind: "ticketCreated", readAt: null }]);
    expect((await outboxOf(ticket.id)).map((email) => email.toAddress)).toEqual([customerEmail]);
  });

  it("writes nothing twice for a double submit", async () => {
    const input = { openedBy: "selfService", categoryId, supplyId, subject: "Doppio invio", description: "Stesso modulo due volte.", idempotencyKey: randomUUID() };
    const first = await createTicket(customer, input);
    await createTicket(customer, input);

    expect(await notificationsOf(first.ticket.id)).toHaveLength(1);
    expect(await outboxOf(first.ticket.id)).toHaveLength(1);
  });

  it("mails the reply address in Italian without an account", async () => {
    const { ticket } = await createTicket(operator, {
      openedBy: "operator",
      channel: "email",
      categoryId,
      contactEmail: "cittadino@esempio.it",
      subject: "Informazioni",
      description: "Orari dello sportello.",
      idempotencyKey: randomUUID(),
    });

    const outbox = await outboxOf(ticket.id);
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ toAddress: "cittadino@esempio.it", locale: "it", subject: `Segnalazione ricevuta - protocollo ${ticket.protocol}` });
    expect(outbox[0]!.textBody).toContain("Gentile cliente,");
    expect(await notificationsOf(ticket.id)).toEqual([]);
  });

  it("tells nobody about a ticket without a customer", async () => {
    const ticket = await openTicket(operator, categoryId);

    expect(await outboxOf(ticket.id)).toEqual([]);
    expect(await notificationsOf(ticket.id)).toEqual([]);
  });
});

describe("replies, notes and resolution", () => {
  it("mails a public reply and never an internal note", async () => {
    const ticket = await openTicket(operator, categoryId, customer.personId!);
    await addInternalNote(operator, { ticketId: ticket.id, body: "Nota riservata: cliente moroso." });
    await replyToTicket(operator, { ticketId: ticket.id, version: ticket.version, body: "The technician will come on Monday." });

    const outbox = await outboxOf(ticket.id);
    expect(outbox.map((email) => email.subject)).toEqual([`Request received - protocol ${ticket.protocol}`, `Reply to request ${ticket.protocol}`]);
    expect(outbox[1]!.textBody).toContain("The technician will come on Monday.");
    expect(outbox.some((email) => email.textBody.includes("Nota riservata"))).toBe(false);
    expect((await notificationsOf(ticket.id)).map((notification) => notification.kind)).toEqual(["ticketCreated", "ticketReplied"]);
  });

  it("mails the resolution with its public note", async () => {
    const ticket = await openTicket(operator, categoryId, customer.personId!);
    const started = await changeTicketState(operator, { ticketId: ticket.id, version: ticket.version, toState: "inProgress" });
    await changeTicketState(operator, { ticketId: ticket.id, version: started.version, toState: "resolved", reason: "Meter replaced." });

    const outbox = await outboxOf(ticket.id);
    expect(outbox.map((email) => email.subject)).toEqual([`Request received - protocol ${ticket.protocol}`, `Request ${ticket.protocol} resolved`]);
    expect(outbox[1]!.textBody).toContain("Operator's note: Meter replaced.");
    expect((await notificationsOf(ticket.id)).map((notification) => notification.kind)).toEqual(["ticketCreated", "ticketResolved"]);
  });

  it("stays silent on other state changes", async () => {
    const ticket = await openTicket(operator, categoryId, customer.personId!);
    await changeTicketState(operator, { ticketId: ticket.id, version: ticket.version, toState: "inProgress" });

    expect(await outboxOf(ticket.id)).toHaveLength(1);
    expect(await notificationsOf(ticket.id)).toHaveLength(1);
  });
});

describe("deliverPendingEmails without SMTP", () => {
  it("keeps the messages queued in the outbox", async () => {
    const previous = process.env.SMTP_URL;
    delete process.env.SMTP_URL;

    try {
      const ticket = await openTicket(operator, categoryId, customer.personId!);
      const report = await deliverPendingEmails();

      expect(report).toEqual({ sent: 0, retrying: 0, failed: 0, outboxOnly: true });
      expect((await outboxOf(ticket.id)).map((email) => email.state)).toEqual(["queued"]);
    } finally {
      if (previous !== undefined) process.env.SMTP_URL = previous;
    }
  });
});

describe("listOutboxEmails", () => {
  it("shows queued e-mails to an administrator", async () => {
    const admin = await createUser(fixtures, ["admin"]);
    const ticket = await openTicket(operator, categoryId, customer.personId!);

    const emails = await listOutboxEmails(admin, { state: "queued" });

    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({ ticketId: ticket.id, toAddress: customerEmail, state: "queued", attempts: 0, sentAt: null });
  });

  it("rejects an operator", async () => {
    await expect(listOutboxEmails(operator)).rejects.toMatchObject({ code: "notifications.permissionDenied", status: 403 });
  });
});
