import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterAll, beforeAll, expect, it } from "vitest";

import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db/client";
import { decideMandate } from "@/lib/mandates/decide-mandate";
import { requestMandate } from "@/lib/mandates/request-mandate";
import type { ValidUpload } from "@/lib/uploads/validate-uploads";
import { describeOnRealServer } from "@/tests/setup/database-kind";

import { createAccount, createPerson, createStaff, createSupplyWithMeter, newSupplyFixtures, removeSupplyFixtures, tinyPdf, type TestAccount } from "../supplies/supply-fixtures";

const fixtures = newSupplyFixtures();
const now = new Date("2026-12-04T10:00:00Z");
const verbale: ValidUpload = { fileName: "verbale.pdf", contentType: "application/pdf", kind: "pdf", bytes: tinyPdf, sha256: "d".repeat(64) };

let firstAdmin: TestAccount;
let secondAdmin: TestAccount;
let firstOperator: SessionUser;
let secondOperator: SessionUser;

beforeAll(async () => {
  process.env.UPLOAD_DIR = mkdtempSync(path.join(tmpdir(), "sportello-mandate-race-"));
  firstAdmin = await createAccount(fixtures, ["condoAdmin"]);
  secondAdmin = await createAccount(fixtures, ["condoAdmin"]);
  firstOperator = await createStaff(fixtures, ["siiOperator"]);
  secondOperator = await createStaff(fixtures, ["siiOperator"]);
});

afterAll(async () => {
  await removeSupplyFixtures(fixtures);
});

async function requestFor(admin: TestAccount, supply: { supplyCode: string }, fiscalCode: string): Promise<string> {
  const form = { idempotencyKey: randomUUID(), supplyCode: supply.supplyCode, buildingFiscalCode: fiscalCode, appointedOn: "2026-10-15" };
  const result = await requestMandate({ userId: admin.id, personId: admin.personId }, form, verbale, now);
  if (!result.ok) throw new Error(`mandate request failed: ${JSON.stringify(result)}`);
  return result.mandateId;
}

describeOnRealServer("concurrent mandate decisions and requests", () => {
  it("approvals leave one administrator per building", async () => {
    // Several rounds, because a race shows only when both transactions overlap.
    for (let round = 0; round < 5; round += 1) {
      const condominium = await createPerson(fixtures, "condominium");
      const supply = await createSupplyWithMeter(fixtures, condominium.id, "condominium");
      const first = await requestFor(firstAdmin, supply, condominium.fiscalCode);
      const second = await requestFor(secondAdmin, supply, condominium.fiscalCode);

      await Promise.all([
        decideMandate(firstOperator.id, { mandateId: first, decision: "approve", reason: "" }, now),
        decideMandate(secondOperator.id, { mandateId: second, decision: "approve", reason: "" }, now),
      ]);

      const approved = await db().condoAdminMandate.count({ where: { supplyId: supply.id, state: "approved" } });
      expect(approved).toBe(1);
    }
  });

  it("requests open one per administrator and building", async () => {
    for (let round = 0; round < 5; round += 1) {
      const condominium = await createPerson(fixtures, "condominium");
      const supply = await createSupplyWithMeter(fixtures, condominium.id, "condominium");
      const form = () => ({ idempotencyKey: randomUUID(), supplyCode: supply.supplyCode, buildingFiscalCode: condominium.fiscalCode, appointedOn: "2026-10-15" });
      const requester = { userId: firstAdmin.id, personId: firstAdmin.personId };

      const results = await Promise.all([requestMandate(requester, form(), verbale, now), requestMandate(requester, form(), verbale, now)]);

      expect(results.filter((result) => result.ok)).toHaveLength(1);
      expect(results.find((result) => !result.ok)).toEqual({ ok: false, fieldErrors: {}, formError: "alreadyRequested" });
      expect(await db().condoAdminMandate.count({ where: { supplyId: supply.id } })).toBe(1);
    }
  });
});
