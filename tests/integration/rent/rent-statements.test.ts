import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { listRentStatements } from "@/lib/rent/list-rent-statements";
import { loadRentStatement } from "@/lib/rent/load-rent-statement";

import { createRentCharge, createTenant, newTenantFixtures, removeTenantFixtures, type TestTenant } from "../tenancy/tenant-fixtures";

const fixtures = newTenantFixtures();
const now = new Date("2026-12-04T10:00:00Z");
let tenantA: TestTenant;
let tenantB: TestTenant;

beforeAll(async () => {
  tenantA = await createTenant(fixtures);
  tenantB = await createTenant(fixtures);

  await createRentCharge(tenantA.tenancyId, "2026-10", { paid: true });
  await createRentCharge(tenantA.tenancyId, "2026-11");
  await createRentCharge(tenantA.tenancyId, "2026-12", { dueOn: "2026-12-16" });
  await createRentCharge(tenantB.tenancyId, "2026-09");
});

afterAll(async () => {
  await removeTenantFixtures(fixtures);
});

describe("rent statements", () => {
  it("lists only the tenant's own months, newest first", async () => {
    const list = await listRentStatements(tenantA, { page: 1, pageSize: 12 }, now);

    expect(list?.rows.map((row) => row.month)).toEqual(["2026-12", "2026-11", "2026-10"]);
    expect(list?.summary.totalItems).toBe(3);
  });

  it("computes arrears from overdue unpaid months only", async () => {
    const list = await listRentStatements(tenantA, { page: 1, pageSize: 12 }, now);

    expect(list?.arrears).toEqual({ arrearsCents: 11_500, overdueMonths: 1, outstandingCents: 23_000 });
  });

  it("loads a month with lines and the pagoPA notice", async () => {
    const statement = await loadRentStatement(tenantA, "2026-11", now);

    expect(statement?.dueCents).toBe(11_500);
    expect(statement?.balanceCents).toBe(11_500);
    expect(statement?.overdue).toBe(true);
    expect(statement?.lines).toHaveLength(2);
    expect(statement?.linesMatchTotal).toBe(true);
    expect(statement?.notice?.qrPayload).toMatch(/^PAGOPA\|002\|\d{18}\|01199250158\|11500$/);
  });

  it("shows no notice for a paid month", async () => {
    const statement = await loadRentStatement(tenantA, "2026-10", now);

    expect(statement?.balanceCents).toBe(0);
    expect(statement?.notice).toBeNull();
  });

  it("answers null for another tenant's month", async () => {
    expect(await loadRentStatement(tenantA, "2026-09", now)).toBeNull();
    expect(await loadRentStatement(tenantB, "2026-09", now)).not.toBeNull();
  });

  it("answers null for a malformed month", async () => {
    expect(await loadRentStatement(tenantA, "2026-13", now)).toBeNull();
    expect(await loadRentStatement(tenantA, "../x", now)).toBeNull();
  });
});
