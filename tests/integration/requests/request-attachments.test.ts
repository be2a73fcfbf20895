import { randomUUID } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { submitCustomerRequest } from "@/lib/requests/submit-customer-request";
import { uploadRoot } from "@/lib/uploads/upload-storage";
import type { ValidUpload } from "@/lib/uploads/validate-uploads";

import { createCustomer, createSupply, ensureRequestCategories, newRequestFixtures, removeRequestFixtures, type TestCustomer } from "./request-fixtures";

const fixtures = newRequestFixtures();
const openedAt = new Date("2026-03-09T09:00:00Z");
const scan: ValidUpload = { fileName: "lettera.pdf", contentType: "application/pdf", kind: "pdf", bytes: Buffer.from("%PDF-1.4 prova", "latin1"), sha256: "b".repeat(64) };

let holder: TestCustomer;
let otherHolder: TestCustomer;
let supply: { id: string };
let otherSupply: { id: string };

function filesOnDisk(): number {
  const root = uploadRoot();
  if (!existsSync(root)) return 0;
  return readdirSync(root, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length;
}

beforeAll(async () => {
  process.env.UPLOAD_DIR = mkdtempSync(path.join(tmpdir(), "sportello-request-files-"));
  await ensureRequestCategories(fixtures, { information: 30, meterCheck: 10, billClarification: 30, complaint: 30, billingCorrection: 30 });
  holder = await createCustomer(fixtures);
  otherHolder = await createCustomer(fixtures);
  supply = await createSupply(fixtures, holder.personId);
  otherSupply = await createSupply(fixtures, otherHolder.personId);
});

afterAll(async () => {
  await db().ticketAttachment.deleteMany({ where: { ticket: { reporterId: { in: [holder.id, otherHolder.id] } } } });
  await removeRequestFixtures(fixtures);
  await db().storedFile.deleteMany({ where: { uploadedById: { in: [holder.id, otherHolder.id] } } });
});

const complaint = (supplyId: string, idempotencyKey: string) => ({
  idempotencyKey,
  supplyId,
  subject: "Lettura errata",
  message: "La bolletta usa una lettura che non corrisponde al contatore.",
});

describe("request attachments", () => {
  it("attaches the files in the creation transaction", async () => {
    const result = await submitCustomerRequest(holder, "information", { idempotencyKey: randomUUID(), supplyId: "", subject: "Orari", message: "Vorrei sapere gli orari." }, openedAt, [scan]);

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const attachments = await db().ticketAttachment.findMany({ where: { ticketId: result.ticketId }, select: { visibility: true, file: { select: { fileName: true } } } });
    expect(attachments).toEqual([{ visibility: "public", file: { fileName: "lettera.pdf" } }]);
    expect(filesOnDisk()).toBe(1);
  });

  it("keeps neither rows nor files when the ticket is refused", async () => {
    const rowsBefore = await db().storedFile.count();
    const filesBefore = filesOnDisk();

    const result = await submitCustomerRequest(holder, "complaint", complaint(otherSupply.id, randomUUID()), openedAt, [scan]);

    expect(result.ok).toBe(false);
    expect(await db().storedFile.count()).toBe(rowsBefore);
    expect(filesOnDisk()).toBe(filesBefore);
  });

  it("stores the files once when the same form view is sent twice", async () => {
    const key = randomUUID();
    const first = await submitCustomerRequest(holder, "information", { idempotencyKey: key, supplyId: supply.id, subject: "Doppio invio", message: "Primo invio." }, openedAt, [scan]);
    const filesAfterFirst = filesOnDisk();

    const second = await submitCustomerRequest(holder, "information", { idempotencyKey: key, supplyId: supply.id, subject: "Doppio invio", message: "Primo invio." }, openedAt, [scan]);

    expect(first.ok).toBe(true);
    expect(second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(second.ticketId).toBe(first.ticketId);
    expect(await db().ticketAttachment.count({ where: { ticketId: first.ticketId } })).toBe(1);
    expect(filesOnDisk()).toBe(filesAfterFirst);
  });
});
