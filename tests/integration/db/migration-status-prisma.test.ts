import path from "node:path";

import { afterAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { prismaQueryable, readMigrationStatus } from "@/lib/db/migrations";

afterAll(async () => {
  await db().$disconnect();
});

describe("readMigrationStatus through Prisma", () => {
  it("reports the test database up to date", async () => {
    const status = await readMigrationStatus(prismaQueryable(db()), path.resolve("prisma", "migrations"));

    expect(status.pending).toEqual([]);
    expect(status.failed).toEqual([]);
    expect(status.edited).toEqual([]);
    expect(status.applied.length).toBeGreaterThan(0);
    expect(status.upToDate).toBe(true);
  });
});
