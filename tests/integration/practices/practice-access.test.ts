import { randomUUID } from "node:crypto";

import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db/client";
import { changePracticeState } from "@/lib/practices/change-practice-state";
import { listCustomerPractices } from "@/lib/practices/list-customer-practices";
import { listPracticeQueue } from "@/lib/practices/list-practice-queue";
import { loadCustomerPractice } from "@/lib/practices/load-customer-practice";
import { loadQueuePractice } from "@/lib/practices/load-queue-practice";
import { initialPracticeFormState, initialPracticeReviewFormState } from "@/lib/practices/practice-form-state";
import { buildPracticeReceiptPdf } from "@/lib/practices/practice-receipt-pdf";
import { submitPractice } from "@/lib/practices/submit-practice";
import { findReadableFile } from "@/lib/uploads/find-readable-file";

import { extractPdfText } from "../../support/pdf-text";
import { createCodedSupply, createCustomer, createStaff, fakePdfFile, newPracticeFixtures, pdfFile, removePracticeFixtures, type TestCustomer } from "./practice-fixtures";

// Route handlers and actions read the session through next-auth and end with Next's redirect or
// notFound. Both need a request scope, so the test replaces them with stand-ins.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
const flashes = vi.hoisted(() => [] as unknown[]);

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.user }));
vi.mock("@/lib/flash/set-flash", () => ({ setFlash: async (message: unknown) => void flashes.push(message) }));
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

const { submitPracticeAction, changePracticeStateAction } = await import("@/lib/practices/practice-actions");
const { GET: getPracticeReceipt } = await import("@/app/sportello-online/pratiche/[id]/ricevuta/route");

const fixtures = newPracticeFixtures();
let holderA: TestCustomer;
let holderB: TestCustomer;
let operator: TestCustomer;
let secondOperator: TestCustomer;
let casaOperator: TestCustomer;
let practiceOfB: { id: string; protocol: string; fileId: string };

function formOf(values: Record<string, string>, files: Record<string, File[]> = {}): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(values)) form.set(name, value);
  for (const [name, list] of Object.entries(files)) for (const file of list) form.append(name, file);
  return form;
}

async function thrownMessage(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => new Error("the call returned instead of throwing"),
    (thrown: unknown) => thrown,
  );
  return error instanceof Error ? error.message : String(error);
}

async function submitSepa(user: TestCustomer, supplyCode: string): Promise<{ id: string; protocol: string; fileId: string }> {
  const values = { idempotencyKey: randomUUID(), supplyCode, accountHolderName: "Titolare", accountHolderFiscalCode: "RSSMRA45D25F205N", iban: "IT60X0542811101000000123456", mandateConsent: "on" };
  const result = await submitPractice(user, { kind: "sepaMandate", values, files: { identityDocument: [pdfFile("documento.pdf")] } });
  if (!result.ok) throw new Error(`expected the practice to be stored: ${JSON.stringify(result)}`);

  const document = await db().practiceDocument.findFirstOrThrow({ where: { practiceId: result.practiceId }, select: { fileId: true } });
  return { id: result.practiceId, protocol: result.protocol, fileId: document.fileId };
}

async function updatedAtOf(practiceId: string): Promise<string> {
  const practice = await db().practice.findUniqueOrThrow({ where: { id: practiceId }, select: { updatedAt: true } });
  return practice.updatedAt.toISOString();
}

beforeAll(async () => {
  holderA = await createCustomer(fixtures);
  holderB = await createCustomer(fixtures);
  operator = await createStaff(fixtures, ["siiOperator"]);
  secondOperator = await createStaff(fixtures, ["siiOperator"]);
  casaOperator = await createStaff(fixtures, ["casaOperator"]);
  await createCodedSupply(fixtures, holderA.personId);
  const supplyB = await createCodedSupply(fixtures, holderB.personId);
  practiceOfB = await submitSepa(holderB, supplyB.supplyCode);
});

afterAll(async () => {
  await removePracticeFixtures(fixtures);
});

beforeEach(() => {
  session.user = holderA;
  flashes.length = 0;
});

