import { randomUUID } from "node:crypto";
import { mkdtemp, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { addInternalNote } from "@/lib/tickets/add-internal-note";
import { changeTicketState } from "@/lib/tickets/change-ticket-state";
import { createTicket } from "@/lib/tickets/create-ticket";
import { exemptTicketIndemnity } from "@/lib/tickets/exempt-ticket-indemnity";
import { listTimelineForCustomer } from "@/lib/tickets/list-timeline";
import { mergeTickets } from "@/lib/tickets/merge-tickets";
import { pauseTicketClock, resumeTicketClock } from "@/lib/tickets/pause-ticket-clock";
import { bulkAssignTickets } from "@/lib/tickets/queue/bulk-ticket-actions";
import { replyToTicket } from "@/lib/tickets/reply-to-ticket";
import { writeUploadFiles } from "@/lib/uploads/store-uploads";
import type { ValidUpload } from "@/lib/uploads/validate-uploads";

import { appErrorOf } from "./app-error-of";
import { createCategory, createUser, newFixtures, removeFixtures } from "./ticket-fixtures";

const fixtures = newFixtures();
const standardCodes = { reply: `test-reply-${randomUUID()}`, works: `test-works-${randomUUID()}` };
let calendarId: string;
let uploadDir: string;
let operator: Awaited<ReturnType<typeof createUser>>;
let supervisor: Awaited<ReturnType<typeof createUser>>;
let customer: Awaited<ReturnType<typeof createUser>>;
let replyCategoryId: string;
let worksCategoryId: string;

// Monday 9 March 2026, 10:00 in Milan; the test calendar has no holidays.
const openedAt = new Date("2026-03-09T09:00:00Z");

function daysAfterOpening(days: number): Date {
  return new Date(openedAt.getTime() + days * 86_400_000);
}

beforeAll(async () => {
  uploadDir = await mkdtemp(path.join(os.tmpdir(), "ticket-controls-"));
  process.env.UPLOAD_DIR = uploadDir;

  const calendar = await db().businessCalendar.create({ data: { code: `test-${randomUUID()}`, name: "Calendario di prova" }, select: { id: true } });
  calendarId = calendar.id;

  const common = { division: "sii" as const, kind: "specific" as const, limitValue: 5, unit: "workingDays" as const, indemnityCents: 3000, source: "Prova", effectiveFrom: new Date("2020-01-01"), calendarId };
  await db().serviceStandard.create({ data: { ...common, code: standardCodes.reply, name: "Risposta di prova", startEvent: "requestReceived", stopEvent: "replySent" } });
  await db().serviceStandard.create({ data: { ...common, code: standardCodes.works, name: "Lavori di prova", startEvent: "estimateAccepted", stopEvent: "worksCompleted" } });

  operator = await createUser(fixtures, ["siiOperator"]);
  supervisor = await createUser(fixtures, ["supervisor"]);
  customer = await createUser(fixtures, ["holder"], true);
  replyCategoryId = await createCategory(fixtures, "sii", { serviceStandardCode: standardCodes.reply });
  worksCategoryId = await createCategory(fixtures, "sii", { serviceStandardCode: standardCodes.works });
});

afterAll(async () => {
  await removeFixtures(fixtures);
  await db().indemnity.deleteMany({ where: { serviceStandard: { code: { in: Object.values(standardCodes) } } } });
  await db().serviceStandard.deleteMany({ where: { code: { in: Object.values(standardCodes) } } });
  await db().businessCalendar.delete({ where: { id: calendarId } });
  await rm(uploadDir, { recursive: true, force: true });
});

async function open(categoryId: string, at: Date = openedAt) {
  const { ticket } = await createTicket(
    operator,
    {
      openedBy: "operator",
      channel: "pec",
      categoryId,
      requesterId: customer.personId,
      subject: "Reclamo sulla bolletta",
      description: "Il cliente contesta i consumi dell'ultima bolletta.",
      idempotencyKey: randomUUID(),
    },
    at,
  );
  return ticket;
}

async function versionOf(ticketId: string): Promise<number> {
  return (await db().ticket.findUniqueOrThrow({ where: { id: ticketId }, select: { version: true } })).version;
}

// The smallest PNG: the signature and an IHDR chunk are enough for the content check.
const pngBytes = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000a49444154789c6300010000050001", "hex");

function pngUpload(fileName: string): ValidUpload {
  return { fileName, contentType: "image/png", kind: "png", bytes: pngBytes, sha256: randomUUID().replaceAll("-", "").padEnd(64, "0") };
}

describe("merge into a survivor", () => {
  it("notifies the duplicate's customer", async () => {
    const survivor = await open(replyCategoryId);
    const duplicate = await open(replyCategoryId);

    await mergeTickets(operator, { ticketId: duplicate.id, version: duplicate.version, survivorId: survivor.id });

    const notification = await db().notification.findFirst({ where: { ticketId: duplicate.id, kind: "ticketMerged" }, select: { recipientId: true } });
    expect(notification?.recipientId).toBe(customer.id);

    const email = await db().outboundEmail.findFirstOrThrow({ where: { ticketId: duplicate.id }, orderBy: { createdAt: "desc" }, select: { subject: true, textBody: true } });
    expect(email.subject).toContain(duplicate.protocol);
    expect(email.textBody).toContain(survivor.protocol);
  });

  it("shows the customer the survivor's protocol", async () => {
    const survivor = await open(replyCategoryId);
    const duplicate = await open(replyCategoryId);
    await mergeTickets(operator, { ticketId: duplicate.id, version: duplicate.version, survivorId: survivor.id });

    const timeline = await listTimelineForCustomer(customer, duplicate.id);
    const merged = timeline.find((entry) => entry.kind === "merged");
    expect(merged?.data?.survivorProtocol).toBe(survivor.protocol);
  });
});

describe("clock pause and resume", () => {
  it("rejects a reason outside the list", async () => {
    const ticket = await open(worksCategoryId);

    const error = await appErrorOf(pauseTicketClock(operator, { ticketId: ticket.id, version: ticket.version, reason: "lunchBreak", evidence: "Pausa" }, daysAfterOpening(1)));
    expect(error.code).toBe("ticket.invalidInput");
  });

  it("rejects a pause without evidence", async () => {
    const ticket = await open(worksCategoryId);

    const error = await appErrorOf(pauseTicketClock(operator, { ticketId: ticket.id, version: ticket.version, reason: "waitingForThirdPartyPermit", evidence: "  " }, daysAfterOpening(1)));
    expect(error.code).toBe("ticket.invalidInput");
  });

  it("records the reason and moves the deadline", async () => {
    const ticket = await open(worksCategoryId);
    const dueBefore = ticket.dueAt;

    const paused = await pauseTicketClock(
      operator,
      { ticketId: ticket.id, version: ticket.version, reason: "waitingForThirdPartyPermit", evidence: "Richiesta di permesso di scavo n. 42 al Comune" },
      daysAfterOpening(1),
    );
    expect(paused.clock.state).toBe("paused");

    const event = await db().ticketEvent.findFirstOrThrow({ where: { ticketId: ticket.id, kind: "clockPaused" }, select: { data: true, authorId: true } });
    expect(event.data).toMatchObject({ reason: "waitingForThirdPartyPermit", evidence: "Richiesta di permesso di scavo n. 42 al Comune" });
    expect(event.authorId).toBe(operator.id);

    // Monday 9 to Monday 16 March: five working days paused.
    const resumed = await resumeTicketClock(operator, { ticketId: ticket.id, version: paused.version }, daysAfterOpening(8));
    expect(resumed.clock.state).toBe("running");
    expect(resumed.clock.dueAt!.getTime()).toBeGreaterThan(dueBefore!.getTime());
  });

  it("keeps a permit pause through a state change", async () => {
    const ticket = await open(worksCategoryId);
    const paused = await pauseTicketClock(
      operator,
      { ticketId: ticket.id, version: ticket.version, reason: "waitingForThirdPartyPermit", evidence: "Permesso ATS richiesto" },
      daysAfterOpening(1),
    );

    await changeTicketState(operator, { ticketId: ticket.id, version: paused.version, toState: "inProgress" }, daysAfterOpening(2));

    const clock = await db().serviceClock.findFirstOrThrow({ where: { ticketId: ticket.id }, select: { state: true } });
    expect(clock.state).toBe("paused");
  });

  it("rejects a stale version", async () => {
    const ticket = await open(worksCategoryId);
    await pauseTicketClock(operator, { ticketId: ticket.id, version: ticket.version, reason: "waitingForCustomerDocuments", evidence: "Chiesta la planimetria" }, daysAfterOpening(1));

    const error = await appErrorOf(resumeTicketClock(operator, { ticketId: ticket.id, version: ticket.version }, daysAfterOpening(2)));
    expect(error.code).toBe("ticket.conflict");
  });

  it("rejects a ticket without a clock", async () => {
    const plainCategoryId = await createCategory(fixtures, "sii");
    const ticket = await open(plainCategoryId);

    const error = await appErrorOf(pauseTicketClock(operator, { ticketId: ticket.id, version: ticket.version, reason: "waitingForCustomerAnswer", evidence: "Chiamato il cliente" }));
    expect(error.code).toBe("ticket.noActiveClock");
  });
});

describe("indemnity exemption", () => {
  async function lateTicket() {
    const ticket = await open(replyCategoryId);
    // Five working days end on Monday 16 March; the reply comes on Friday 20 March.
    await replyToTicket(operator, { ticketId: ticket.id, version: ticket.version, body: "Risposta motivata." }, daysAfterOpening(11));
    return ticket;
  }

  it("rejects an operator", async () => {
    const ticket = await lateTicket();

    const error = await appErrorOf(exemptTicketIndemnity(operator, { ticketId: ticket.id, reason: "forceMajeure", note: "Alluvione" }));
    expect(error.code).toBe("ticket.permissionDenied");
    expect(await db().indemnity.count({ where: { serviceClock: { ticketId: ticket.id } } })).toBe(0);
  });

  it("exempts and audits for a supervisor", async () => {
    const ticket = await lateTicket();

    const { indemnityId } = await exemptTicketIndemnity(supervisor, { ticketId: ticket.id, reason: "forceMajeure", note: "Allerta meteo rossa della Protezione civile" });

    const indemnity = await db().indemnity.findUniqueOrThrow({ where: { id: indemnityId }, select: { state: true, exemptionReason: true, decidedById: true } });
    expect(indemnity).toEqual({ state: "exempt", exemptionReason: "forceMajeure", decidedById: supervisor.id });

    const audit = await db().auditLog.findFirst({ where: { entity: "Indemnity", entityId: indemnityId, action: "indemnity.exempt" }, select: { actorId: true } });
    expect(audit?.actorId).toBe(supervisor.id);
  });

  it("requires a note", async () => {
    const ticket = await lateTicket();

    const error = await appErrorOf(exemptTicketIndemnity(supervisor, { ticketId: ticket.id, reason: "customerCause", note: "" }));
    expect(error.code).toBe("ticket.invalidInput");
  });

  it("finds nothing to exempt on time", async () => {
    const ticket = await open(replyCategoryId);
    await replyToTicket(operator, { ticketId: ticket.id, version: ticket.version, body: "Risposta motivata." }, daysAfterOpening(1));

    const error = await appErrorOf(exemptTicketIndemnity(supervisor, { ticketId: ticket.id, reason: "customerCause", note: "Nessun ritardo" }));
    expect(error.code).toBe("charter.indemnityNotOwed");
  });
});

describe("reopening", () => {
  it("starts a new clock for a request standard", async () => {
    const ticket = await open(replyCategoryId);
    const started = await changeTicketState(operator, { ticketId: ticket.id, version: ticket.version, toState: "inProgress" }, daysAfterOpening(1));
    const replied = await replyToTicket(operator, { ticketId: ticket.id, version: started.version, body: "Risposta." }, daysAfterOpening(1));
    const resolved = await changeTicketState(operator, { ticketId: ticket.id, version: replied.version, toState: "resolved" }, daysAfterOpening(2));

    await changeTicketState(operator, { ticketId: ticket.id, version: resolved.version, toState: "reopened", reason: "Il cliente contesta la risposta" }, daysAfterOpening(14));

    const clocks = await db().serviceClock.findMany({ where: { ticketId: ticket.id }, orderBy: { startedAt: "asc" }, select: { state: true, startedAt: true } });
    expect(clocks.map((clock) => clock.state)).toEqual(["stopped", "running"]);
    expect(clocks[1]!.startedAt).toEqual(daysAfterOpening(14));

    const stored = await db().ticket.findUniqueOrThrow({ where: { id: ticket.id }, select: { dueAt: true } });
    expect(stored.dueAt!.getTime()).toBeGreaterThan(daysAfterOpening(14).getTime());
  });

  it("starts nothing for an execution standard", async () => {
    const ticket = await open(worksCategoryId);
    const started = await changeTicketState(operator, { ticketId: ticket.id, version: ticket.version, toState: "inProgress" }, daysAfterOpening(1));
    const resolved = await changeTicketState(operator, { ticketId: ticket.id, version: started.version, toState: "resolved" }, daysAfterOpening(2));

    await changeTicketState(operator, { ticketId: ticket.id, version: resolved.version, toState: "reopened", reason: "Perdita ancora presente" }, daysAfterOpening(3));

    const clocks = await db().serviceClock.findMany({ where: { ticketId: ticket.id }, select: { state: true } });
    expect(clocks.map((clock) => clock.state)).toEqual(["stopped"]);
  });
});

describe("bulk assignment to a team", () => {
  it("keeps an assignee who is a team member", async () => {
    const member = await createUser(fixtures, ["siiOperator"]);
    const outsider = await createUser(fixtures, ["siiOperator"]);
    const team = await db().team.create({ data: { division: "sii", code: `test-${randomUUID()}`, name: "Squadra di prova", members: { create: [{ userId: member.id }] } }, select: { id: true } });

    const kept = await open(worksCategoryId);
    const cleared = await open(worksCategoryId);
    await db().ticket.update({ where: { id: kept.id }, data: { assigneeId: member.id } });
    await db().ticket.update({ where: { id: cleared.id }, data: { assigneeId: outsider.id } });

    const outcome = await bulkAssignTickets(operator, {
      tickets: [
        { id: kept.id, version: kept.version },
        { id: cleared.id, version: cleared.version },
      ],
      teamId: team.id,
    });
    expect(outcome.failed).toEqual([]);

    const rows = await db().ticket.findMany({ where: { id: { in: [kept.id, cleared.id] } }, select: { id: true, assigneeId: true, teamId: true } });
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(byId.get(kept.id)).toMatchObject({ assigneeId: member.id, teamId: team.id });
    expect(byId.get(cleared.id)).toMatchObject({ assigneeId: null, teamId: team.id });

    await db().ticket.updateMany({ where: { teamId: team.id }, data: { teamId: null } });
    await db().team.delete({ where: { id: team.id } });
  });
});

describe("attachments of replies and notes", () => {
  it("gives the customer the reply's file, not the note's", async () => {
    const ticket = await open(worksCategoryId);

    const replied = await replyToTicket(operator, { ticketId: ticket.id, version: ticket.version, body: "In allegato il verbale." }, daysAfterOpening(1), await writeUploadFiles([pngUpload("verbale.png")]));
    await addInternalNote(operator, { ticketId: ticket.id, body: "Foto del sopralluogo." }, daysAfterOpening(1), await writeUploadFiles([pngUpload("sopralluogo.png")]));

    const attachments = await db().ticketAttachment.findMany({ where: { ticketId: ticket.id }, select: { visibility: true, file: { select: { fileName: true, uploadedById: true } } } });
    expect(attachments.map((attachment) => [attachment.file.fileName, attachment.visibility]).sort()).toEqual([
      ["sopralluogo.png", "internal"],
      ["verbale.png", "public"],
    ]);
    expect(attachments.every((attachment) => attachment.file.uploadedById === operator.id)).toBe(true);

    const customerFiles = (await listTimelineForCustomer(customer, ticket.id)).filter((entry) => entry.kind === "attachmentAdded").map((entry) => entry.data?.fileName);
    expect(customerFiles).toEqual(["verbale.png"]);
    expect(replied.version).toBe(ticket.version + 1);
  });

  it("removes the written files when the reply fails", async () => {
    const ticket = await open(worksCategoryId);

    const written = await writeUploadFiles([pngUpload("perso.png")]);
    const storedPath = path.join(uploadDir, written[0]!.storageKey);
    await expect(stat(storedPath)).resolves.toBeDefined();

    const error = await appErrorOf(replyToTicket(operator, { ticketId: ticket.id, version: ticket.version + 5, body: "Versione vecchia." }, daysAfterOpening(1), written));

    expect(error.code).toBe("ticket.conflict");
    await expect(stat(storedPath)).rejects.toMatchObject({ code: "ENOENT" });
    expect(await db().storedFile.count({ where: { fileName: "perso.png", uploadedById: operator.id } })).toBe(0);
    expect(await versionOf(ticket.id)).toBe(ticket.version);
  });
});
