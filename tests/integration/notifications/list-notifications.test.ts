import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { listNotifications, ticketPathFor } from "@/lib/notifications/list-notifications";
import { markAllNotificationsRead, markNotificationsRead } from "@/lib/notifications/mark-notifications-read";

import { createCategory, createUser, newFixtures, openTicket, removeFixtures } from "../tickets/ticket-fixtures";

const fixtures = newFixtures();
let reader: Awaited<ReturnType<typeof createUser>>;
let otherUser: Awaited<ReturnType<typeof createUser>>;
let ticket: { id: string; protocol: string };
let otherUsersNotificationId: string;

/** Gives a user three notifications about the ticket, one minute apart, the newest last. */
async function addNotifications(userId: string): Promise<string[]> {
  const ids: string[] = [];
  for (const [minute, kind] of (["ticketCreated", "ticketReplied", "ticketResolved"] as const).entries()) {
    const row = await db().notification.create({
      data: { recipientId: userId, kind, ticketId: ticket.id, createdAt: new Date(Date.UTC(2026, 10, 2, 9, minute)) },
      select: { id: true },
    });
    ids.push(row.id);
  }
  return ids;
}

beforeAll(async () => {
  reader = await createUser(fixtures, ["holder"], true);
  otherUser = await createUser(fixtures, ["holder"], true);
  const operator = await createUser(fixtures, ["siiOperator"]);
  const categoryId = await createCategory(fixtures, "sii");
  ticket = await openTicket(operator, categoryId, reader.personId!);
  // Opening the ticket already notified the reader, so remove that row to start from known rows only.
  await db().notification.deleteMany({ where: { ticketId: ticket.id } });

  await addNotifications(reader.id);
  const otherIds = await addNotifications(otherUser.id);
  otherUsersNotificationId = otherIds[0]!;
});

afterAll(async () => {
  await removeFixtures(fixtures);
});

describe("listNotifications", () => {
  it("lists only the user's notifications, newest first, with the ticket's protocol", async () => {
    const page = await listNotifications(reader.id);

    expect(page).toMatchObject({ page: 1, pageCount: 1, total: 3 });
    expect(page.items.map((item) => item.kind)).toEqual(["ticketResolved", "ticketReplied", "ticketCreated"]);
    expect(page.items.every((item) => item.ticketId === ticket.id && item.protocol === ticket.protocol)).toBe(true);
    expect(page.items.map((item) => item.id)).not.toContain(otherUsersNotificationId);
  });

  it("splits the list into pages and clamps a page past the end", async () => {
    const second = await listNotifications(reader.id, 2, 2);
    const beyond = await listNotifications(reader.id, 9, 2);

    expect(second).toMatchObject({ page: 2, pageCount: 2, total: 3 });
    expect(second.items.map((item) => item.kind)).toEqual(["ticketCreated"]);
    expect(beyond.page).toBe(2);
  });
});

describe("marking notifications read", () => {
  it("never marks another user's notification, even when its id is passed", async () => {
    const listed = await listNotifications(reader.id, 1, 2);

    const changed = await markNotificationsRead(reader.id, [...listed.items.map((item) => item.id), otherUsersNotificationId]);

    expect(changed).toBe(2);
    const others = await db().notification.findUniqueOrThrow({ where: { id: otherUsersNotificationId }, select: { readAt: true } });
    expect(others.readAt).toBeNull();
    expect(await db().notification.count({ where: { recipientId: reader.id, readAt: null } })).toBe(1);
  });

  it("marks all of the user's notifications and leaves the other user's unread", async () => {
    const changed = await markAllNotificationsRead(reader.id);

    expect(changed).toBe(1);
    expect(await db().notification.count({ where: { recipientId: reader.id, readAt: null } })).toBe(0);
    expect(await db().notification.count({ where: { recipientId: otherUser.id, readAt: null } })).toBe(3);
  });
});

describe("ticketPathFor", () => {
  it("links a customer to their request and staff to the back-office", async () => {
    const operator = await createUser(fixtures, ["siiOperator"]);

    expect(ticketPathFor(reader, ticket.id)).toBe(`/sportello-online/richieste/${ticket.id}`);
    expect(ticketPathFor(operator, ticket.id)).toBe(`/back-office/ticket/${ticket.id}`);
  });
});
