import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db/client";
import { listReadingsToReview } from "@/lib/readings/list-readings-to-review";
import { reviewReading } from "@/lib/readings/review-reading";

import { describeOnRealServer } from "../../setup/database-kind";
import { addReading, createAccount, createStaff, createSupplyWithMeter, newSupplyFixtures, removeSupplyFixtures, type TestSupply } from "../supplies/supply-fixtures";

const fixtures = newSupplyFixtures();
let operator: SessionUser;
let supervisor: SessionUser;
let supply: TestSupply;

async function flaggedReading(cubicMetres: number): Promise<string> {
  const id = await addReading(supply, "2026-12-01T10:00:00Z", cubicMetres, "self");
  await db().meterReading.update({ where: { id }, data: { state: "toReview", stateReason: "Consumo fuori media: da verificare." } });
  return id;
}

beforeAll(async () => {
  const holder = await createAccount(fixtures, ["holder"]);
  operator = await createStaff(fixtures, ["siiOperator"]);
  supervisor = await createStaff(fixtures, ["supervisor"]);
  supply = await createSupplyWithMeter(fixtures, holder.personId);
});

afterAll(async () => {
  await removeSupplyFixtures(fixtures);
});

describe("reviewReading", () => {
  it("lists flagged readings", async () => {
    const id = await flaggedReading(900);

    const { rows } = await listReadingsToReview({ page: 1, pageSize: 100 });
    expect(rows.map((row) => row.id)).toContain(id);
  });

  it("accepts and audits", async () => {
    const id = await flaggedReading(901);
    await reviewReading(operator.id, { readingId: id, decision: "accept", reason: "" });

    const stored = await db().meterReading.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ state: "accepted", stateReason: null, reviewedById: operator.id });

    const audit = await db().auditLog.findFirstOrThrow({ where: { entityId: id } });
    expect(audit).toMatchObject({ action: "reading.accept", entity: "MeterReading", actorId: operator.id });
    expect(audit.before).toEqual({ state: "toReview", stateReason: "Consumo fuori media: da verificare." });
  });

  it("rejects with the reason", async () => {
    const id = await flaggedReading(902);
    await reviewReading(operator.id, { readingId: id, decision: "reject", reason: "Foto illeggibile: invia una nuova lettura." });

    const stored = await db().meterReading.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ state: "rejected", stateReason: "Foto illeggibile: invia una nuova lettura." });
  });

  it("refuses a second decision", async () => {
    const id = await flaggedReading(903);
    await reviewReading(operator.id, { readingId: id, decision: "accept", reason: "" });

    await expect(reviewReading(supervisor.id, { readingId: id, decision: "reject", reason: "Troppo alta" })).rejects.toMatchObject({ code: "reading.alreadyDecided", status: 409 });
    expect((await db().meterReading.findUniqueOrThrow({ where: { id } })).state).toBe("accepted");
  });

  it("answers not found for an unknown reading", async () => {
    await expect(reviewReading(operator.id, { readingId: "00000000-0000-4000-8000-000000000000", decision: "accept", reason: "" })).rejects.toMatchObject({ code: "reading.notFound" });
  });
});

describeOnRealServer("reviewReading concurrency", () => {
  it("lets one of two simultaneous decisions win", async () => {
    const id = await flaggedReading(904);

    const outcomes = await Promise.allSettled([
      reviewReading(operator.id, { readingId: id, decision: "accept", reason: "" }),
      reviewReading(supervisor.id, { readingId: id, decision: "reject", reason: "Lettura non plausibile" }),
    ]);

    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    const failure = outcomes.find((outcome) => outcome.status === "rejected");
    expect(failure?.reason).toMatchObject({ code: "reading.alreadyDecided" });
    expect(await db().auditLog.count({ where: { entityId: id } })).toBe(1);
  });
});
