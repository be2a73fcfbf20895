import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { applyMigrations, MigrationError } from "@/lib/db/migrations";
import { readMigrationFolder } from "@/lib/db/migrations/migration-folder";
import { loadSchemaEngine, toEngineMigrationList, type SchemaEngine } from "@/lib/db/migrations/schema-engine";

// Prisma's own schema engine (compiled to WebAssembly) reads the history this runner writes, on
// one PGlite instance that the runner reaches over the wire protocol and the engine in-process.
const FIXTURES = path.resolve("tests/fixtures/migrations");
const NO_FILTERS = { externalTables: [], externalEnums: [] };
const DATASOURCE_ONLY_SCHEMA = 'datasource db {\n  provider = "postgresql"\n}\n';

let database: PGlite;
let server: PGLiteSocketServer;
let url: string;
let engine: SchemaEngine;
let temporaryDir: string;

async function engineDiagnosis(migrationsDir: string) {
  const folder = await readMigrationFolder(migrationsDir);
  return engine.diagnoseMigrationHistory({ migrationsList: toEngineMigrationList(folder), optInToShadowDatabase: false, filters: NO_FILTERS });
}

async function engineApply(migrationsDir: string) {
  const folder = await readMigrationFolder(migrationsDir);
  return engine.applyMigrations({ migrationsList: toEngineMigrationList(folder), filters: NO_FILTERS });
}

beforeAll(async () => {
  database = await PGlite.create();
  server = new PGLiteSocketServer({ db: database, host: "127.0.0.1", port: 0 });
  await server.start();
  url = `postgresql://postgres@${server.getServerConn()}/postgres?sslmode=disable`;

  const { SchemaEngine } = await loadSchemaEngine();
  engine = await SchemaEngine.new(
    { datamodels: [["schema.prisma", DATASOURCE_ONLY_SCHEMA]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(new PrismaPGlite(database)),
  );
});

// Both the runner and the engine work on the public schema, which each test starts empty.
beforeEach(async () => {
  await database.exec("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
  temporaryDir = await mkdtemp(path.join(os.tmpdir(), "engine-compatibility-"));
});

afterEach(async () => {
  await rm(temporaryDir, { recursive: true, force: true });
});

afterAll(async () => {
  engine.free();
  await server.stop();
  await database.close();
});

describe("Prisma schema engine on the runner's history", () => {
  it("finds nothing to apply", async () => {
    await applyMigrations(url, path.join(FIXTURES, "valid"));

    const applied = await engineApply(path.join(FIXTURES, "valid"));

    expect(applied.appliedMigrationNames).toEqual([]);
  });

  it("applies only what the runner left pending", async () => {
    await cp(path.join(FIXTURES, "valid"), temporaryDir, { recursive: true });
    await rm(path.join(temporaryDir, "20250102000000_add_readings"), { recursive: true });
    await applyMigrations(url, temporaryDir);

    const applied = await engineApply(path.join(FIXTURES, "valid"));

    expect(applied.appliedMigrationNames).toEqual(["20250102000000_add_readings"]);
  });

  it("finds no edited or failed migration", async () => {
    await applyMigrations(url, path.join(FIXTURES, "valid"));

    const diagnosis = await engineDiagnosis(path.join(FIXTURES, "valid"));

    expect(diagnosis.hasMigrationsTable).toBe(true);
    expect(diagnosis.editedMigrationNames).toEqual([]);
    expect(diagnosis.failedMigrationNames).toEqual([]);
    expect(diagnosis.history).toBeNull();
  });

  it("sees the edited script the runner sees", async () => {
    await cp(path.join(FIXTURES, "valid"), temporaryDir, { recursive: true });
    await applyMigrations(url, temporaryDir);
    await writeFile(path.join(temporaryDir, "20250101000000_create_meters", "migration.sql"), "-- edited\n", { flag: "a" });

    const diagnosis = await engineDiagnosis(temporaryDir);

    expect(diagnosis.editedMigrationNames).toEqual(["20250101000000_create_meters"]);
  });

  it("rejects applying after a failed migration", async () => {
    await expect(applyMigrations(url, path.join(FIXTURES, "broken"))).rejects.toBeInstanceOf(MigrationError);

    const diagnosis = await engineDiagnosis(path.join(FIXTURES, "broken"));

    expect(diagnosis.failedMigrationNames).toEqual(["20250102000000_add_readings_to_missing_table"]);
    await expect(engineApply(path.join(FIXTURES, "broken"))).rejects.toThrow(/P3009|failed migrations/);
  });
});
