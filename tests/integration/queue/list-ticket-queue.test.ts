import { randomUUID } from "node:crypto";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db/client";
import { countQueueTabs, tabCountCap } from "@/lib/tickets/queue/count-queue-tabs";
import { listTicketQueue, type QueuePage } from "@/lib/tickets/queue/list-ticket-queue";
import { parseQueueFilters, queuePageSize, type QueueSort } from "@/lib/tickets/queue/queue-filters";
import type { TicketActor } from "@/lib/tickets/ticket-access";

import { createCategory, createUser, newFixtures, openTicket, removeFixtures } from "../tickets/ticket-fixtures";

const fixtures = newFixtures();
// Every ticket of this file carries the token in its subject, so searches ignore other rows.
const token = `QT${randomUUID().slice(0, 8)}`;
const now = new Date("2026-12-04T11:00:00Z");
const day = 24 * 60 * 60 * 1000;

let siiOperator: Awaited<ReturnType<typeof createUser>>;
let casaOperator: Awaited<ReturnType<typeof createUser>>;
let supervisor: Awaited<ReturnType<typeof createUser>>;
let customer: Awaited<ReturnType<typeof createUser>>;
let siiAdministrative: string;
let siiTechnical: string;
let teamId: string;
const siiTicketIds: string[] = [];
const casaTicketIds: string[] = [];

async function openTickets(operator: SessionUser, categoryId: string, count: number, into: string[]): Promise<void> {
  for (let index = 0; index < count; index += 1) {
    const ticket = await openTicket(operator, categoryId);
    await db().ticket.update({ where: { id: ticket.id }, data: { subject: `${token} pratica ${index}` } });
    into.push(ticket.id);
  }
}

/** Lists every page forwards, returning the ids in order and the pages read. */
async function walkForwards(user: TicketActor, query: Record<string, string>): Promise<{ ids: string[]; pages: QueuePage[] }> {
  const pages: QueuePage[] = [];
  let after: string | undefined;

  do {
    const page = await listTicketQueue(user, parseQueueFilters({ ...query, ...(after ? { after } : {}) }), now);
    pages.push(page);
    after = page.nextCursor ?? undefined;
  } while (after && pages.length < 10);

  return { ids: pages.flatMap((page) => page.rows.map((row) => row.id)), pages };
}

beforeAll(async () => {
  siiOperator = await createUser(fixtures, ["siiOperator"]);
  casaOperator = await createUser(fixtures, ["casaOperator"]);
  supervisor = await createUser(fixtures, ["supervisor"]);
  customer = await createUser(fixtures, ["holder"], true);
  siiAdministrative = await createCategory(fixtures, "sii");
  siiTechnical = await createCategory(fixtures, "sii", { nature: "technical" });
  const casaCategory = await createCategory(fixtures, "casa");

  // More SII tickets than one page holds, so pagination crosses a page boundary.
  await openTickets(siiOperator, siiAdministrative, queuePageSize + 5, siiTicketIds);
  await openTickets(casaOperator, casaCategory, 3, casaTicketIds);

  const technical = await openTicket(siiOperator, siiTechnical, customer.personId!);
  await db().ticket.update({ where: { id: technical.id }, data: { subject: `${token} perdita`, priority: "urgent" } });
  siiTicketIds.push(technical.id);

  const team = await db().team.create({ data: { division: "sii", code: `team-${token}`, name: "Gruppo prova" }, select: { id: true } });
  teamId = team.id;

  // Due dates: two overdue, one due on Monday (within two working days), the rest later or none.
  await db().ticket.update({ where: { id: siiTicketIds[0]! }, data: { dueAt: new Date(now.getTime() - 2 * day), assigneeId: siiOperator.id } });
  await db().ticket.update({ where: { id: siiTicketIds[1]! }, data: { dueAt: new Date(now.getTime() - day) } });
  await db().ticket.update({ where: { id: siiTicketIds[2]! }, data: { dueAt: new Date("2026-12-07T15:00:00Z"), teamId } });
  await db().ticket.update({ where: { id: siiTicketIds[3]! }, data: { dueAt: new Date("2026-12-20T15:00:00Z"), state: "inProgress" } });
  await db().ticket.update({ where: { id: siiTicketIds[4]! }, data: { state: "closed", closedAt: now } });
  // Equal due dates test the id tie-break.
  for (const id of siiTicketIds.slice(5, 12)) {
    await db().ticket.update({ where: { id }, data: { dueAt: new Date("2026-12-15T10:00:00Z") } });
  }
}, 120_000);

afterAll(async () => {
  await db().ticket.deleteMany({ where: { teamId } });
  await removeFixtures(fixtures);
  await db().team.deleteMany({ where: { id: teamId } });
});

