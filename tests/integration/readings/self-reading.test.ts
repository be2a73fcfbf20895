import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import type { SessionUser } from "@/lib/auth/session-user";
import { romeDateOf } from "@/lib/charter/rome-time";
import { db } from "@/lib/db/client";
import { listReadingHistory, loadReadingReceipt } from "@/lib/readings/list-reading-history";
import { initialReadingFormState } from "@/lib/readings/reading-form-state";
import type { SelfReadingForm } from "@/lib/readings/self-reading-schema";
import { submitSelfReading } from "@/lib/readings/submit-self-reading";
import { loadCustomerSupply } from "@/lib/supplies/load-customer-supply";
import { findReadableFile } from "@/lib/uploads/find-readable-file";
import type { ValidUpload } from "@/lib/uploads/validate-uploads";

import {
  addReading,
  createAccount,
  createStaff,
  createSupplyWithMeter,
  newSupplyFixtures,
  removeSupplyFixtures,
  tinyPng,
  type TestAccount,
  type TestSupply,
} from "../supplies/supply-fixtures";

// The actions read the session through next-auth and end with Next's redirect. Both need a
// request scope, so the test replaces them with stand-ins that record what the action did.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.user }));
vi.mock("@/lib/flash/set-flash", () => ({ setFlash: async () => undefined }));
vi.mock("next/navigation", () => ({
  redirect: (target: string) => {
    throw new Error(`redirect:${target}`);
  },
  notFound: () => {
    throw new Error("notFound");
  },
  forbidden: () => {
    throw new Error("forbidden");
  },
}));

const { submitSelfReadingAction } = await import("@/lib/readings/reading-actions");

const fixtures = newSupplyFixtures();
const now = new Date("2026-12-04T10:00:00Z");
let holder: TestAccount;
let otherHolder: TestAccount;
let supply: TestSupply;
let otherSupply: TestSupply;

const photo: ValidUpload = { fileName: "contatore.png", contentType: "image/png", kind: "png", bytes: tinyPng, sha256: "b".repeat(64) };

function form(overrides: Partial<SelfReadingForm> = {}): SelfReadingForm {
  return { idempotencyKey: randomUUID(), cubicMetres: 680, readOn: "2026-12-04", meterReplaced: false, confirmed: false, ...overrides };
}

function submitter(account: TestAccount) {
  return { userId: account.id, personId: account.personId };
}

beforeAll(async () => {
  process.env.UPLOAD_DIR = mkdtempSync(path.join(tmpdir(), "sportello-readings-"));
  holder = await createAccount(fixtures, ["holder"]);
  otherHolder = await createAccount(fixtures, ["holder"]);
  otherSupply = await createSupplyWithMeter(fixtures, otherHolder.personId);
  await addReading(otherSupply, "2026-11-01T10:00:00Z", 200);
});

beforeEach(async () => {
  // Each test starts from a fresh supply with one year of history: 165 m³ in 331 days, about 0.5 m³ a day.
  supply = await createSupplyWithMeter(fixtures, holder.personId);
  await addReading(supply, "2025-12-05T10:00:00Z", 500);
  await addReading(supply, "2026-11-01T10:00:00Z", 665);
  session.user = holder;
});

afterAll(async () => {
  await removeSupplyFixtures(fixtures);
});

