import { spawnSync } from "node:child_process";

import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { databasePoolMax, databaseUrl } from "@/lib/db/url";
import { PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/client";
import { isValidCodiceFiscale } from "@/lib/identifiers/codice-fiscale";
import { isMilanPostalCode } from "@/lib/identifiers/milan-postal-code";
import { isValidNumericFiscalCode } from "@/lib/identifiers/numeric-fiscal-code";
import { verifyPassword } from "@/lib/auth/password";
import { deadlineAt } from "@/lib/charter/deadline";
import { indemnityForExecution } from "@/lib/charter/indemnity-level";
import { loadCalendarForStandard } from "@/lib/charter/load-calendar";
import type { TicketState } from "@/lib/generated/prisma/client";
import { demoPassword, seedDatabase, type SeedSummary } from "@/prisma/seed";
import { seedReferenceDate } from "@/prisma/seed/dates";
import { findNonEmptyTables, truncateDomainTables } from "@/prisma/seed/reset";

const allRoles: Role[] = ["holder", "condoAdmin", "tenant", "cafOperator", "caretaker", "siiOperator", "casaOperator", "supervisor", "admin"];

const allTicketStates: TicketState[] = ["new", "inProgress", "waitingForCustomer", "resolved", "closed", "reopened", "cancelled"];

const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl(), max: databasePoolMax() }) });
let summary: SeedSummary;
let seedSeconds = 0;

// Test files share one database and run one at a time, so this file empties it before seeding
// and again afterwards, leaving the next file the empty database it expects.
beforeAll(async () => {
  await truncateDomainTables(prisma);

  const startedAt = performance.now();
  summary = await seedDatabase(prisma);
  seedSeconds = (performance.now() - startedAt) / 1000;
}, 120_000);

afterAll(async () => {
  await truncateDomainTables(prisma);
  await prisma.$disconnect();
});