describe("division scoping", () => {
  it("shows an SII operator no Casa ticket", async () => {
    const { ids, pages } = await walkForwards(siiOperator, { q: token });
    expect(pages.flatMap((page) => page.rows).every((row) => row.division === "sii")).toBe(true);
    for (const casaId of casaTicketIds) expect(ids).not.toContain(casaId);
  });

  it("shows a Casa operator only Casa tickets", async () => {
    const { ids } = await walkForwards(casaOperator, { q: token });
    expect([...ids].sort()).toEqual([...casaTicketIds].sort());
  });

  it("shows a supervisor both divisions", async () => {
    const { ids } = await walkForwards(supervisor, { q: token });
    expect(ids).toHaveLength(siiTicketIds.length - 1 + casaTicketIds.length);
  });

  it("hides a Casa ticket even when searched by protocol", async () => {
    const casaProtocol = await db().ticket.findUniqueOrThrow({ where: { id: casaTicketIds[0]! }, select: { protocol: true } });
    const page = await listTicketQueue(siiOperator, parseQueueFilters({ q: casaProtocol.protocol }), now);
    expect(page.rows).toEqual([]);
  });
});

describe("filters", () => {
  it("lists open tickets only by default", async () => {
    const { ids } = await walkForwards(siiOperator, { q: token });
    expect(ids).not.toContain(siiTicketIds[4]);
    expect(ids).toHaveLength(siiTicketIds.length - 1);
  });

  it("filters by state", async () => {
    const closed = await listTicketQueue(siiOperator, parseQueueFilters({ q: token, state: "closed" }), now);
    expect(closed.rows.map((row) => row.id)).toEqual([siiTicketIds[4]]);

    const inProgress = await listTicketQueue(siiOperator, parseQueueFilters({ q: token, state: "inProgress" }), now);
    expect(inProgress.rows.map((row) => row.id)).toEqual([siiTicketIds[3]]);
  });

  it("filters by category, nature and priority", async () => {
    const technicalId = siiTicketIds.at(-1);
    for (const query of [{ category: siiTechnical }, { nature: "technical" }, { priority: "urgent" }]) {
      const page = await listTicketQueue(siiOperator, parseQueueFilters({ q: token, ...query }), now);
      expect(page.rows.map((row) => row.id), JSON.stringify(query)).toEqual([technicalId]);
    }
  });

  it("filters by channel", async () => {
    const phone = await walkForwards(siiOperator, { q: token, channel: "callCenter" });
    expect(phone.ids).toHaveLength(siiTicketIds.length - 1);

    const pec = await listTicketQueue(siiOperator, parseQueueFilters({ q: token, channel: "pec" }), now);
    expect(pec.rows).toEqual([]);
  });

  it("filters by assignee: mine and unassigned", async () => {
    const mine = await listTicketQueue(siiOperator, parseQueueFilters({ q: token, assignee: "mine" }), now);
    expect(mine.rows.map((row) => row.id)).toEqual([siiTicketIds[0]]);
    expect(mine.rows[0]!.assigneeName).toBe(siiOperator.displayName);

    const unassigned = await walkForwards(siiOperator, { q: token, assignee: "unassigned" });
    expect(unassigned.ids).not.toContain(siiTicketIds[0]);
    expect(unassigned.ids).toHaveLength(siiTicketIds.length - 2);
  });

  it("filters by team", async () => {
    const page = await listTicketQueue(siiOperator, parseQueueFilters({ q: token, team: teamId }), now);
    expect(page.rows.map((row) => row.id)).toEqual([siiTicketIds[2]]);
  });

  it("filters overdue tickets", async () => {
    const page = await listTicketQueue(siiOperator, parseQueueFilters({ q: token, sla: "overdue" }), now);
    expect(page.rows.map((row) => row.id)).toEqual([siiTicketIds[0], siiTicketIds[1]]);
    expect(page.rows[0]!.workingDaysLeft).toBe(-2);
  });

  it("filters tickets due within two working days", async () => {
    const page = await listTicketQueue(siiOperator, parseQueueFilters({ q: token, sla: "dueSoon" }), now);
    expect(page.rows.map((row) => row.id)).toEqual([siiTicketIds[2]]);
    expect(page.rows[0]!.workingDaysLeft).toBe(1);
  });

  it("finds no paused clock among tickets without a standard", async () => {
    const page = await listTicketQueue(siiOperator, parseQueueFilters({ q: token, sla: "paused" }), now);
    expect(page.rows).toEqual([]);
  });

  it("searches by protocol, subject and customer name", async () => {
    const technicalId = siiTicketIds.at(-1)!;
    const { protocol } = await db().ticket.findUniqueOrThrow({ where: { id: technicalId }, select: { protocol: true } });

    for (const q of [protocol.toLowerCase(), `${token} PERDITA`, "bianchi"]) {
      const page = await listTicketQueue(siiOperator, parseQueueFilters({ q }), now);
      expect(page.rows.map((row) => row.id), q).toContain(technicalId);
    }

    const byName = await listTicketQueue(siiOperator, parseQueueFilters({ q: "Bianchi" }), now);
    expect(byName.rows.find((row) => row.id === technicalId)?.customerName).toBe("Giulia Bianchi");
  });

  it("filters by opening date in Milan time", async () => {
    const today = await walkForwards(siiOperator, { q: token, openedFrom: "2000-01-01" });
    expect(today.ids).toHaveLength(siiTicketIds.length - 1);

    const past = await listTicketQueue(siiOperator, parseQueueFilters({ q: token, openedTo: "2000-01-01" }), now);
    expect(past.rows).toEqual([]);
  });
});