describe("submitSelfReading", () => {
  it("accepts a plausible reading", async () => {
    const result = await submitSelfReading(submitter(holder), supply.id, form(), [], now);

    expect(result).toMatchObject({ ok: true, state: "accepted", created: true });
    if (!result.ok) return;
    expect(result.protocol).toMatch(/^AL-2026-\d{6}$/);

    const stored = await db().meterReading.findUniqueOrThrow({ where: { id: result.readingId } });
    expect(stored).toMatchObject({ source: "self", channel: "web", cubicMetres: 680, submittedById: holder.id, stateReason: null });
  });

  it("gives consecutive protocols", async () => {
    const first = await submitSelfReading(submitter(holder), supply.id, form({ readOn: "2026-12-02" }), [], now);
    const second = await submitSelfReading(submitter(holder), supply.id, form({ readOn: "2026-12-03", cubicMetres: 681 }), [], now);

    if (!first.ok || !second.ok) throw new Error("both readings should be stored");
    const sequenceOf = (protocol: string) => Number(protocol.slice(-6));
    expect(sequenceOf(second.protocol)).toBe(sequenceOf(first.protocol) + 1);
  });

  it("stores one reading for a repeated key", async () => {
    const repeated = form();
    const first = await submitSelfReading(submitter(holder), supply.id, repeated, [], now);
    const second = await submitSelfReading(submitter(holder), supply.id, repeated, [], now);

    expect(second).toMatchObject({ ok: true, created: false });
    if (first.ok && second.ok) expect(second.readingId).toBe(first.readingId);
    expect(await db().meterReading.count({ where: { supplyId: supply.id, source: "self" } })).toBe(1);
  });

  it("rejects a value below the last reading", async () => {
    const result = await submitSelfReading(submitter(holder), supply.id, form({ cubicMetres: 664 }), [], now);

    expect(result).toEqual({ ok: false, fieldErrors: { cubicMetres: "lowerThanLastReading" }, formError: null, confirmationFlags: [] });
    expect(await db().meterReading.count({ where: { supplyId: supply.id, source: "self" } })).toBe(0);
  });

  it("rejects a future date", async () => {
    const result = await submitSelfReading(submitter(holder), supply.id, form({ readOn: "2026-12-05" }), [], now);
    expect(result).toMatchObject({ ok: false, fieldErrors: { readOn: "dateInFuture" } });
  });

  it("rejects a date before the last reading", async () => {
    const result = await submitSelfReading(submitter(holder), supply.id, form({ readOn: "2026-10-31" }), [], now);
    expect(result).toMatchObject({ ok: false, fieldErrors: { readOn: "dateBeforeLastReading" } });
  });

  it("asks to confirm a high consumption", async () => {
    // 100 m³ in 33 days is about 3 m³ a day, six times the average.
    const result = await submitSelfReading(submitter(holder), supply.id, form({ cubicMetres: 765 }), [], now);

    expect(result).toEqual({ ok: false, fieldErrors: {}, formError: null, confirmationFlags: ["highConsumption"] });
    expect(await db().meterReading.count({ where: { supplyId: supply.id, source: "self" } })).toBe(0);
  });

  it("stores a confirmed high consumption for review", async () => {
    const result = await submitSelfReading(submitter(holder), supply.id, form({ cubicMetres: 765, confirmed: true }), [], now);

    expect(result).toMatchObject({ ok: true, state: "toReview" });
    if (!result.ok) return;
    const stored = await db().meterReading.findUniqueOrThrow({ where: { id: result.readingId } });
    expect(stored.stateReason).toContain("cinque volte la media");
  });

  it("sends a replaced meter to review", async () => {
    const result = await submitSelfReading(submitter(holder), supply.id, form({ cubicMetres: 3, meterReplaced: true }), [], now);

    expect(result).toMatchObject({ ok: true, state: "toReview" });
    if (!result.ok) return;
    const stored = await db().meterReading.findUniqueOrThrow({ where: { id: result.readingId } });
    expect(stored.stateReason).toContain("contatore è stato sostituito");
  });

  it("replaces a same-day reading and keeps it", async () => {
    const first = await submitSelfReading(submitter(holder), supply.id, form({ cubicMetres: 690 }), [], now);
    // Lower than the first one but not than the last valid reading before the day: accepted.
    const second = await submitSelfReading(submitter(holder), supply.id, form({ cubicMetres: 680 }), [], new Date(now.getTime() + 60_000));
    if (!first.ok || !second.ok) throw new Error("both readings should be stored");

    const replaced = await db().meterReading.findUniqueOrThrow({ where: { id: first.readingId } });
    expect(replaced.state).toBe("rejected");
    expect(replaced.stateReason).toBe(`Sostituita dall'autolettura ${second.protocol}, inviata per lo stesso giorno.`);

    const history = await listReadingHistory(supply.id, { page: 1, pageSize: 10 });
    expect(history.rows.map((row) => row.id)).toEqual(expect.arrayContaining([first.readingId, second.readingId]));
    expect(history.summary.totalItems).toBe(4);
  });

  it("rejects a closed supply", async () => {
    await db().supply.update({ where: { id: supply.id }, data: { state: "terminated" } });
    const result = await submitSelfReading(submitter(holder), supply.id, form(), [], now);
    expect(result).toMatchObject({ ok: false, formError: "supplyNotActive" });
  });

  it("stores the photo", async () => {
    const result = await submitSelfReading(submitter(holder), supply.id, form(), [photo], now);
    if (!result.ok) throw new Error("the reading should be stored");

    const stored = await db().meterReading.findUniqueOrThrow({ where: { id: result.readingId }, select: { photoFileId: true } });
    expect(stored.photoFileId).not.toBeNull();
  });
});

