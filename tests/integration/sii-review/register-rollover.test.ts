import { randomUUID } from "node:crypto";

import { afterAll, beforeAll, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { reviewReasonTexts } from "@/lib/readings/review-reasons";
import type { SelfReadingForm } from "@/lib/readings/self-reading-schema";
import { submitSelfReading } from "@/lib/readings/submit-self-reading";

import { addReading, createAccount, createSupplyWithMeter, newSupplyFixtures, removeSupplyFixtures, type TestAccount, type TestSupply } from "../supplies/supply-fixtures";

const fixtures = newSupplyFixtures();
const now = new Date("2026-12-04T10:00:00Z");

let holder: TestAccount;
let supply: TestSupply;

beforeAll(async () => {
  holder = await createAccount(fixtures, ["holder"]);
  supply = await createSupplyWithMeter(fixtures, holder.personId);
  // The five-digit register is close to its maximum of 99,999.
  await addReading(supply, "2026-10-01T10:00:00Z", 99_900);
  await addReading(supply, "2026-11-01T10:00:00Z", 99_950);
});

afterAll(async () => {
  await removeSupplyFixtures(fixtures);
});

function form(overrides: Partial<SelfReadingForm> = {}): SelfReadingForm {
  return { idempotencyKey: randomUUID(), cubicMetres: 30, readOn: "2026-12-04", meterReplaced: false, confirmed: false, ...overrides };
}

it("self-reading past zero goes to review", async () => {
  const submitter = { userId: holder.id, personId: holder.personId };

  const first = await submitSelfReading(submitter, supply.id, form(), [], now);
  expect(first).toEqual({ ok: false, fieldErrors: {}, formError: null, confirmationFlags: ["registerRollover"] });

  const confirmed = await submitSelfReading(submitter, supply.id, form({ confirmed: true }), [], now);
  expect(confirmed).toMatchObject({ ok: true, state: "toReview", created: true });

  const stored = await db().meterReading.findUniqueOrThrow({ where: { id: confirmed.ok ? confirmed.readingId : "" }, select: { cubicMetres: true, stateReason: true } });
  expect(stored.cubicMetres).toBe(30);
  expect(stored.stateReason).toBe(reviewReasonTexts.registerRollover);
});
