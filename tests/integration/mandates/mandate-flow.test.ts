import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db/client";
import { decideMandate, replacedByNewAdminReason } from "@/lib/mandates/decide-mandate";
import { initialMandateFormState, type MandateRequestForm } from "@/lib/mandates/mandate-schema";
import { requestMandate } from "@/lib/mandates/request-mandate";
import { revokeMandate } from "@/lib/mandates/revoke-mandate";
import { submitSelfReading } from "@/lib/readings/submit-self-reading";
import { listCustomerSupplies } from "@/lib/supplies/list-customer-supplies";
import { loadCustomerSupply } from "@/lib/supplies/load-customer-supply";
import { findReadableFile } from "@/lib/uploads/find-readable-file";
import type { ValidUpload } from "@/lib/uploads/validate-uploads";

import {
  createAccount,
  createPerson,
  createStaff,
  createSupplyWithMeter,
  newSupplyFixtures,
  removeSupplyFixtures,
  tinyPdf,
  tinyPng,
  type TestAccount,
  type TestSupply,
} from "../supplies/supply-fixtures";

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

const { requestMandateAction } = await import("@/lib/mandates/mandate-actions");

const fixtures = newSupplyFixtures();
const now = new Date("2026-12-04T10:00:00Z");
const verbale: ValidUpload = { fileName: "verbale.pdf", contentType: "application/pdf", kind: "pdf", bytes: tinyPdf, sha256: "c".repeat(64) };

let admin: TestAccount;
let otherAdmin: TestAccount;
let holder: TestAccount;
let operator: SessionUser;

async function condominiumSupply(): Promise<TestSupply & { fiscalCode: string }> {
  const condominium = await createPerson(fixtures, "condominium");
  const supply = await createSupplyWithMeter(fixtures, condominium.id, "condominium");
  return { ...supply, fiscalCode: condominium.fiscalCode };
}

function form(supply: { supplyCode: string; fiscalCode: string }, overrides: Partial<MandateRequestForm> = {}): MandateRequestForm {
  return { idempotencyKey: randomUUID(), supplyCode: supply.supplyCode, buildingFiscalCode: supply.fiscalCode, appointedOn: "2026-10-15", ...overrides };
}

function requester(account: TestAccount) {
  return { userId: account.id, personId: account.personId };
}

async function approvedMandate(account: TestAccount, supply: { supplyCode: string; fiscalCode: string }): Promise<string> {
  const result = await requestMandate(requester(account), form(supply), verbale, now);
  if (!result.ok) throw new Error(`mandate request failed: ${JSON.stringify(result)}`);
  await decideMandate(operator.id, { mandateId: result.mandateId, decision: "approve", reason: "" }, now);
  return result.mandateId;
}

beforeAll(async () => {
  process.env.UPLOAD_DIR = mkdtempSync(path.join(tmpdir(), "sportello-mandates-"));
  admin = await createAccount(fixtures, ["condoAdmin"]);
  otherAdmin = await createAccount(fixtures, ["condoAdmin"]);
  holder = await createAccount(fixtures, ["holder"]);
  operator = await createStaff(fixtures, ["siiOperator"]);
});

beforeEach(() => {
  session.user = admin;
});

afterAll(async () => {
  await removeSupplyFixtures(fixtures);
});