describe("keyset pagination", () => {
  const expectedCount = () => siiTicketIds.length - 1;

  it.each<QueueSort>(["due", "priority", "created"])("walks every %s page once, in order", async (sort) => {
    const { ids, pages } = await walkForwards(siiOperator, { q: token, sort });

    expect(pages).toHaveLength(2);
    expect(pages[0]!.rows).toHaveLength(queuePageSize);
    expect(pages[0]!.previousCursor).toBeNull();
    expect(pages.at(-1)!.nextCursor).toBeNull();
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(expectedCount());
  });

  it("orders due dates, undated last", async () => {
    const { pages } = await walkForwards(siiOperator, { q: token, sort: "due" });
    const rows = pages.flatMap((page) => page.rows);

    expect(rows[0]!.id).toBe(siiTicketIds[0]);
    const dated = rows.filter((row) => row.dueAt);
    expect(rows.slice(0, dated.length)).toEqual(dated);

    const tied = rows.filter((row) => row.dueAt?.toISOString() === "2026-12-15T10:00:00.000Z").map((row) => row.id);
    expect(tied).toEqual([...tied].sort());
  });

  it("orders by priority with the urgent ticket first", async () => {
    const page = await listTicketQueue(siiOperator, parseQueueFilters({ q: token, sort: "priority" }), now);
    expect(page.rows[0]!.priority).toBe("urgent");
  });

  it("goes back to the same first page", async () => {
    for (const sort of ["due", "priority", "created"] as const) {
      const { pages } = await walkForwards(siiOperator, { q: token, sort });
      const back = await listTicketQueue(siiOperator, parseQueueFilters({ q: token, sort, before: pages[1]!.previousCursor! }), now);

      expect(back.rows.map((row) => row.id), sort).toEqual(pages[0]!.rows.map((row) => row.id));
      expect(back.previousCursor, sort).toBeNull();
      expect(back.nextCursor, sort).not.toBeNull();
    }
  });

  it("keeps page two after an insert", async () => {
    const first = await listTicketQueue(siiOperator, parseQueueFilters({ q: token, sort: "created" }), now);
    const before = await listTicketQueue(siiOperator, parseQueueFilters({ q: token, sort: "created", after: first.nextCursor! }), now);

    // The newest ticket sorts first, so with OFFSET it would push a row from page one onto page two.
    const extra: string[] = [];
    await openTickets(siiOperator, siiAdministrative, 1, extra);
    const after = await listTicketQueue(siiOperator, parseQueueFilters({ q: token, sort: "created", after: first.nextCursor! }), now);

    expect(after.rows.map((row) => row.id)).toEqual(before.rows.map((row) => row.id));
    await db().ticket.delete({ where: { id: extra[0]! } });
  });

  it("restarts on another sort's cursor", async () => {
    const { pages } = await walkForwards(siiOperator, { q: token, sort: "due" });
    const page = await listTicketQueue(siiOperator, parseQueueFilters({ q: token, sort: "created", after: pages[0]!.nextCursor! }), now);
    const fresh = await listTicketQueue(siiOperator, parseQueueFilters({ q: token, sort: "created" }), now);

    expect(page.rows.map((row) => row.id)).toEqual(fresh.rows.map((row) => row.id));
  });
});

describe("countQueueTabs", () => {
  it("counts Casa tabs in the division", async () => {
    const counts = await countQueueTabs(casaOperator, now);
    const openCasa = await db().ticket.count({ where: { division: "casa", state: { notIn: ["closed", "cancelled"] } } });

    expect(counts.open).toEqual({ count: openCasa, capped: false });
    expect(counts.mine).toEqual({ count: 0, capped: false });
  });

  it("counts SII mine, unassigned, overdue", async () => {
    const counts = await countQueueTabs(siiOperator, now);

    expect(counts.mine.count).toBe(1);
    expect(counts.overdue.count).toBeGreaterThanOrEqual(2);
    expect(counts.unassigned.count).toBe(counts.open.count - 1);
  });

  it("caps a count above the limit", async () => {
    const casaCategory = fixtures.categoryIds[2]!;
    // Protocol year 1999 keeps these rows clear of the numbers the domain allocates.
    await db().ticket.createMany({
      data: Array.from({ length: tabCountCap + 1 }, (_, index) => ({
        protocol: `CASA-1999-${String(index + 1).padStart(6, "0")}`,
        division: "casa" as const,
        protocolYear: 1999,
        protocolSequence: index + 1,
        nature: "administrative" as const,
        categoryId: casaCategory,
        channel: "post" as const,
        subject: `${token} bulk`,
        description: "Riga creata per il conteggio delle schede.",
      })),
    });

    const counts = await countQueueTabs(casaOperator, now);
    expect(counts.open).toEqual({ count: tabCountCap, capped: true });
    expect(counts.mine).toEqual({ count: 0, capped: false });

    await db().ticket.deleteMany({ where: { protocolYear: 1999, categoryId: casaCategory } });
  });
});
