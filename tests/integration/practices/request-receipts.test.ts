import { randomUUID } from "node:crypto";

import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db/client";
import { loadRequestDetail } from "@/lib/requests/load-request-detail";
import { initialRequestFormState } from "@/lib/requests/request-form-state";
import { buildRequestReceiptPdf } from "@/lib/requests/request-receipt-pdf";
import { findReadableFile } from "@/lib/uploads/find-readable-file";

import { extractPdfText } from "../../support/pdf-text";
import { createCustomer, createSupply, ensureRequestCategories } from "../requests/request-fixtures";
import { fakePdfFile, newPracticeFixtures, pdfFile, removePracticeFixtures, type TestCustomer } from "./practice-fixtures";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.user }));
vi.mock("@/lib/flash/set-flash", () => ({ setFlash: async () => undefined }));
vi.mock("@/lib/uploads/upload-problem-message", () => ({ uploadProblemMessage: async (problem: { code: string }) => `upload problem: ${problem.code}` }));
vi.mock("next/navigation", () => ({
  redirect: (path: string) => {
    throw new Error(`redirect:${path}`);
  },
  notFound: () => {
    throw new Error("notFound");
  },
  forbidden: () => {
    throw new Error("forbidden");
  },
}));

const { submitRequestAction } = await import("@/lib/requests/request-actions");
const { GET: getRequestReceipt } = await import("@/app/sportello-online/richieste/[id]/ricevuta/route");

const fixtures = newPracticeFixtures();
let holderA: TestCustomer;
let holderB: TestCustomer;
let supplyA: { id: string; supplyCode: string };

function complaintForm(message: string, files: File[] = []): FormData {
  const form = new FormData();
  const values = {
    idempotencyKey: randomUUID(),
    supplyId: supplyA.id,
    fullName: "Lucia Ferrari",
    supplyAddress: "Corso Buenos Aires 10, 20124 Milano (MI)",
    replyEmail: "lucia@esempio.it",
    replyPostalAddress: "",
    service: "billing",
    customerCode: supplyA.supplyCode,
    message,
  };
  for (const [name, value] of Object.entries(values)) form.set(name, value);
  for (const file of files) form.append("attachments", file);
  return form;
}

async function thrownMessage(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => new Error("the call returned instead of throwing"),
    (thrown: unknown) => thrown,
  );
  return error instanceof Error ? error.message : String(error);
}

async function fileComplaint(files: File[]): Promise<string> {
  const message = await thrownMessage(submitRequestAction("complaint", initialRequestFormState, complaintForm(`Reclamo con allegato ${randomUUID()}.`, files)));
  expect(message).toMatch(/^redirect:/);
  return message.split("/").at(-1)!;
}

beforeAll(async () => {
  await ensureRequestCategories(fixtures, { complaint: 30 });
  holderA = await createCustomer(fixtures);
  holderB = await createCustomer(fixtures);
  supplyA = await createSupply(fixtures, holderA.personId);
});

afterAll(async () => {
  await removePracticeFixtures(fixtures);
});

beforeEach(() => {
  session.user = holderA;
});

describe("request attachments", () => {
  it("attaches the files publicly to the new ticket", async () => {
    const ticketId = await fileComplaint([pdfFile("bolletta.pdf")]);

    const attachments = await db().ticketAttachment.findMany({ where: { ticketId }, select: { visibility: true, fileId: true, event: { select: { kind: true, visibility: true } } } });
    expect(attachments).toHaveLength(1);
    expect(attachments[0]).toMatchObject({ visibility: "public", event: { kind: "attachmentAdded", visibility: "public" } });

    expect(await findReadableFile(holderA, attachments[0]!.fileId)).not.toBeNull();
    expect(await findReadableFile(holderB, attachments[0]!.fileId)).toBeNull();
  });

  it("files no ticket when an attachment is not a PDF, JPEG or PNG", async () => {
    const marker = randomUUID();
    const state = await submitRequestAction("complaint", initialRequestFormState, complaintForm(`Reclamo respinto ${marker}.`, [fakePdfFile()]));

    expect(state.fileErrors).toEqual({ attachments: "upload problem: badType" });
    expect(state.fieldErrors).toEqual({});
    expect(await db().ticket.count({ where: { description: { contains: marker } } })).toBe(0);
  });

  it("attaches the files once for a double submit", async () => {
    const form = complaintForm(`Reclamo doppio ${randomUUID()}.`, [pdfFile()]);

    const first = await thrownMessage(submitRequestAction("complaint", initialRequestFormState, form));
    const second = await thrownMessage(submitRequestAction("complaint", initialRequestFormState, form));

    expect(second).toBe(first);
    expect(await db().ticketAttachment.count({ where: { ticketId: first.split("/").at(-1)! } })).toBe(1);
  });
});

describe("request receipt", () => {
  it("prints protocol, category, deadline and description without internal notes", async () => {
    const ticketId = await fileComplaint([]);
    await db().ticketEvent.create({ data: { ticketId, kind: "internalNote", visibility: "internal", body: "Nota interna riservata" } });

    const detail = await loadRequestDetail(holderA, ticketId);
    if (!detail) throw new Error("expected the request");
    const text = extractPdfText(await buildRequestReceiptPdf(detail, { compress: false }));

    expect(detail.ticket.dueAt).not.toBeNull();
    expect(text).toContain(detail.ticket.protocol);
    expect(text).toContain(detail.categoryLabels.it);
    expect(text).toContain("Risposta entro il");
    expect(text).toContain("Reclamo con allegato");
    expect(text).not.toContain("Nota interna riservata");
  });

  it("answers 404 to another holder", async () => {
    const ticketId = await fileComplaint([]);
    const request = new Request(`http://127.0.0.1/sportello-online/richieste/${ticketId}/ricevuta`);
    const context = { params: Promise.resolve({ id: ticketId }) };

    session.user = holderB;
    expect(await thrownMessage(getRequestReceipt(request, context))).toBe("notFound");

    session.user = holderA;
    const response = await getRequestReceipt(request, context);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
  });
});