describe("requestMandate", () => {
  it("rejects a fiscal code of another holder", async () => {
    const supply = await condominiumSupply();
    const other = await condominiumSupply();

    const result = await requestMandate(requester(admin), form(supply, { buildingFiscalCode: other.fiscalCode }), verbale, now);
    expect(result).toEqual({ ok: false, fieldErrors: { buildingFiscalCode: "supplyNotMatching" }, formError: null });
  });

  it("rejects an unknown supply code the same way", async () => {
    const supply = await condominiumSupply();
    const result = await requestMandate(requester(admin), form(supply, { supplyCode: "0000000001" }), verbale, now);
    expect(result).toEqual({ ok: false, fieldErrors: { buildingFiscalCode: "supplyNotMatching" }, formError: null });
  });

  it("rejects a domestic supply", async () => {
    const person = await createPerson(fixtures, "company");
    const supply = await createSupplyWithMeter(fixtures, person.id, "nonDomestic");

    const result = await requestMandate(requester(admin), form({ supplyCode: supply.supplyCode, fiscalCode: person.fiscalCode }), verbale, now);
    expect(result).toMatchObject({ ok: false, fieldErrors: { supplyCode: "notCondominium" } });
  });

  it("rejects a future appointment", async () => {
    const supply = await condominiumSupply();
    const result = await requestMandate(requester(admin), form(supply, { appointedOn: "2026-12-05" }), verbale, now);
    expect(result).toMatchObject({ ok: false, fieldErrors: { appointedOn: "appointedOnFuture" } });
  });

  it("records one request per form view", async () => {
    const supply = await condominiumSupply();
    const sent = form(supply);

    const first = await requestMandate(requester(admin), sent, verbale, now);
    const second = await requestMandate(requester(admin), sent, verbale, now);
    if (!first.ok || !second.ok) throw new Error("the request should be recorded");

    expect(second).toEqual({ ok: true, mandateId: first.mandateId, created: false });
    const mandate = await db().condoAdminMandate.findUniqueOrThrow({ where: { id: first.mandateId } });
    expect(mandate).toMatchObject({ state: "requested", adminId: admin.personId, requestedById: admin.id });
    expect(mandate.verbaleFileId).not.toBeNull();
    expect(await db().auditLog.count({ where: { entityId: first.mandateId, action: "mandate.request" } })).toBe(1);
  });

  it("refuses a second open request", async () => {
    const supply = await condominiumSupply();
    await requestMandate(requester(admin), form(supply), verbale, now);

    const again = await requestMandate(requester(admin), form(supply), verbale, now);
    expect(again).toEqual({ ok: false, fieldErrors: {}, formError: "alreadyRequested" });
  });
});

describe("mandate approval flow", () => {
  it("grants access only after approval", async () => {
    const supply = await condominiumSupply();
    const result = await requestMandate(requester(admin), form(supply), verbale, now);
    if (!result.ok) throw new Error("the request should be recorded");

    expect(await loadCustomerSupply(admin.personId, supply.id)).toBeNull();

    await decideMandate(operator.id, { mandateId: result.mandateId, decision: "approve", reason: "" }, now);

    expect(await loadCustomerSupply(admin.personId, supply.id)).toMatchObject({ id: supply.id, relation: "managed" });
    const audit = await db().auditLog.findFirstOrThrow({ where: { entityId: result.mandateId, action: "mandate.approve" } });
    expect(audit).toMatchObject({ actorId: operator.id, before: { state: "requested" }, after: { state: "approved" } });
  });

  it("refuses a second decision", async () => {
    const supply = await condominiumSupply();
    const mandateId = await approvedMandate(admin, supply);

    await expect(decideMandate(operator.id, { mandateId, decision: "reject", reason: "Verbale incompleto" }, now)).rejects.toMatchObject({ code: "mandate.alreadyDecided", status: 409 });
  });

  it("stores the rejection reason", async () => {
    const supply = await condominiumSupply();
    const result = await requestMandate(requester(admin), form(supply), verbale, now);
    if (!result.ok) throw new Error("the request should be recorded");

    await decideMandate(operator.id, { mandateId: result.mandateId, decision: "reject", reason: "Il verbale non riporta la nomina." }, now);

    const mandate = await db().condoAdminMandate.findUniqueOrThrow({ where: { id: result.mandateId } });
    expect(mandate).toMatchObject({ state: "rejected", rejectionReason: "Il verbale non riporta la nomina.", decidedById: operator.id });
    expect(await loadCustomerSupply(admin.personId, supply.id)).toBeNull();
  });

  it("ends the previous administrator's mandate", async () => {
    const supply = await condominiumSupply();
    const previous = await approvedMandate(otherAdmin, supply);
    await approvedMandate(admin, supply);

    const ended = await db().condoAdminMandate.findUniqueOrThrow({ where: { id: previous } });
    expect(ended).toMatchObject({ state: "revoked", revocationReason: replacedByNewAdminReason });
    expect(await loadCustomerSupply(otherAdmin.personId, supply.id)).toBeNull();
    expect(await loadCustomerSupply(admin.personId, supply.id)).not.toBeNull();
  });

  it("lists only the managed supplies", async () => {
    const managed = await condominiumSupply();
    const notManaged = await condominiumSupply();
    await approvedMandate(admin, managed);

    const { rows } = await listCustomerSupplies(admin.personId, managed.supplyCode, { page: 1, pageSize: 20 });
    expect(rows.map((row) => row.id)).toEqual([managed.id]);

    const search = await listCustomerSupplies(admin.personId, notManaged.supplyCode, { page: 1, pageSize: 20 });
    expect(search.rows).toEqual([]);
  });
});

