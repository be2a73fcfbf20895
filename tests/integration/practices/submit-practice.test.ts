import { randomUUID } from "node:crypto";
import { readdirSync } from "node:fs";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import type { OnlinePracticeKind } from "@/lib/practices/practice-kinds";
import { submitPractice, type PracticeSubmission } from "@/lib/practices/submit-practice";
import { uploadRoot } from "@/lib/uploads/upload-storage";

import { createCodedSupply, createCustomer, fakePdfFile, newPracticeFixtures, pdfFile, removePracticeFixtures, type TestCustomer } from "./practice-fixtures";

const fixtures = newPracticeFixtures();
let holder: TestCustomer;
let otherHolder: TestCustomer;
let ownSupply: { id: string; supplyCode: string };
let othersActiveSupply: { id: string; supplyCode: string };
let terminatedSupply: { id: string; supplyCode: string };

const at = new Date("2026-12-04T10:00:00Z");
const today = "2026-12-04";
const identity = { givenName: "Lucia", familyName: "Ferrari", fiscalCode: "RSSMRA45D25F205N", email: "lucia@esempio.it", phone: "+39 333 1234567" };
const cadastral = { foglio: "12", particella: "345", subalterno: "", occupancyTitle: "tenant" };

function valuesFor(kind: OnlinePracticeKind): Record<string, string> {
  switch (kind) {
    case "connection":
      return { ...identity, services: "water", useType: "nonDomestic", housingUnits: "1", householdSize: "", street: "Via Padova", houseNumber: "7", postalCode: "20127", ...cadastral, notes: "" };
    case "subentro":
      return { ...identity, supplyCode: terminatedSupply.supplyCode, useType: "domesticResident", householdSize: "2", ...cadastral, startDate: "2026-12-15", notes: "" };
    case "voltura":
      return {
        ...identity,
        supplyCode: othersActiveSupply.supplyCode,
        previousHolderName: "Matteo Moretti",
        previousHolderFiscalCode: "MRTMTT25D09F205Z",
        useType: "domesticResident",
        householdSize: "4",
        ...cadastral,
        finalReading: "512",
        readingDate: today,
        notes: "",
      };
    case "termination":
      return {
        ...identity,
        supplyCode: ownSupply.supplyCode,
        finalReading: "1200",
        readingDate: today,
        terminationDate: "2026-12-20",
        billingStreet: "Via Roma",
        billingHouseNumber: "3",
        billingPostalCode: "00184",
        billingCity: "Roma",
        notes: "",
      };
    case "contactChange":
      return { supplyCode: ownSupply.supplyCode, billingStreet: "", billingHouseNumber: "", billingPostalCode: "", billingCity: "", contactEmail: "", contactPhone: "02 1234567", notes: "" };
    case "sepaMandate":
      return { supplyCode: ownSupply.supplyCode, accountHolderName: "Lucia Ferrari", accountHolderFiscalCode: "RSSMRA45D25F205N", iban: "IT60X0542811101000000123456", mandateConsent: "on" };
    case "eBilling":
      return { supplyCode: ownSupply.supplyCode, billingEmail: "lucia@esempio.it", billingEmailConfirmation: "lucia@esempio.it", paperlessConsent: "on" };
  }
}

function filesFor(kind: OnlinePracticeKind): PracticeSubmission["files"] {
  if (kind === "eBilling") return {};
  if (kind === "contactChange" || kind === "termination" || kind === "sepaMandate") return { identityDocument: [pdfFile("carta-identita.pdf")] };
  return { identityDocument: [pdfFile("carta-identita.pdf")], propertyDocument: [pdfFile("contratto.pdf")] };
}

function submission(kind: OnlinePracticeKind, changes: Partial<PracticeSubmission> & { values?: Record<string, string> } = {}): PracticeSubmission {
  return { kind, values: { idempotencyKey: randomUUID(), ...valuesFor(kind), ...changes.values }, files: changes.files ?? filesFor(kind) };
}

