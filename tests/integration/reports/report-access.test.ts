import { randomUUID } from "node:crypto";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db/client";
import { listReports } from "@/lib/reports/list-reports";
import { loadReportDetail } from "@/lib/reports/load-report-detail";
import { submitReport } from "@/lib/reports/submit-report";
import { listTimelineForOperator } from "@/lib/tickets/list-timeline";
import { getTicketContext } from "@/lib/tickets/queue/get-ticket-context";
import { findReadableFile } from "@/lib/uploads/find-readable-file";
import type { ValidUpload } from "@/lib/uploads/validate-uploads";

import {
  createBuilding,
  createCaretaker,
  createTenant,
  createUser,
  ensureCasaCategory,
  newTenantFixtures,
  removeTenantFixtures,
  type TestTenant,
} from "../tenancy/tenant-fixtures";

const fixtures = newTenantFixtures();
const photo: ValidUpload = { fileName: "perdita.png", contentType: "image/png", kind: "png", bytes: Buffer.from("89504e470d0a1a0a", "hex"), sha256: "b".repeat(64) };

let tenantA: TestTenant;
let tenantB: TestTenant;
let neighbour: TestTenant;
let caretaker: SessionUser;
let operator: SessionUser;
let supervisor: SessionUser;
let plumbingId: string;
let gasId: string;

function technicalValues(categoryId: string, place: "dwelling" | "commonArea", extra: Record<string, string> = {}): Record<string, string> {
  return { idempotencyKey: randomUUID(), categoryId, place, placeDetail: "", buildingId: "", description: "Perde il rubinetto della cucina da due giorni.", contactTime: "morning", contactPhone: "", ...extra };
}

async function fileReport(user: SessionUser, kind: "tecnica" | "emergenza" | "occupazione-abusiva", values: Record<string, string>, photos: ValidUpload[] = []) {
  const result = await submitReport(user, kind, values, photos);
  if (!result.ok) throw new Error(`report rejected: ${JSON.stringify(result)}`);
  return result;
}

beforeAll(async () => {
  plumbingId = await ensureCasaCategory("plumbing", "technical");
  gasId = await ensureCasaCategory("gasSmell", "technical", "urgent");
  await ensureCasaCategory("unlawfulOccupation", "administrative", "high");

  const watched = await createBuilding(fixtures);
  tenantA = await createTenant(fixtures, watched);
  neighbour = await createTenant(fixtures, watched);
  tenantB = await createTenant(fixtures);
  caretaker = await createCaretaker(fixtures, [watched.id]);
  operator = await createUser(fixtures, ["casaOperator"]);
  supervisor = await createUser(fixtures, ["supervisor"]);
});

afterAll(async () => {
  await removeTenantFixtures(fixtures);
});

describe("technical report", () => {
  it("opens a Casa ticket on the dwelling with the photo", async () => {
    const result = await fileReport(tenantA, "tecnica", technicalValues(plumbingId, "dwelling"), [photo]);

    const ticket = await db().ticket.findUniqueOrThrow({ where: { id: result.ticketId }, select: { division: true, nature: true, channel: true, dwellingId: true, buildingId: true, protocol: true, attachments: { select: { fileId: true } } } });
    expect(ticket.division).toBe("casa");
    expect(ticket.nature).toBe("technical");
    expect(ticket.channel).toBe("virtualCounter");
    expect(ticket.dwellingId).toBe(tenantA.dwellingId);
    expect(ticket.buildingId).toBe(tenantA.buildingId);
    expect(ticket.protocol).toMatch(/^CASA-\d{4}-\d{6}$/);
    expect(ticket.attachments).toHaveLength(1);
  });

  it("returns the first ticket for a repeated submit", async () => {
    const values = technicalValues(plumbingId, "dwelling");

    const first = await fileReport(tenantA, "tecnica", values);
    const second = await fileReport(tenantA, "tecnica", values);

    expect(second.ticketId).toBe(first.ticketId);
    expect(second.created).toBe(false);
  });

  it("records a common-area report without a dwelling", async () => {
    const result = await fileReport(tenantA, "tecnica", technicalValues(plumbingId, "commonArea"));

    const ticket = await db().ticket.findUniqueOrThrow({ where: { id: result.ticketId }, select: { dwellingId: true, buildingId: true } });
    expect(ticket.dwellingId).toBeNull();
    expect(ticket.buildingId).toBe(tenantA.buildingId);
  });

  it("rejects a category of another form", async () => {
    const result = await submitReport(tenantA, "tecnica", technicalValues(gasId, "dwelling"), []);

    expect(result).toEqual({ ok: false, fieldErrors: { categoryId: "categoryMissing" }, formError: null });
  });
});

describe("emergency report", () => {
  it("opens an urgent ticket", async () => {
    const result = await fileReport(tenantA, "emergenza", technicalValues(gasId, "dwelling", { contactPhone: "333 123 4567" }));

    const ticket = await db().ticket.findUniqueOrThrow({ where: { id: result.ticketId }, select: { priority: true, description: true } });
    expect(ticket.priority).toBe("urgent");
    expect(ticket.description).toContain("3331234567");
  });

  it("requires a phone number", async () => {
    const result = await submitReport(tenantA, "emergenza", technicalValues(gasId, "dwelling"), []);

    expect(result).toEqual({ ok: false, fieldErrors: { contactPhone: "phoneInvalid" }, formError: null });
  });
});

