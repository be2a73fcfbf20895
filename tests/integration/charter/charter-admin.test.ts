import { randomUUID } from "node:crypto";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { addCalendarClosure, removeCalendarClosure } from "@/lib/charter/admin/calendar-closures";
import { createStandardVersion } from "@/lib/charter/admin/create-standard-version";
import { listServiceStandards } from "@/lib/charter/admin/list-service-standards";
import { standardVersionFormSchema } from "@/lib/charter/admin/standard-version-schema";
import { addDays } from "@/lib/charter/plain-date";
import { romeDateOf } from "@/lib/charter/rome-time";
import { db } from "@/lib/db/client";
import { categoryFormSchema } from "@/lib/tickets/categories/category-form-schema";
import { updateTicketCategory } from "@/lib/tickets/categories/ticket-category-admin";
import { createTicket } from "@/lib/tickets/create-ticket";

import { appErrorOf } from "../tickets/app-error-of";
import { createCategory, createUser, newFixtures, removeFixtures } from "../tickets/ticket-fixtures";

const fixtures = newFixtures();
const code = `test-version-${randomUUID()}`;
let calendarId: string;
let baseId: string;
let admin: Awaited<ReturnType<typeof createUser>>;
let operator: Awaited<ReturnType<typeof createUser>>;
let supervisor: Awaited<ReturnType<typeof createUser>>;
let categoryId: string;

const now = new Date();
const today = romeDateOf(now);

beforeAll(async () => {
  const calendar = await db().businessCalendar.create({ data: { code: `test-${randomUUID()}`, name: "Calendario di prova" }, select: { id: true } });
  calendarId = calendar.id;

  const base = await db().serviceStandard.create({
    data: {
      code,
      division: "sii",
      kind: "specific",
      name: "Risposta scritta di prova",
      limitValue: 30,
      unit: "workingDays",
      startEvent: "requestReceived",
      stopEvent: "replySent",
      indemnityCents: 3000,
      source: "Prova",
      effectiveFrom: new Date("2020-01-01"),
      calendarId,
    },
    select: { id: true },
  });
  baseId = base.id;

  admin = await createUser(fixtures, ["admin"]);
  operator = await createUser(fixtures, ["siiOperator"]);
  supervisor = await createUser(fixtures, ["supervisor"]);
  categoryId = await createCategory(fixtures, "sii", { serviceStandardCode: code });
});

afterAll(async () => {
  await removeFixtures(fixtures);
  await db().serviceStandard.deleteMany({ where: { code } });
  await db().businessCalendar.delete({ where: { id: calendarId } });
});

function versionInput(overrides: Record<string, string> = {}) {
  return standardVersionFormSchema.parse({
    baseId,
    name: "Risposta scritta di prova",
    limitValue: "10",
    unit: "workingDays",
    indemnityEuro: "50,00",
    source: "Carta dei Servizi di prova, revisione",
    effectiveFrom: addDays(today, 1),
    ...overrides,
  });
}

async function openTicket(at: Date) {
  const { ticket } = await createTicket(
    operator,
    { openedBy: "operator", channel: "pec", categoryId, subject: "Reclamo di prova", description: "Reclamo scritto sulla bolletta di prova.", idempotencyKey: randomUUID() },
    at,
  );
  return ticket;
}

describe("service standard versions", () => {
  it("rejects non-admins", async () => {
    for (const user of [operator, supervisor]) {
      const error = await appErrorOf(createStandardVersion(user, versionInput()));
      expect(error.code).toBe("admin.permissionDenied");
      expect(error.status).toBe(403);
    }
    await expect(appErrorOf(listServiceStandards(operator, { page: 1, pageSize: 10 }))).resolves.toMatchObject({ code: "admin.permissionDenied" });
  });

  it("rejects a start date of today", async () => {
    const error = await appErrorOf(createStandardVersion(admin, versionInput({ effectiveFrom: today })));
    expect(error.code).toBe("admin.effectiveFromNotFuture");
  });

  it("keeps old tickets on the rule they started under", async () => {
    const before = await openTicket(now);
    const clockBefore = await db().serviceClock.findFirstOrThrow({ where: { ticketId: before.id }, select: { serviceStandardId: true, dueAt: true } });
    expect(clockBefore.serviceStandardId).toBe(baseId);

    const { id: versionId } = await createStandardVersion(admin, versionInput(), now);

    const base = await db().serviceStandard.findUniqueOrThrow({ where: { id: baseId }, select: { effectiveTo: true } });
    expect(base.effectiveTo?.toISOString().slice(0, 10)).toBe(today);

    const clockAfter = await db().serviceClock.findFirstOrThrow({ where: { ticketId: before.id }, select: { serviceStandardId: true, dueAt: true } });
    expect(clockAfter).toEqual(clockBefore);

    const later = await openTicket(new Date(`${addDays(today, 2)}T10:00:00Z`));
    const laterClock = await db().serviceClock.findFirstOrThrow({ where: { ticketId: later.id }, select: { serviceStandardId: true, serviceStandard: { select: { limitValue: true, indemnityCents: true } } } });
    expect(laterClock.serviceStandardId).toBe(versionId);
    expect(laterClock.serviceStandard).toEqual({ limitValue: 10, indemnityCents: 5000 });

    const audit = await db().auditLog.findFirst({ where: { entity: "ServiceStandard", entityId: versionId, action: "serviceStandard.createVersion" }, select: { actorId: true } });
    expect(audit?.actorId).toBe(admin.id);
  });

  it("creates one version on a double submit", async () => {
    const input = versionInput({ effectiveFrom: addDays(today, 30), limitValue: "12" });

    const first = await createStandardVersion(admin, input, now);
    const second = await createStandardVersion(admin, input, now);

    expect(second.id).toBe(first.id);
    expect(await db().serviceStandard.count({ where: { code, effectiveFrom: new Date(`${addDays(today, 30)}T00:00:00Z`) } })).toBe(1);
  });

  it("rejects a date before the latest version", async () => {
    const error = await appErrorOf(createStandardVersion(admin, versionInput({ effectiveFrom: addDays(today, 20) }), now));
    expect(error.code).toBe("admin.effectiveFromNotAfterLatest");
  });

  it("parses the indemnity in euro", () => {
    expect(versionInput({ indemnityEuro: "30" }).indemnityEuro).toBe(3000);
    expect(versionInput({ indemnityEuro: "" }).indemnityEuro).toBeNull();
    expect(standardVersionFormSchema.safeParse({ ...versionInput(), limitValue: "10", indemnityEuro: "trenta" }).success).toBe(false);
  });
});