/** Counts every file under the upload folder, to prove a failed submission left none behind. */
function countUploadedFiles(): number {
  try {
    return readdirSync(uploadRoot(), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length;
  } catch {
    return 0;
  }
}

async function practiceCount(userId: string): Promise<number> {
  return db().practice.count({ where: { submittedById: userId } });
}

beforeAll(async () => {
  holder = await createCustomer(fixtures);
  otherHolder = await createCustomer(fixtures);
  ownSupply = await createCodedSupply(fixtures, holder.personId);
  othersActiveSupply = await createCodedSupply(fixtures, otherHolder.personId);
  terminatedSupply = await createCodedSupply(fixtures, otherHolder.personId, "terminated");
});

afterAll(async () => {
  await removePracticeFixtures(fixtures);
});

describe("submitPractice", () => {
  it.each(["connection", "subentro", "voltura", "termination", "contactChange", "sepaMandate", "eBilling"] as const)("stores a valid %s", async (kind) => {
    const result = await submitPractice(holder, submission(kind), at);
    if (!result.ok) throw new Error(`expected ${kind} to be stored: ${JSON.stringify(result)}`);

    expect(result.protocol).toMatch(/^PR-2026-\d{6}$/);
    const practice = await db().practice.findUniqueOrThrow({
      where: { id: result.practiceId },
      select: { kind: true, state: true, submittedAt: true, payload: true, supplyId: true, applicantId: true, documents: { select: { kind: true } } },
    });
    expect(practice.kind).toBe(kind);
    expect(practice.state).toBe("submitted");
    expect(practice.submittedAt).toEqual(at);
    expect(practice.applicantId).toBe(holder.personId);
    expect(practice.payload).not.toHaveProperty("idempotencyKey");
    expect(practice.documents.map((document) => document.kind).sort()).toEqual(Object.keys(filesFor(kind)).sort());

    const supplyOfKind: Record<string, string | null> = { connection: null, subentro: terminatedSupply.id, voltura: othersActiveSupply.id };
    expect(practice.supplyId).toBe(kind in supplyOfKind ? supplyOfKind[kind] : ownSupply.id);
  });

  it("writes the timeline entry, notification and e-mail", async () => {
    const result = await submitPractice(holder, submission("eBilling"), at);
    if (!result.ok) throw new Error("expected the practice to be stored");

    const events = await db().auditLog.findMany({ where: { entity: "Practice", entityId: result.practiceId }, select: { action: true, after: true } });
    expect(events).toEqual([{ action: "practice.submit", after: { state: "submitted", message: null } }]);

    const notifications = await db().notification.findMany({ where: { practiceId: result.practiceId }, select: { recipientId: true, kind: true } });
    expect(notifications).toEqual([{ recipientId: holder.id, kind: "practiceSubmitted" }]);

    const account = await db().user.findUniqueOrThrow({ where: { id: holder.id }, select: { email: true } });
    const email = await db().outboundEmail.findFirstOrThrow({ where: { toAddress: account.email, subject: { contains: result.protocol } }, select: { subject: true, textBody: true, state: true } });
    expect(email.state).toBe("queued");
    expect(email.subject).toBe(`Pratica ricevuta - protocollo ${result.protocol}`);
    expect(email.textBody).toContain("Bolletta via e-mail");
  });

  it("numbers practices in sequence", async () => {
    const first = await submitPractice(holder, submission("eBilling"), at);
    const second = await submitPractice(holder, submission("eBilling"), at);
    if (!first.ok || !second.ok) throw new Error("expected both practices to be stored");

    const sequenceOf = (protocol: string) => Number(protocol.slice(-6));
    expect(sequenceOf(second.protocol)).toBe(sequenceOf(first.protocol) + 1);
  });

  it("returns the first practice for a repeated idempotency key", async () => {
    const repeated = submission("sepaMandate");
    const before = await practiceCount(holder.id);

    const first = await submitPractice(holder, repeated, at);
    const second = await submitPractice(holder, { ...repeated, files: { identityDocument: [pdfFile()] } }, at);

    expect(first).toMatchObject({ ok: true, created: true });
    expect(second).toEqual({ ok: true, practiceId: first.ok ? first.practiceId : "", protocol: first.ok ? first.protocol : "", created: false });
    expect(await practiceCount(holder.id)).toBe(before + 1);
  });

  it("stores one practice for two concurrent submits", async () => {
    const repeated = submission("eBilling");
    const before = await practiceCount(holder.id);

    const results = await Promise.all([submitPractice(holder, repeated, at), submitPractice(holder, repeated, at)]);

    const ids = new Set(results.map((result) => (result.ok ? result.practiceId : null)));
    expect(ids.size).toBe(1);
    expect(await practiceCount(holder.id)).toBe(before + 1);
  });

  it("returns field errors and stores nothing for invalid input", async () => {
    const before = await practiceCount(holder.id);
    const filesBefore = countUploadedFiles();

    const result = await submitPractice(holder, submission("voltura", { values: { fiscalCode: "RSSMRA45D25F205X", foglio: "", readingDate: "2026-12-05" } }), at);

    expect(result).toEqual({
      ok: false,
      fieldErrors: { fiscalCode: "fiscalCodeCheckCharacter", foglio: "foglioMissing", readingDate: "readingDateInFuture" },
      fileProblems: {},
    });
    expect(await practiceCount(holder.id)).toBe(before);
    expect(countUploadedFiles()).toBe(filesBefore);
  });

  it("rejects a disguised file, stores nothing", async () => {
    const before = await practiceCount(holder.id);
    const filesBefore = countUploadedFiles();
    const storedBefore = await db().storedFile.count({ where: { uploadedById: holder.id } });

    const result = await submitPractice(holder, submission("connection", { files: { identityDocument: [pdfFile()], propertyDocument: [fakePdfFile()] } }), at);

    expect(result).toEqual({ ok: false, fieldErrors: {}, fileProblems: { propertyDocument: { code: "badType", fileName: "finto.pdf" } } });
    expect(await practiceCount(holder.id)).toBe(before);
    expect(await db().storedFile.count({ where: { uploadedById: holder.id } })).toBe(storedBefore);
    expect(countUploadedFiles()).toBe(filesBefore);
  });

  it("requires the documents each kind needs", async () => {
    const result = await submitPractice(holder, submission("voltura", { files: { identityDocument: [pdfFile()] } }), at);
    expect(result).toMatchObject({ ok: false, fileProblems: { propertyDocument: { code: "required" } } });
  });

  it("limits the files of each document", async () => {
    const result = await submitPractice(holder, submission("termination", { files: { identityDocument: [pdfFile(), pdfFile(), pdfFile()] } }), at);
    expect(result).toMatchObject({ ok: false, fileProblems: { identityDocument: { code: "tooMany", limit: 2 } } });
  });

  it("removes the written files when the transaction fails", async () => {
    const before = await practiceCount(holder.id);
    const filesBefore = countUploadedFiles();
    const storedBefore = await db().storedFile.count({ where: { uploadedById: holder.id } });

    // PostgreSQL rejects a NUL character inside jsonb, so the practice insert fails after the files were written.
    const failing = submission("termination", { values: { notes: "nota con \u0000 carattere nullo" } });
    await expect(submitPractice(holder, failing, at)).rejects.toThrow();

    expect(await practiceCount(holder.id)).toBe(before);
    expect(await db().storedFile.count({ where: { uploadedById: holder.id } })).toBe(storedBefore);
    expect(countUploadedFiles()).toBe(filesBefore);
  });

  it("rejects another customer's supply for a termination", async () => {
    const result = await submitPractice(holder, submission("termination", { values: { supplyCode: othersActiveSupply.supplyCode } }), at);
    expect(result).toEqual({ ok: false, fieldErrors: { supplyCode: "supplyNotFound" }, fileProblems: {} });
  });

  it("checks supply state for voltura, subentro", async () => {
    const voltura = await submitPractice(holder, submission("voltura", { values: { supplyCode: terminatedSupply.supplyCode } }), at);
    const subentro = await submitPractice(holder, submission("subentro", { values: { supplyCode: othersActiveSupply.supplyCode } }), at);

    expect(voltura).toMatchObject({ ok: false, fieldErrors: { supplyCode: "supplyNotActive" } });
    expect(subentro).toMatchObject({ ok: false, fieldErrors: { supplyCode: "supplyNotTerminated" } });
  });

  it("refuses a user without a practice permission", async () => {
    const tenant = await createCustomer(fixtures, ["tenant"]);
    await expect(submitPractice(tenant, submission("eBilling"), at)).rejects.toMatchObject({ code: "practice.permissionDenied", status: 403 });
  });
});

// Keeps the upload folder check honest: the folder the test counts is the one the code writes to.
it("writes uploads under UPLOAD_DIR", () => {
  expect(uploadRoot()).toBe(path.resolve(process.env.UPLOAD_DIR ?? ""));
});