describe("report authorization", () => {
  it("hides another tenant's report and photo", async () => {
    const result = await fileReport(tenantB, "tecnica", technicalValues(plumbingId, "dwelling"), [photo]);
    const attachment = await db().ticketAttachment.findFirstOrThrow({ where: { ticketId: result.ticketId }, select: { fileId: true } });

    expect(await loadReportDetail(tenantA, result.ticketId)).toBeNull();
    expect(await findReadableFile(tenantA, attachment.fileId)).toBeNull();
    expect((await loadReportDetail(tenantB, result.ticketId))?.photos).toHaveLength(1);
    expect((await findReadableFile(tenantB, attachment.fileId))?.fileName).toBe("perdita.png");
  });

  it("lets a caretaker read only common-area reports of their buildings", async () => {
    const ownDwelling = await fileReport(neighbour, "tecnica", technicalValues(plumbingId, "dwelling"));
    const commonArea = await fileReport(neighbour, "tecnica", technicalValues(plumbingId, "commonArea"));
    const elsewhere = await fileReport(tenantB, "tecnica", technicalValues(plumbingId, "commonArea"));
    const byCaretaker = await fileReport(caretaker, "tecnica", technicalValues(plumbingId, "commonArea", { buildingId: tenantA.buildingId }));

    const { rows } = await listReports(caretaker, { page: 1, pageSize: 100 });
    const visible = new Set(rows.map((row) => row.id));

    expect(visible.has(commonArea.ticketId)).toBe(true);
    expect(visible.has(byCaretaker.ticketId)).toBe(true);
    expect(visible.has(ownDwelling.ticketId)).toBe(false);
    expect(visible.has(elsewhere.ticketId)).toBe(false);
    expect(await loadReportDetail(caretaker, ownDwelling.ticketId)).toBeNull();
    expect((await loadReportDetail(caretaker, commonArea.ticketId))?.isOwn).toBe(false);
  });

  it("hides the tenant's phone from the caretaker", async () => {
    const commonArea = await fileReport(neighbour, "tecnica", technicalValues(plumbingId, "commonArea", { contactPhone: "333 765 4321" }));

    expect((await loadReportDetail(caretaker, commonArea.ticketId))?.description).not.toContain("3337654321");
    expect((await loadReportDetail(neighbour, commonArea.ticketId))?.description).toContain("Telefono: 3337654321");
  });

  it("files a caretaker's report on the caretaker channel", async () => {
    const result = await fileReport(caretaker, "tecnica", technicalValues(plumbingId, "commonArea", { buildingId: tenantA.buildingId }));

    const ticket = await db().ticket.findUniqueOrThrow({ where: { id: result.ticketId }, select: { channel: true, buildingId: true, dwellingId: true } });
    expect(ticket).toEqual({ channel: "caretaker", buildingId: tenantA.buildingId, dwellingId: null });
  });

  it("rejects a caretaker's report on a building they do not watch", async () => {
    const result = await submitReport(caretaker, "tecnica", technicalValues(plumbingId, "commonArea", { buildingId: tenantB.buildingId }), []);

    expect(result).toEqual({ ok: false, fieldErrors: { buildingId: "buildingMissing" }, formError: null });
  });
});

describe("unlawful occupation report", () => {
  const occupationValues = () => ({ idempotencyKey: randomUUID(), place: "dwelling", placeDetail: "Scala A, piano 3, interno 305", occupiedSince: "inizio novembre", description: "Alloggio vuoto occupato da persone sconosciute.", buildingId: "" });

  it("stores no requester and hides the reporter from operators", async () => {
    const result = await fileReport(neighbour, "occupazione-abusiva", occupationValues());
    await db().ticketEvent.create({ data: { ticketId: result.ticketId, kind: "customerMessage", visibility: "public", authorId: neighbour.id, body: "Ancora occupato." } });

    const ticket = await db().ticket.findUniqueOrThrow({ where: { id: result.ticketId }, select: { requesterId: true, reporterId: true, dwellingId: true, buildingId: true } });
    expect(ticket.requesterId).toBeNull();
    expect(ticket.reporterId).toBe(neighbour.id);
    expect(ticket.dwellingId).toBeNull();
    expect(ticket.buildingId).toBe(neighbour.buildingId);

    const operatorView = await getTicketContext(operator, result.ticketId);
    expect(operatorView.customer.requester).toBeNull();
    const operatorTimeline = await listTimelineForOperator(operator, result.ticketId);
    expect(operatorTimeline.some((entry) => entry.authorName === neighbour.displayName)).toBe(false);
    expect(operatorTimeline.some((entry) => entry.authorId === neighbour.id)).toBe(false);
  });

  it("shows the reporter to supervisors", async () => {
    const result = await fileReport(neighbour, "occupazione-abusiva", occupationValues());

    const supervisorView = await getTicketContext(supervisor, result.ticketId);
    expect(supervisorView.customer.requester?.name).toBe("Paola Mancini");
    const supervisorTimeline = await listTimelineForOperator(supervisor, result.ticketId);
    expect(supervisorTimeline.some((entry) => entry.authorName === neighbour.displayName)).toBe(true);
  });

  it("keeps the report in the reporter's list", async () => {
    const result = await fileReport(neighbour, "occupazione-abusiva", occupationValues());

    expect((await loadReportDetail(neighbour, result.ticketId))?.isOwn).toBe(true);
  });

  it("hides a tenant's occupation report from the caretaker", async () => {
    const result = await fileReport(neighbour, "occupazione-abusiva", { ...occupationValues(), place: "commonArea" });

    expect(await loadReportDetail(caretaker, result.ticketId)).toBeNull();
  });
});