describe("mandate revocation", () => {
  it("removes access at once", async () => {
    const supply = await condominiumSupply();
    const mandateId = await approvedMandate(admin, supply);
    const reading = { idempotencyKey: randomUUID(), cubicMetres: 10, readOn: "2026-12-04", meterReplaced: false, confirmed: false };

    expect(await submitSelfReading(requester(admin), supply.id, reading, [], now)).toMatchObject({ ok: true });

    await revokeMandate(requester(admin), mandateId, "", now);

    expect(await loadCustomerSupply(admin.personId, supply.id)).toBeNull();
    await expect(submitSelfReading(requester(admin), supply.id, { ...reading, idempotencyKey: randomUUID() }, [], now)).rejects.toMatchObject({ code: "reading.supplyNotFound" });

    const actions = await db().auditLog.findMany({ where: { entityId: mandateId }, orderBy: { createdAt: "asc" }, select: { action: true } });
    expect(actions.map((row) => row.action)).toEqual(["mandate.request", "mandate.approve", "mandate.revoke"]);
  });

  it("hides another administrator's mandate", async () => {
    const supply = await condominiumSupply();
    const mandateId = await approvedMandate(admin, supply);

    await expect(revokeMandate(requester(otherAdmin), mandateId, "", now)).rejects.toMatchObject({ code: "mandate.notFound" });
  });

  it("refuses to revoke twice", async () => {
    const supply = await condominiumSupply();
    const mandateId = await approvedMandate(admin, supply);
    await revokeMandate(requester(admin), mandateId, "Nuovo amministratore", now);

    await expect(revokeMandate(requester(admin), mandateId, "", now)).rejects.toMatchObject({ code: "mandate.notRevocable" });
  });
});

describe("verbale access", () => {
  it("lets the administrator and operators read it", async () => {
    const supply = await condominiumSupply();
    const mandateId = await approvedMandate(admin, supply);
    const { verbaleFileId } = await db().condoAdminMandate.findUniqueOrThrow({ where: { id: mandateId }, select: { verbaleFileId: true } });

    expect(await findReadableFile(admin, verbaleFileId!)).not.toBeNull();
    expect(await findReadableFile(operator, verbaleFileId!)).not.toBeNull();
    expect(await findReadableFile(otherAdmin, verbaleFileId!)).toBeNull();
    expect(await findReadableFile(holder, verbaleFileId!)).toBeNull();
  });
});

describe("requestMandateAction", () => {
  function formData(values: Record<string, string>, file?: { bytes: Buffer; name: string }): FormData {
    const data = new FormData();
    for (const [name, value] of Object.entries(values)) data.set(name, value);
    if (file) data.set("verbale", new File([new Uint8Array(file.bytes)], file.name, { type: "application/pdf" }));
    return data;
  }

  it("redirects after a valid request", async () => {
    const supply = await condominiumSupply();
    const data = formData({ idempotencyKey: randomUUID(), supplyCode: supply.supplyCode, buildingFiscalCode: supply.fiscalCode, appointedOn: "2026-10-15" }, { bytes: tinyPdf, name: "verbale.pdf" });

    await expect(requestMandateAction(initialMandateFormState, data)).rejects.toThrow("redirect:/sportello-online/mandati");
  });

  it("rejects an image as verbale", async () => {
    const supply = await condominiumSupply();
    const data = formData({ idempotencyKey: randomUUID(), supplyCode: supply.supplyCode, buildingFiscalCode: supply.fiscalCode, appointedOn: "2026-10-15" }, { bytes: tinyPng, name: "verbale.pdf" });

    const state = await requestMandateAction(initialMandateFormState, data);
    expect(state.uploadProblem).toEqual({ code: "badType", fileName: "verbale.pdf" });
    expect(state.values.supplyCode).toBe(supply.supplyCode);
  });

  it("requires the verbale and checks the codes", async () => {
    const data = formData({ idempotencyKey: randomUUID(), supplyCode: "12345", buildingFiscalCode: "12345678901", appointedOn: "" });

    const state = await requestMandateAction(initialMandateFormState, data);
    expect(state.fieldErrors).toEqual({ supplyCode: "supplyCodeFormat", buildingFiscalCode: "buildingFiscalCodeCheckDigit", appointedOn: "appointedOnInvalid" });
    expect(state.uploadProblem).toEqual({ code: "required" });
  });

  it("answers 403 to a holder", async () => {
    session.user = holder;
    await expect(requestMandateAction(initialMandateFormState, formData({}))).rejects.toThrow("forbidden");
  });
});
