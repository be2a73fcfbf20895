import { randomUUID } from "node:crypto";
import { readdirSync } from "node:fs";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors/app-error";
import { answerPractice, type PracticeAnswer } from "@/lib/practices/answer-practice";
import { changePracticeState } from "@/lib/practices/change-practice-state";
import { listPracticeEvents } from "@/lib/practices/practice-events";
import { submitPractice } from "@/lib/practices/submit-practice";
import { uploadRoot } from "@/lib/uploads/upload-storage";

import { createCodedSupply, createCustomer, createStaff, fakePdfFile, newPracticeFixtures, pdfFile, removePracticeFixtures, type TestCustomer } from "./practice-fixtures";

const fixtures = newPracticeFixtures();
let holder: TestCustomer;
let otherHolder: TestCustomer;
let operator: TestCustomer;
let supplyCode: string;

const submittedAt = new Date("2026-12-01T09:00:00Z");
const answeredAt = new Date("2026-12-04T10:00:00Z");

/** Submits an e-billing practice for the holder and has the operator ask for documents, after taking it up when `takeUp` is set. */
async function createWaitingPractice(takeUp: boolean): Promise<string> {
  const values = { idempotencyKey: randomUUID(), supplyCode, billingEmail: "lucia@esempio.it", billingEmailConfirmation: "lucia@esempio.it", paperlessConsent: "on" };
  const submitted = await submitPractice(holder, { kind: "eBilling", values, files: {} }, submittedAt);
  if (!submitted.ok) throw new Error(`expected the practice to be stored: ${JSON.stringify(submitted)}`);

  const targets = takeUp ? (["inProgress", "waitingForCustomer"] as const) : (["waitingForCustomer"] as const);
  for (const [index, targetState] of targets.entries()) {
    const changedAt = new Date(submittedAt.getTime() + (index + 1) * 60_000);
    const current = await db().practice.findUniqueOrThrow({ where: { id: submitted.practiceId }, select: { updatedAt: true } });
    const message = targetState === "waitingForCustomer" ? "Inviaci una copia del documento d'identità." : "";
    await changePracticeState(operator, { practiceId: submitted.practiceId, expectedUpdatedAt: current.updatedAt.toISOString(), targetState, message }, changedAt);
  }
  return submitted.practiceId;
}

function answer(practiceId: string, changes: { message?: string; idempotencyKey?: string; files?: FormDataEntryValue[] } = {}): PracticeAnswer {
  return {
    practiceId,
    values: { idempotencyKey: changes.idempotencyKey ?? randomUUID(), message: changes.message ?? "Ecco il documento richiesto." },
    files: changes.files ?? [pdfFile("carta-identita.pdf")],
  };
}

function countUploadedFiles(): number {
  try {
    return readdirSync(uploadRoot(), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length;
  } catch {
    return 0;
  }
}

async function storedAnswerOf(practiceId: string) {
  return db().practice.findUniqueOrThrow({
    where: { id: practiceId },
    select: { state: true, assigneeId: true, documents: { where: { kind: "customerAnswer" }, select: { fileId: true } } },
  });
}

async function expectError(promise: Promise<unknown>, code: string): Promise<void> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(isAppError(error, code), `expected ${code}, got ${String(error)}`).toBe(true);
}

beforeAll(async () => {
  holder = await createCustomer(fixtures);
  otherHolder = await createCustomer(fixtures);
  operator = await createStaff(fixtures, ["siiOperator"]);
  ({ supplyCode } = await createCodedSupply(fixtures, holder.personId));
});

afterAll(async () => {
  await removePracticeFixtures(fixtures);
});