describe("practice authorization", () => {
  it("hides holder B's practice from holder A", async () => {
    expect(await loadCustomerPractice(holderA, practiceOfB.id)).toBeNull();
    expect(await loadCustomerPractice(holderB, practiceOfB.id)).not.toBeNull();
  });

  it("lists only the holder's own practices", async () => {
    const listA = await listCustomerPractices(holderA, { page: 1, pageSize: 20 });
    const listB = await listCustomerPractices(holderB, { page: 1, pageSize: 20 });

    expect(listA.rows.map((row) => row.id)).not.toContain(practiceOfB.id);
    expect(listB.rows.map((row) => row.id)).toContain(practiceOfB.id);
  });

  it("hides holder B's document from holder A", async () => {
    expect(await findReadableFile(holderA, practiceOfB.fileId)).toBeNull();
    expect(await findReadableFile(holderB, practiceOfB.fileId)).not.toBeNull();
    expect(await findReadableFile(operator, practiceOfB.fileId)).not.toBeNull();
  });

  it("answers 404 for holder B's receipt", async () => {
    const request = new Request(`http://127.0.0.1/sportello-online/pratiche/${practiceOfB.id}/ricevuta`);
    const context = { params: Promise.resolve({ id: practiceOfB.id }) };

    expect(await thrownMessage(getPracticeReceipt(request, context))).toBe("notFound");

    session.user = holderB;
    const response = await getPracticeReceipt(request, context);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
  });

  it("answers 404 for a malformed id", async () => {
    expect(await loadCustomerPractice(holderA, "not-a-uuid")).toBeNull();
  });

  it("keeps the queue from a housing operator", async () => {
    await expect(listPracticeQueue(casaOperator, { kind: null, state: null }, { page: 1, pageSize: 20 })).rejects.toMatchObject({ status: 403 });
    expect(await loadQueuePractice(casaOperator, practiceOfB.id)).toBeNull();
  });

  it("shows the queue to an SII operator with filters", async () => {
    const matching = await listPracticeQueue(operator, { kind: "sepaMandate", state: null }, { page: 1, pageSize: 100 });
    const other = await listPracticeQueue(operator, { kind: "connection", state: null }, { page: 1, pageSize: 100 });

    expect(matching.rows.map((row) => row.id)).toContain(practiceOfB.id);
    expect(other.rows.map((row) => row.id)).not.toContain(practiceOfB.id);
  });
});

describe("receipt", () => {
  it("prints the protocol, kind and data", async () => {
    const loaded = await loadCustomerPractice(holderB, practiceOfB.id);
    if (!loaded) throw new Error("expected the practice");

    const text = extractPdfText(await buildPracticeReceiptPdf(loaded.practice, { compress: false }));

    expect(text).toContain(practiceOfB.protocol);
    expect(text).toContain("Domiciliazione bancaria (SEPA)");
    expect(text).toContain("IT60 X054 2811 1010 0000 0123 456");
    expect(text).toContain("documento.pdf");
  });
});

describe("changePracticeState", () => {
  it("moves a practice, records the timeline and tells the customer", async () => {
    const practice = await submitSepa(holderA, (await createCodedSupply(fixtures, holderA.personId)).supplyCode);

    await changePracticeState(operator, { practiceId: practice.id, expectedUpdatedAt: await updatedAtOf(practice.id), targetState: "waitingForCustomer", message: "Manca il retro del documento." });

    const loaded = await loadCustomerPractice(holderA, practice.id);
    expect(loaded?.practice.state).toBe("waitingForCustomer");
    expect(loaded?.events.map((event) => [event.state, event.message])).toEqual([
      ["submitted", null],
      ["waitingForCustomer", "Manca il retro del documento."],
    ]);

    const notifications = await db().notification.findMany({ where: { practiceId: practice.id }, orderBy: { createdAt: "asc" }, select: { kind: true, recipientId: true } });
    expect(notifications).toEqual([
      { kind: "practiceSubmitted", recipientId: holderA.id },
      { kind: "practiceStateChanged", recipientId: holderA.id },
    ]);
    const email = await db().outboundEmail.findFirstOrThrow({ where: { subject: `Aggiornamento della pratica ${practice.protocol}` }, select: { textBody: true } });
    expect(email.textBody).toContain("Manca il retro del documento.");
  });

  it("gives the second of two operators a conflict", async () => {
    const practice = await submitSepa(holderA, (await createCodedSupply(fixtures, holderA.personId)).supplyCode);
    const seen = await updatedAtOf(practice.id);

    await changePracticeState(operator, { practiceId: practice.id, expectedUpdatedAt: seen, targetState: "inProgress", message: "" });
    await expect(changePracticeState(secondOperator, { practiceId: practice.id, expectedUpdatedAt: seen, targetState: "rejected", message: "Dati incompleti" })).rejects.toMatchObject({
      code: "practice.conflict",
      status: 409,
    });

    const stored = await db().practice.findUniqueOrThrow({ where: { id: practice.id }, select: { state: true, assigneeId: true, rejectionReason: true } });
    expect(stored).toEqual({ state: "inProgress", assigneeId: operator.id, rejectionReason: null });
  });

  it("lets only one of two concurrent changes through", async () => {
    const practice = await submitSepa(holderA, (await createCodedSupply(fixtures, holderA.personId)).supplyCode);
    const seen = await updatedAtOf(practice.id);

    const outcomes = await Promise.allSettled([
      changePracticeState(operator, { practiceId: practice.id, expectedUpdatedAt: seen, targetState: "inProgress", message: "" }),
      changePracticeState(secondOperator, { practiceId: practice.id, expectedUpdatedAt: seen, targetState: "rejected", message: "Dati incompleti" }),
    ]);

    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    const events = await db().auditLog.count({ where: { entity: "Practice", entityId: practice.id, action: "practice.changeState" } });
    expect(events).toBe(1);
  });

  it("rejects missing reason and invalid move", async () => {
    const practice = await submitSepa(holderA, (await createCodedSupply(fixtures, holderA.personId)).supplyCode);
    const seen = await updatedAtOf(practice.id);

    await expect(changePracticeState(operator, { practiceId: practice.id, expectedUpdatedAt: seen, targetState: "rejected", message: " " })).rejects.toMatchObject({
      code: "practice.invalidInput",
      details: { fieldErrors: { message: "messageRequired" } },
    });
    await expect(changePracticeState(operator, { practiceId: practice.id, expectedUpdatedAt: seen, targetState: "completed", message: "" })).rejects.toMatchObject({
      code: "practice.transitionNotAllowed",
    });
  });

  it("stores the rejection reason and the decision time", async () => {
    const practice = await submitSepa(holderA, (await createCodedSupply(fixtures, holderA.personId)).supplyCode);
    const at = new Date();

    await changePracticeState(operator, { practiceId: practice.id, expectedUpdatedAt: await updatedAtOf(practice.id), targetState: "rejected", message: "IBAN non intestato al cliente." }, at);

    const stored = await db().practice.findUniqueOrThrow({ where: { id: practice.id }, select: { state: true, rejectionReason: true, decidedAt: true } });
    expect(stored).toEqual({ state: "rejected", rejectionReason: "IBAN non intestato al cliente.", decidedAt: at });
  });

  it("refuses a customer", async () => {
    await expect(changePracticeState(holderA, { practiceId: practiceOfB.id, expectedUpdatedAt: new Date().toISOString(), targetState: "inProgress", message: "" })).rejects.toMatchObject({
      code: "practice.permissionDenied",
    });
  });
});