describe("calendar closures", () => {
  it("adds a future closure once and audits it", async () => {
    const input = { calendarId, date: addDays(today, 10), reason: "Sciopero generale" };

    const first = await addCalendarClosure(admin, input, now);
    const second = await addCalendarClosure(admin, input, now);

    expect(second.id).toBe(first.id);
    expect(await db().calendarClosure.count({ where: { calendarId } })).toBe(1);
    expect(await db().auditLog.count({ where: { entity: "CalendarClosure", entityId: first.id, action: "calendarClosure.add" } })).toBe(1);
  });

  it("rejects today and past dates", async () => {
    for (const date of [today, addDays(today, -3)]) {
      const error = await appErrorOf(addCalendarClosure(admin, { calendarId, date, reason: "Chiusura passata" }, now));
      expect(error.code).toBe("admin.closureNotFuture");
    }
  });

  it("removes a future closure and audits it", async () => {
    const { id } = await addCalendarClosure(admin, { calendarId, date: addDays(today, 40), reason: "Trasloco della sede" }, now);

    await removeCalendarClosure(admin, id, now);

    expect(await db().calendarClosure.findUnique({ where: { id } })).toBeNull();
    expect(await db().auditLog.count({ where: { entity: "CalendarClosure", entityId: id, action: "calendarClosure.remove" } })).toBe(1);
  });

  it("keeps a past closure", async () => {
    const past = await db().calendarClosure.create({ data: { calendarId, date: new Date(`${addDays(today, -10)}T00:00:00Z`), reason: "Chiusura passata" }, select: { id: true } });

    const error = await appErrorOf(removeCalendarClosure(admin, past.id, now));
    expect(error.code).toBe("admin.closureNotFuture");
  });

  it("rejects non-admins", async () => {
    const error = await appErrorOf(addCalendarClosure(supervisor, { calendarId, date: addDays(today, 50), reason: "Prova" }, now));
    expect(error.code).toBe("admin.permissionDenied");
  });
});

describe("ticket categories", () => {
  function categoryInput(overrides: Record<string, string> = {}) {
    return categoryFormSchema.parse({
      categoryId,
      labelIt: "Reclamo scritto",
      labelEn: "Written complaint",
      labelAr: "شكوى مكتوبة",
      nature: "administrative",
      serviceStandardCode: code,
      active: "on",
      ...overrides,
    });
  }

  it("updates the category and audits the change", async () => {
    await updateTicketCategory(admin, categoryInput({ labelIt: "Reclamo scritto rinominato", active: "" }));

    const stored = await db().ticketCategory.findUniqueOrThrow({ where: { id: categoryId }, select: { labelIt: true, active: true } });
    expect(stored).toEqual({ labelIt: "Reclamo scritto rinominato", active: false });

    const audit = await db().auditLog.findFirstOrThrow({ where: { entity: "TicketCategory", entityId: categoryId }, orderBy: { createdAt: "desc" }, select: { before: true, after: true } });
    expect(audit.before).toMatchObject({ active: true });
    expect(audit.after).toMatchObject({ active: false, labelIt: "Reclamo scritto rinominato" });

    await updateTicketCategory(admin, categoryInput());
  });

  it("rejects an unknown standard", async () => {
    const error = await appErrorOf(updateTicketCategory(admin, categoryInput({ serviceStandardCode: "nonEsiste" })));
    expect(error.code).toBe("admin.standardNotFound");
  });

  it("rejects non-admins", async () => {
    const error = await appErrorOf(updateTicketCategory(operator, categoryInput()));
    expect(error.code).toBe("admin.permissionDenied");
  });
});