describe("answerPractice", () => {
  it("returns an unassigned practice to submitted", async () => {
    const practiceId = await createWaitingPractice(false);

    const result = await answerPractice(holder, answer(practiceId), answeredAt);

    expect(result).toMatchObject({ ok: true, state: "submitted", created: true });
    const stored = await storedAnswerOf(practiceId);
    expect(stored.state).toBe("submitted");
    expect(stored.documents).toHaveLength(1);

    const events = await listPracticeEvents(practiceId);
    expect(events.map((event) => event.action)).toEqual(["practice.submit", "practice.changeState", "practice.answer"]);
    expect(events.at(-1)).toMatchObject({ state: "submitted", message: "Ecco il documento richiesto." });

    const notified = await db().notification.findMany({ where: { practiceId, recipientId: operator.id }, select: { kind: true, createdAt: true } });
    expect(notified).toEqual([{ kind: "practiceStateChanged", createdAt: answeredAt }]);
  });

  it("returns a taken-up practice to its operator", async () => {
    const practiceId = await createWaitingPractice(true);
    const otherOperator = await createStaff(fixtures, ["siiOperator"]);

    const result = await answerPractice(holder, answer(practiceId, { files: [] }), answeredAt);

    expect(result).toMatchObject({ ok: true, state: "inProgress", created: true });
    const stored = await storedAnswerOf(practiceId);
    expect(stored.state).toBe("inProgress");
    expect(stored.assigneeId).toBe(operator.id);
    expect(stored.documents).toEqual([]);

    const recipients = await db().notification.findMany({ where: { practiceId, createdAt: answeredAt }, select: { recipientId: true } });
    expect(recipients).toEqual([{ recipientId: operator.id }]);
    expect(recipients).not.toContainEqual({ recipientId: otherOperator.id });
  });

  it("rejects a missing message", async () => {
    const practiceId = await createWaitingPractice(false);
    const filesBefore = countUploadedFiles();

    const result = await answerPractice(holder, answer(practiceId, { message: "   " }), answeredAt);

    expect(result).toEqual({ ok: false, fieldErrors: { message: "messageRequired" }, fileProblem: null });
    expect((await storedAnswerOf(practiceId)).state).toBe("waitingForCustomer");
    expect(countUploadedFiles()).toBe(filesBefore);
  });

  it("rejects a file that is not a PDF", async () => {
    const practiceId = await createWaitingPractice(false);

    const result = await answerPractice(holder, answer(practiceId, { files: [fakePdfFile()] }), answeredAt);

    expect(result).toMatchObject({ ok: false, fieldErrors: {}, fileProblem: { code: "badType" } });
    const stored = await storedAnswerOf(practiceId);
    expect(stored.state).toBe("waitingForCustomer");
    expect(stored.documents).toEqual([]);
  });

  it("rejects more than five files", async () => {
    const practiceId = await createWaitingPractice(false);
    const files = Array.from({ length: 6 }, (_, index) => pdfFile(`pagina-${index}.pdf`));

    const result = await answerPractice(holder, answer(practiceId, { files }), answeredAt);

    expect(result).toMatchObject({ ok: false, fileProblem: { code: "tooMany", limit: 5 } });
    expect((await storedAnswerOf(practiceId)).documents).toEqual([]);
  });

  it("stores a repeated form view once", async () => {
    const practiceId = await createWaitingPractice(false);
    const idempotencyKey = randomUUID();

    const results = await Promise.all([answerPractice(holder, answer(practiceId, { idempotencyKey }), answeredAt), answerPractice(holder, answer(practiceId, { idempotencyKey }), answeredAt)]);
    const again = await answerPractice(holder, answer(practiceId, { idempotencyKey }), answeredAt);

    expect(results.map((result) => result.ok && result.created).sort()).toEqual([false, true]);
    expect(again).toMatchObject({ ok: true, state: "submitted", created: false });
    expect((await storedAnswerOf(practiceId)).documents).toHaveLength(1);
    expect((await listPracticeEvents(practiceId)).filter((event) => event.action === "practice.answer")).toHaveLength(1);
  });

  it("hides another customer's practice", async () => {
    const practiceId = await createWaitingPractice(false);

    await expectError(answerPractice(otherHolder, answer(practiceId), answeredAt), "practice.notFound");
    expect((await storedAnswerOf(practiceId)).state).toBe("waitingForCustomer");
  });

  it("rejects a practice not waiting", async () => {
    const practiceId = await createWaitingPractice(false);
    await answerPractice(holder, answer(practiceId), answeredAt);
    const filesBefore = countUploadedFiles();

    await expectError(answerPractice(holder, answer(practiceId), answeredAt), "practice.notWaitingForCustomer");
    expect((await storedAnswerOf(practiceId)).documents).toHaveLength(1);
    expect(countUploadedFiles()).toBe(filesBefore);
  });

  it("rejects operators without a customer permission", async () => {
    const practiceId = await createWaitingPractice(false);

    await expectError(answerPractice(operator, answer(practiceId), answeredAt), "practice.permissionDenied");
  });
});