describe("seedDatabase", () => {
  it("finishes well under a minute", () => {
    expect(seedSeconds).toBeLessThan(45);
  });

  it("writes the counts it reports", async () => {
    expect(await prisma.person.count()).toBe(summary.persons);
    expect(await prisma.supply.count()).toBe(summary.supplies);
    expect(await prisma.meterReading.count()).toBe(summary.readings);
    expect(await prisma.bill.count()).toBe(summary.bills);
    expect(await prisma.billLine.count()).toBe(summary.billLines);
    expect(await prisma.rentCharge.count()).toBe(summary.rentCharges);
  });

  it("loads a few hundred people", () => {
    expect(summary.persons).toBeGreaterThanOrEqual(300);
    expect(summary.persons).toBeLessThan(1000);
  });

  it("gives every person a valid fiscal code", async () => {
    const persons = await prisma.person.findMany({ select: { kind: true, fiscalCode: true } });
    const invalid = persons.filter((person) =>
      person.kind === "natural" ? !isValidCodiceFiscale(person.fiscalCode) : !isValidNumericFiscalCode(person.fiscalCode),
    );

    expect(persons.length).toBe(summary.persons);
    expect(invalid).toEqual([]);
  });

  it("uses Milan postal codes only", async () => {
    const addresses = await prisma.address.findMany({ select: { postalCode: true, city: true } });

    expect(addresses.filter((address) => !isMilanPostalCode(address.postalCode))).toEqual([]);
    expect(new Set(addresses.map((address) => address.city))).toEqual(new Set(["Milano"]));
  });

  it("has an account for each role", async () => {
    const users = await prisma.user.findMany({ select: { roles: true } });
    const covered = new Set(users.flatMap((user) => user.roles));

    for (const role of allRoles) {
      expect(covered.has(role), `no account with role ${role}`).toBe(true);
    }
  });

  it("has a tenant who holds a supply", async () => {
    const user = await prisma.user.findUnique({
      where: { email: "inquilino.titolare@sportello-mm.test" },
      select: { roles: true, person: { select: { tenancies: { select: { id: true } }, heldSupplies: { select: { state: true } } } } },
    });

    expect(user?.roles).toEqual(["tenant", "holder"]);
    expect(user?.person?.tenancies.length).toBe(1);
    expect(user?.person?.heldSupplies.map((supply) => supply.state)).toEqual(["active"]);
  });

  it("accepts the shared demo password", async () => {
    const user = await prisma.user.findUniqueOrThrow({ where: { email: "titolare@sportello-mm.test" }, select: { passwordHash: true } });

    expect(await verifyPassword(user.passwordHash, demoPassword)).toBe(true);
    expect(await verifyPassword(user.passwordHash, "wrong-password")).toBe(false);
  });

  it("keeps bill totals equal to their lines", async () => {
    const mismatches = await prisma.$queryRaw<Array<{ id: string }>>`
      SELECT b.id FROM "Bill" b
      LEFT JOIN "BillLine" l ON l."billId" = b.id
      GROUP BY b.id, b."totalCents"
      HAVING b."totalCents" <> COALESCE(SUM(l."amountCents"), 0)`;

    expect(summary.bills).toBeGreaterThan(1000);
    expect(mismatches).toEqual([]);
  });

  it("keeps rent totals equal to their lines", async () => {
    const mismatches = await prisma.$queryRaw<Array<{ id: string }>>`
      SELECT c.id FROM "RentCharge" c
      LEFT JOIN "RentChargeLine" l ON l."rentChargeId" = c.id
      GROUP BY c.id, c."totalCents", c."rentCents", c."serviceChargesCents"
      HAVING c."totalCents" <> COALESCE(SUM(l."amountCents"), 0) OR c."totalCents" <> c."rentCents" + c."serviceChargesCents"`;

    expect(mismatches).toEqual([]);
  });

  it("has 24 months of readings per active supply", async () => {
    const coverage = await prisma.$queryRaw<Array<{ supplyId: string; monthEnds: bigint; firstRead: Date; lastRead: Date }>>`
      SELECT s.id AS "supplyId",
             COUNT(DISTINCT r."readAt"::date) AS "monthEnds",
             MIN(r."readAt")::date AS "firstRead",
             MAX(r."readAt")::date AS "lastRead"
      FROM "Supply" s
      LEFT JOIN "MeterReading" r ON r."supplyId" = s.id AND r.state = 'accepted'
      WHERE s.state = 'active'
      GROUP BY s.id`;

    expect(coverage.length).toBeGreaterThan(150);
    for (const supply of coverage) {
      // A baseline on 31 October 2024, then one accepted reading at each of the 24 month ends.
      expect(Number(supply.monthEnds), supply.supplyId).toBe(25);
      expect(supply.firstRead.toISOString().slice(0, 10), supply.supplyId).toBe("2024-10-31");
      expect(supply.lastRead.toISOString().slice(0, 10), supply.supplyId).toBe("2026-10-31");
    }
  });

  it("issues bills within the charter limits", async () => {
    const late = await prisma.$queryRaw<Array<{ id: string }>>`
      SELECT id FROM "Bill"
      WHERE "issuedOn" > "periodEnd" + 45 OR "dueOn" < "issuedOn" + 20`;

    expect(late).toEqual([]);
  });

  it("seeds the offices of both divisions", async () => {
    const offices = await prisma.office.groupBy({ by: ["division", "kind"], _count: { _all: true }, orderBy: [{ division: "asc" }, { kind: "asc" }] });

    expect(offices.map((row) => [row.division, row.kind, row._count._all])).toEqual([
      ["sii", "sportelloClienti", 1],
      ["casa", "sede", 5],
      ["casa", "sportelloTerritoriale", 3],
    ]);
    expect(await prisma.officeOpeningHours.count()).toBeGreaterThan(30);
  });

  it("seeds configuration", async () => {
    expect(await prisma.serviceStandard.count({ where: { kind: "specific", indemnityCents: 3000 } })).toBe(24);
    expect(await prisma.ticketCategory.count({ where: { division: "sii" } })).toBeGreaterThan(5);
    expect(await prisma.ticketCategory.count({ where: { division: "casa", code: "unlawfulOccupation" } })).toBe(1);
    expect(await prisma.bonusConfiguration.count()).toBe(3);
    expect(await prisma.calendarHoliday.count({ where: { calendar: { code: "milan-offices" }, month: 12, day: 7 } })).toBe(1);
    expect(await prisma.calendarHoliday.count({ where: { calendar: { code: "sii-standards" }, month: 12, day: 7 } })).toBe(0);
  });

  it("numbers tickets below their protocol counters", async () => {
    const tickets = await prisma.ticket.groupBy({ by: ["division", "protocolYear"], _max: { protocolSequence: true } });
    const counters = await prisma.protocolCounter.findMany({ where: { scope: { startsWith: "ticket:" } } });

    expect(tickets.length).toBeGreaterThan(0);
    for (const group of tickets) {
      const counter = counters.find((row) => row.scope === `ticket:${group.division}` && row.year === group.protocolYear);
      expect(counter?.lastValue, `${group.division} ${group.protocolYear}`).toBe(group._max.protocolSequence);
    }
  });

  it("ends each ticket timeline in its state", async () => {
    const tickets = await prisma.ticket.findMany({
      select: { protocol: true, state: true, events: { orderBy: { createdAt: "asc" }, select: { kind: true, toState: true } } },
    });

    for (const ticket of tickets) {
      const states = ticket.events.filter((event) => event.toState !== null).map((event) => event.toState);
      expect(ticket.events[0]?.kind, ticket.protocol).toBe("created");
      expect(states.at(-1), ticket.protocol).toBe(ticket.state);
    }
  });

  it("gives demo customers their tickets", async () => {
    const customerRoles: Role[] = ["holder", "tenant", "condoAdmin"];
    const customers = await prisma.ticket.groupBy({ by: ["reporterId"], where: { reporter: { email: { endsWith: "@sportello-mm.test" }, roles: { hasSome: customerRoles } } }, _count: { _all: true } });
    const caretakers = await prisma.ticket.groupBy({ by: ["reporterId"], where: { channel: "caretaker", reporter: { roles: { has: "caretaker" } } }, _count: { _all: true } });

    expect(customers.length).toBe(3);
    expect(caretakers.length).toBe(4);
  });

  it("seeds a few hundred tickets in every state", async () => {
    const byState = await prisma.ticket.groupBy({ by: ["state"], _count: { _all: true } });
    const counts = Object.fromEntries(byState.map((row) => [row.state, row._count._all]));

    expect(summary.tickets).toBeGreaterThanOrEqual(300);
    expect(await prisma.ticket.count()).toBe(summary.tickets);
    for (const state of allTicketStates) {
      expect(counts[state] ?? 0, state).toBeGreaterThanOrEqual(5);
    }
    expect(await prisma.ticket.count({ where: { state: "cancelled", mergedIntoId: { not: null } } })).toBeGreaterThan(0);
    expect(await prisma.ticket.count({ where: { state: "cancelled", mergedIntoId: null } })).toBeGreaterThan(0);
    expect(await prisma.serviceClock.count({ where: { state: "paused", ticket: { state: "waitingForCustomer" } } })).toBeGreaterThan(0);
    expect(await prisma.ticket.count({ where: { state: { not: "new" }, assigneeId: null } })).toBeGreaterThan(0);
  });

  it("numbers tickets without gaps", async () => {
    const tickets = await prisma.ticket.findMany({ select: { protocol: true, division: true, protocolYear: true, protocolSequence: true } });
    const counters = await prisma.protocolCounter.findMany({ where: { scope: { startsWith: "ticket:" } } });

    expect(new Set(tickets.map((ticket) => ticket.protocol)).size).toBe(tickets.length);
    for (const counter of counters) {
      const sequences = tickets
        .filter((ticket) => `ticket:${ticket.division}` === counter.scope && ticket.protocolYear === counter.year)
        .map((ticket) => ticket.protocolSequence)
        .sort((left, right) => left - right);
      expect(sequences, `${counter.scope} ${counter.year}`).toEqual(Array.from({ length: counter.lastValue }, (_, index) => index + 1));
    }
    expect(counters.reduce((sum, counter) => sum + counter.lastValue, 0)).toBe(tickets.length);
  });

  it("orders timeline sequences by time", async () => {
    const events = await prisma.ticketEvent.findMany({ orderBy: [{ ticketId: "asc" }, { sequence: "asc" }], select: { ticketId: true, createdAt: true } });
    const outOfOrder = events.filter((event, index) => {
      const previous = events[index - 1];
      return previous?.ticketId === event.ticketId && previous.createdAt > event.createdAt;
    });

    expect(events.length).toBeGreaterThan(summary.tickets);
    expect(outOfOrder).toEqual([]);
  });

  it("computes indemnities with lib/charter", async () => {
    const clocks = await prisma.serviceClock.findMany({
      where: { state: "stopped", serviceStandard: { kind: "specific" } },
      select: {
        startedAt: true,
        stoppedAt: true,
        dueAt: true,
        pausedDays: true,
        pausedSeconds: true,
        metStandard: true,
        breachedAt: true,
        serviceStandard: { select: { calendarId: true, division: true, unit: true, limitValue: true, indemnityCents: true, indemnityScalesWithDelay: true } },
        indemnities: { select: { level: true, amountCents: true } },
      },
    });
    const levels: string[] = [];

    for (const clock of clocks) {
      const calendar = await loadCalendarForStandard(prisma, clock.serviceStandard, clock.startedAt);
      const expected = indemnityForExecution(calendar, clock.serviceStandard, { ...clock, stoppedAt: clock.stoppedAt! });
      expect(clock.dueAt).toEqual(deadlineAt(calendar, { ...clock, ...clock.serviceStandard }));
      expect(clock.indemnities).toEqual(expected ? [expected] : []);
      expect(clock.metStandard).toBe(expected === null);
      expect(clock.breachedAt !== null).toBe(expected !== null);
      if (expected) levels.push(expected.level);
    }
    expect(new Set(levels)).toEqual(new Set(["base", "doubled", "tripled"]));
    expect(await prisma.indemnity.count()).toBe(summary.indemnities);
  });

  it("exempts one indemnity with a reason", async () => {
    const exempted = await prisma.indemnity.findMany({ where: { state: "exempt" }, select: { exemptionReason: true, exemptionNote: true, decidedById: true } });

    expect(exempted).toHaveLength(1);
    expect(exempted[0]?.exemptionReason).toBe("thirdPartyCause");
    expect(exempted[0]?.exemptionNote?.length).toBeGreaterThan(20);
    expect(exempted[0]?.decidedById).not.toBeNull();
  });

  it("marks overdue running clocks breached", async () => {
    const overdue = await prisma.serviceClock.findMany({
      where: { state: "running", dueAt: { lt: seedReferenceDate }, serviceStandard: { kind: "specific" } },
      select: { dueAt: true, breachedAt: true, ticket: { select: { dueAt: true, events: { where: { kind: "clockBreached" }, select: { createdAt: true } } } } },
    });

    expect(overdue.length).toBeGreaterThan(5);
    for (const clock of overdue) {
      expect(clock.breachedAt!.getTime()).toBeGreaterThan(clock.dueAt.getTime());
      expect(clock.ticket?.dueAt).toEqual(clock.dueAt);
      expect(clock.ticket?.events.map((event) => event.createdAt)).toEqual([clock.breachedAt]);
    }
  });

  it("db:seed refuses a non-empty database", async () => {
    const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/db/seed.ts"], {
      env: { ...process.env, DATABASE_URL: databaseUrl() },
      encoding: "utf8",
      timeout: 60_000,
    });

    expect(await findNonEmptyTables(prisma)).toContain("Person");
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/Not seeded: the database already has data/);
    expect(await prisma.person.count()).toBe(summary.persons);
  }, 60_000);
});