describe("practice actions", () => {
  it("submits and redirects to the practice with a flash", async () => {
    const supply = await createCodedSupply(fixtures, holderA.personId);
    const values = { idempotencyKey: randomUUID(), supplyCode: supply.supplyCode, billingEmail: "a@esempio.it", billingEmailConfirmation: "a@esempio.it", paperlessConsent: "on" };

    const message = await thrownMessage(submitPracticeAction("eBilling", initialPracticeFormState, formOf(values)));

    expect(message).toMatch(/^redirect:\/sportello-online\/pratiche\/[0-9a-f-]{36}$/);
    expect(flashes).toEqual([{ tone: "success", messageKey: "practices.flash.submitted", values: { protocol: expect.stringMatching(/^PR-\d{4}-\d{6}$/) } }]);
  });

  it("ignores an empty optional file input", async () => {
    const supply = await createCodedSupply(fixtures, holderA.personId);
    const values = { idempotencyKey: randomUUID(), supplyCode: supply.supplyCode, contactPhone: "02 7654321" };

    // The server-action transport delivers a blank file input as an empty file named "undefined".
    const message = await thrownMessage(submitPracticeAction("contactChange", initialPracticeFormState, formOf(values, { identityDocument: [new File([], "undefined")] })));

    expect(message).toMatch(/^redirect:\/sportello-online\/pratiche\//);
  });

  it("returns field and file errors with the values sent", async () => {
    const values = { idempotencyKey: randomUUID(), supplyCode: "123", accountHolderName: "Lucia", accountHolderFiscalCode: "RSSMRA45D25F205N", iban: "IT00", mandateConsent: "" };

    const state = await submitPracticeAction("sepaMandate", initialPracticeFormState, formOf(values, { identityDocument: [fakePdfFile()] }));

    expect(state.fieldErrors).toEqual({ supplyCode: "supplyCodeFormat", iban: "ibanFormat", mandateConsent: "mandateConsentRequired" });
    expect(state.fileErrors).toEqual({ identityDocument: "upload problem: badType" });
    expect(state.values.accountHolderName).toBe("Lucia");
    expect(flashes).toEqual([]);
  });

  it("forbids an operator", async () => {
    session.user = operator;
    expect(await thrownMessage(submitPracticeAction("eBilling", initialPracticeFormState, formOf({})))).toBe("forbidden");
  });

  it("answers a conflict to the second operator through the action", async () => {
    const practice = await submitSepa(holderA, (await createCodedSupply(fixtures, holderA.personId)).supplyCode);
    const seen = await updatedAtOf(practice.id);

    session.user = operator;
    const first = await thrownMessage(changePracticeStateAction(practice.id, initialPracticeReviewFormState, formOf({ expectedUpdatedAt: seen, targetState: "inProgress", message: "" })));
    session.user = secondOperator;
    const second = await changePracticeStateAction(practice.id, initialPracticeReviewFormState, formOf({ expectedUpdatedAt: seen, targetState: "inProgress", message: "" }));

    expect(first).toBe(`redirect:/back-office/pratiche/${practice.id}`);
    expect(second.formError).toBe("conflict");
  });
});
