import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { diffMigrationsToSchema } from "@/lib/db/migrations/diff";

const MIGRATIONS = path.resolve("tests/fixtures/migrations");
const SCHEMA = path.resolve("tests/fixtures/schemas/meters.prisma");

let temporaryDir: string;

beforeAll(async () => {
  temporaryDir = await mkdtemp(path.join(os.tmpdir(), "schema-diff-"));
});

afterAll(async () => {
  await rm(temporaryDir, { recursive: true, force: true });
});

describe("diffMigrationsToSchema", { timeout: 120_000 }, () => {
  it("returns an empty diff for matching sources", async () => {
    const diff = await diffMigrationsToSchema({ migrationsDir: path.join(MIGRATIONS, "valid"), schemaPath: SCHEMA });

    expect(diff.isEmpty, diff.sql).toBe(true);
  });

  it("returns the SQL for a new column", async () => {
    const schemaPath = path.join(temporaryDir, "with-location.prisma");
    const schema = await readFile(SCHEMA, "utf8");
    await writeFile(schemaPath, schema.replace("  installedAt  DateTime  @db.Date\n", "  installedAt  DateTime  @db.Date\n  location     String?\n"));

    const diff = await diffMigrationsToSchema({ migrationsDir: path.join(MIGRATIONS, "valid"), schemaPath });

    expect(diff.isEmpty).toBe(false);
    expect(diff.sql).toMatch(/ALTER TABLE "Meter" ADD COLUMN\s+"location" TEXT;/);
  });

  it("throws when a migration fails on the shadow database", async () => {
    const diff = diffMigrationsToSchema({ migrationsDir: path.join(MIGRATIONS, "broken"), schemaPath: SCHEMA });

    await expect(diff).rejects.toThrow(/20250102000000_add_readings_to_missing_table` failed to apply cleanly to the shadow database/);
  });
});
