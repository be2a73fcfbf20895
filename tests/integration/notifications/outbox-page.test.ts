import { randomUUID } from "node:crypto";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { decodeOutboxCursor, getOutboxEmail, listOutboxPage, outboxPageSize } from "@/lib/notifications/outbox-page";

import { appErrorOf } from "../tickets/app-error-of";
import { createUser, newFixtures, removeFixtures } from "../tickets/ticket-fixtures";

const fixtures = newFixtures();
const marker = `outbox-${randomUUID()}`;
let admin: Awaited<ReturnType<typeof createUser>>;
let supervisor: Awaited<ReturnType<typeof createUser>>;
let operator: Awaited<ReturnType<typeof createUser>>;

beforeAll(async () => {
  admin = await createUser(fixtures, ["admin"]);
  supervisor = await createUser(fixtures, ["supervisor"]);
  operator = await createUser(fixtures, ["siiOperator"]);

  // Dated in the future, so they come first whatever else the outbox contains.
  const base = Date.now() + 365 * 86_400_000;
  await db().outboundEmail.createMany({
    data: Array.from({ length: outboxPageSize + 5 }, (_, index) => ({
      toAddress: `cliente${index}@esempio.it`,
      locale: "it",
      subject: `${marker} ${index}`,
      textBody: `Testo ${index}`,
      createdAt: new Date(base - index * 1000),
    })),
  });
});

afterAll(async () => {
  await db().outboundEmail.deleteMany({ where: { subject: { startsWith: marker } } });
  await removeFixtures(fixtures);
});

describe("admin outbox", () => {
  it("rejects non-admins", async () => {
    for (const user of [supervisor, operator]) {
      const error = await appErrorOf(listOutboxPage(user, { cursor: null }));
      expect(error.code).toBe("notifications.permissionDenied");
      expect(error.status).toBe(403);
    }
  });

  it("pages newest first without gaps", async () => {
    const first = await listOutboxPage(admin, { cursor: null });
    expect(first.rows).toHaveLength(outboxPageSize);
    expect(first.rows[0]!.subject).toBe(`${marker} 0`);

    const second = await listOutboxPage(admin, { cursor: decodeOutboxCursor(first.nextCursor ?? undefined) });
    const subjects = [...first.rows, ...second.rows].map((row) => row.subject).filter((subject) => subject.startsWith(marker));
    expect(subjects).toEqual(Array.from({ length: outboxPageSize + 5 }, (_, index) => `${marker} ${index}`));
  });

  it("shows one message with its text", async () => {
    const [row] = (await listOutboxPage(admin, { cursor: null })).rows;

    const email = await getOutboxEmail(admin, row!.id);
    expect(email?.textBody).toBe("Testo 0");
    expect(await getOutboxEmail(admin, "not-a-uuid")).toBeNull();
  });

  it("reads a malformed cursor as the first page", () => {
    expect(decodeOutboxCursor("bm90LWpzb24")).toBeNull();
    expect(decodeOutboxCursor(undefined)).toBeNull();
  });
});