describe("reading authorization", () => {
  it("hides another holder's supply", async () => {
    await expect(submitSelfReading(submitter(holder), otherSupply.id, form(), [], now)).rejects.toMatchObject({ code: "reading.supplyNotFound" });
    expect(await loadCustomerSupply(holder.personId, otherSupply.id)).toBeNull();
  });

  it("hides another holder's reading", async () => {
    const result = await submitSelfReading(submitter(otherHolder), otherSupply.id, form({ cubicMetres: 210 }), [], now);
    if (!result.ok) throw new Error("the reading should be stored");

    // The receipt page loads the supply first: holder A gets null there, and the reading is not under A's supply either.
    expect(await loadCustomerSupply(holder.personId, otherSupply.id)).toBeNull();
    expect(await loadReadingReceipt(supply.id, result.readingId)).toBeNull();
    expect(await loadReadingReceipt(otherSupply.id, result.readingId)).not.toBeNull();
  });

  it("hides another holder's photo", async () => {
    const result = await submitSelfReading(submitter(otherHolder), otherSupply.id, form({ cubicMetres: 211 }), [photo], now);
    if (!result.ok) throw new Error("the reading should be stored");
    const { photoFileId } = await db().meterReading.findUniqueOrThrow({ where: { id: result.readingId }, select: { photoFileId: true } });

    expect(await findReadableFile(holder, photoFileId!)).toBeNull();
    expect(await findReadableFile(otherHolder, photoFileId!)).not.toBeNull();

    const operator = await createStaff(fixtures, ["siiOperator"]);
    expect(await findReadableFile(operator, photoFileId!)).not.toBeNull();
  });
});

describe("submitSelfReadingAction", () => {
  function formData(values: Record<string, string>, file?: { bytes: Buffer; name: string; type: string }): FormData {
    const data = new FormData();
    for (const [name, value] of Object.entries(values)) data.set(name, value);
    if (file) data.set("photo", new File([new Uint8Array(file.bytes)], file.name, { type: file.type }));
    return data;
  }

  const today = () => romeDateOf(new Date());

  it("redirects to the receipt", async () => {
    const data = formData({ idempotencyKey: randomUUID(), cubicMetres: "680", readOn: today(), meterReplaced: "", confirmed: "" }, { bytes: tinyPng, name: "foto.png", type: "image/png" });

    await expect(submitSelfReadingAction(supply.id, initialReadingFormState, data)).rejects.toThrow(new RegExp(`^redirect:/sportello-online/forniture/${supply.id}/letture/[0-9a-f-]{36}$`));
  });

  it("returns field errors and values", async () => {
    const data = formData({ idempotencyKey: randomUUID(), cubicMetres: "12,5", readOn: "", meterReplaced: "", confirmed: "" });
    const state = await submitSelfReadingAction(supply.id, initialReadingFormState, data);

    expect(state.fieldErrors).toEqual({ cubicMetres: "cubicMetresNotWhole", readOn: "readOnInvalid" });
    expect(state.values.cubicMetres).toBe("12,5");
  });

  it("rejects a photo that is not an image", async () => {
    const data = formData({ idempotencyKey: randomUUID(), cubicMetres: "680", readOn: today(), meterReplaced: "", confirmed: "" }, { bytes: Buffer.from("just text"), name: "foto.png", type: "image/png" });
    const state = await submitSelfReadingAction(supply.id, initialReadingFormState, data);

    expect(state.uploadProblem).toEqual({ code: "badType", fileName: "foto.png" });
  });

  it("answers 404 for another holder's supply", async () => {
    const data = formData({ idempotencyKey: randomUUID(), cubicMetres: "680", readOn: today(), meterReplaced: "", confirmed: "" });
    await expect(submitSelfReadingAction(otherSupply.id, initialReadingFormState, data)).rejects.toThrow("notFound");
  });

  it("answers 403 to a tenant", async () => {
    session.user = await createAccount(fixtures, ["tenant"]);
    await expect(submitSelfReadingAction(supply.id, initialReadingFormState, formData({}))).rejects.toThrow("forbidden");
  });
});