describe("seeded practices", () => {
  it("covers every online kind and state", async () => {
    const practices = await prisma.practice.findMany({ select: { kind: true, state: true, protocol: true } });

    expect(practices.length).toBeGreaterThanOrEqual(40);
    expect(new Set(practices.map((practice) => practice.kind))).toEqual(new Set(["connection", "subentro", "voltura", "termination", "contactChange", "sepaMandate", "eBilling"]));
    expect(new Set(practices.map((practice) => practice.state))).toEqual(new Set(["submitted", "inProgress", "waitingForCustomer", "approved", "rejected", "completed"]));
    expect(practices.filter((practice) => !/^PR-2026-\d{6}$/.test(practice.protocol ?? ""))).toEqual([]);
  });

  it("continues the practice counter", async () => {
    const counter = await prisma.protocolCounter.findUniqueOrThrow({ where: { scope_year: { scope: "practice", year: 2026 } } });
    const highest = await prisma.practice.findFirstOrThrow({ orderBy: { protocol: "desc" }, select: { protocol: true } });

    expect(highest.protocol).toBe(`PR-2026-${String(counter.lastValue).padStart(6, "0")}`);
  });

  it("ends each timeline in the practice state", async () => {
    const practices = await prisma.practice.findMany({ select: { id: true, state: true } });
    const events = await prisma.auditLog.findMany({ where: { entity: "Practice" }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { entityId: true, after: true } });
    const lastState = new Map(events.map((event) => [event.entityId, (event.after as { state: string }).state]));

    expect(practices.filter((practice) => lastState.get(practice.id) !== practice.state)).toEqual([]);
  });

  it("gives the demo accounts their practices", async () => {
    const holderPractices = await prisma.practice.findMany({ where: { submittedBy: { email: "titolare@sportello-mm.test" } }, select: { id: true, state: true } });
    const adminPractices = await prisma.practice.count({ where: { submittedBy: { email: "amministratore@sportello-mm.test" } } });
    const waiting = holderPractices.find((practice) => practice.state === "waitingForCustomer");
    const request = await prisma.auditLog.findFirst({ where: { entity: "Practice", entityId: waiting?.id, after: { path: ["state"], equals: "waitingForCustomer" } }, select: { after: true } });

    expect(holderPractices).toHaveLength(2);
    expect(adminPractices).toBe(1);
    expect((request?.after as { message?: string } | undefined)?.message).toMatch(/documento d'identità/);
  });

  it("stores the seeded documents as PDFs", async () => {
    const documents = await prisma.practiceDocument.findMany({ select: { file: { select: { content: true, contentType: true, sizeBytes: true } } } });

    expect(documents.length).toBeGreaterThanOrEqual(2);
    for (const { file } of documents) {
      expect(file.contentType).toBe("application/pdf");
      expect(Buffer.from(file.content!).subarray(0, 5).toString("latin1")).toBe("%PDF-");
      expect(file.content!.length).toBe(file.sizeBytes);
    }
  });
});
