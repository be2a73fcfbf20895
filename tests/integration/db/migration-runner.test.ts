import { createHash, randomBytes } from "node:crypto";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import pg from "pg";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";

import { applyMigrations, MIGRATION_ADVISORY_LOCK_ID, MigrationError, readMigrationStatus } from "@/lib/db/migrations";
import { describeOnRealServer } from "@/tests/setup/database-kind";

// Each test migrates its own fresh schema of the run's database: the runner works on the first
// schema of the search path, as Prisma works on the schema its URL names.
const FIXTURES = path.resolve("tests/fixtures/migrations");
const VALID = path.join(FIXTURES, "valid");
const BROKEN = path.join(FIXTURES, "broken");
const CREATE_METERS = "20250101000000_create_meters";
const ADD_READINGS = "20250102000000_add_readings";
const BROKEN_READINGS = "20250102000000_add_readings_to_missing_table";

type HistoryRow = {
  id: string;
  checksum: string;
  migration_name: string;
  started_at: Date;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  logs: string | null;
  applied_steps_count: number;
};

let client: pg.Client;
let schema: string;
const temporaryDirs: string[] = [];

async function openClient(): Promise<pg.Client> {
  const opened = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await opened.connect();
  await opened.query(`SET search_path TO "${schema}"`);
  return opened;
}

async function history(): Promise<HistoryRow[]> {
  const { rows } = await client.query<HistoryRow>(`SELECT * FROM "_prisma_migrations" ORDER BY started_at, migration_name`);
  return rows;
}

async function tableNames(): Promise<string[]> {
  const { rows } = await client.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name`,
    [schema],
  );
  return rows.map((row) => row.table_name);
}

async function fileChecksum(file: string): Promise<string> {
  return createHash("sha256").update(await readFile(file)).digest("hex");
}

async function copyFixture(source: string): Promise<string> {
  const target = await mkdtemp(path.join(os.tmpdir(), "migration-fixture-"));
  temporaryDirs.push(target);
  await cp(source, target, { recursive: true });
  return target;
}

async function migrationError(work: Promise<unknown>): Promise<MigrationError> {
  const error = await work.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(MigrationError);
  return error as MigrationError;
}

beforeEach(async () => {
  schema = `runner_${randomBytes(6).toString("hex")}`;
  const setupClient = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await setupClient.connect();
  await setupClient.query(`CREATE SCHEMA "${schema}"`);
  await setupClient.end();
  client = await openClient();
});

afterEach(async () => {
  await client.query(`DROP SCHEMA "${schema}" CASCADE`);
  // PGlite runs every connection in its one session, so the search path would outlive this client.
  await client.query("RESET search_path");
  await client.end();
});

afterAll(async () => {
  await Promise.all(temporaryDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe("applyMigrations", () => {
  it("applies every migration in order", async () => {
    const result = await applyMigrations(client, VALID);

    expect(result.applied).toEqual([CREATE_METERS, ADD_READINGS]);
    expect(result.edited).toEqual([]);
    expect(await tableNames()).toEqual(["Meter", "Reading", "_prisma_migrations"]);
  });

  it("records rows like prisma migrate deploy", async () => {
    await applyMigrations(client, VALID);
    const rows = await history();

    expect(rows.map((row) => row.migration_name)).toEqual([CREATE_METERS, ADD_READINGS]);
    for (const row of rows) {
      const script = path.join(VALID, row.migration_name, "migration.sql");
      expect(row.checksum).toBe(await fileChecksum(script));
      expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(row.applied_steps_count).toBe(1);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.finished_at!.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
      expect(row.rolled_back_at).toBeNull();
      expect(row.logs).toBeNull();
    }
  });

  it("creates the history table with Prisma's columns", async () => {
    await applyMigrations(client, VALID);
    const { rows } = await client.query<{ column_name: string; data_type: string; is_nullable: string; character_maximum_length: number | null }>(
      `SELECT column_name, data_type, is_nullable, character_maximum_length
         FROM information_schema.columns
        WHERE table_schema = $1 AND table_name = '_prisma_migrations'
        ORDER BY ordinal_position`,
      [schema],
    );

    expect(rows).toEqual([
      { column_name: "id", data_type: "character varying", is_nullable: "NO", character_maximum_length: 36 },
      { column_name: "checksum", data_type: "character varying", is_nullable: "NO", character_maximum_length: 64 },
      { column_name: "finished_at", data_type: "timestamp with time zone", is_nullable: "YES", character_maximum_length: null },
      { column_name: "migration_name", data_type: "character varying", is_nullable: "NO", character_maximum_length: 255 },
      { column_name: "logs", data_type: "text", is_nullable: "YES", character_maximum_length: null },
      { column_name: "rolled_back_at", data_type: "timestamp with time zone", is_nullable: "YES", character_maximum_length: null },
      { column_name: "started_at", data_type: "timestamp with time zone", is_nullable: "NO", character_maximum_length: null },
      { column_name: "applied_steps_count", data_type: "integer", is_nullable: "NO", character_maximum_length: null },
    ]);
  });

  it("applies nothing on a second run", async () => {
    await applyMigrations(client, VALID);
    const before = await history();

    const result = await applyMigrations(client, VALID);

    expect(result.applied).toEqual([]);
    expect(await history()).toEqual(before);
  });

  it("releases the advisory lock", async () => {
    await applyMigrations(client, VALID);
    const { rows } = await client.query(`SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND objid = $1`, [MIGRATION_ADVISORY_LOCK_ID]);

    expect(rows).toEqual([]);
  });

  it("leaves a failed row when a script fails", async () => {
    const error = await migrationError(applyMigrations(client, BROKEN));
    const rows = await history();
    const failed = rows.find((row) => row.migration_name === BROKEN_READINGS);

    expect(error.code).toBe("P3018");
    expect(error.message).toContain(`Migration ${BROKEN_READINGS} failed to apply.`);
    expect(error.message).toContain('relation "Supply" does not exist');
    expect(rows).toHaveLength(2);
    expect(rows[0]?.finished_at).toBeInstanceOf(Date);
    expect(failed?.finished_at).toBeNull();
    expect(failed?.rolled_back_at).toBeNull();
    expect(failed?.applied_steps_count).toBe(0);
    expect(failed?.logs).toContain("Database error code: 42P01");
  });

  it("rolls back the whole failed script", async () => {
    await migrationError(applyMigrations(client, BROKEN));

    expect(await tableNames()).toEqual(["Meter", "_prisma_migrations"]);
  });

  it("rejects a run after a failed migration", async () => {
    await migrationError(applyMigrations(client, BROKEN));

    const error = await migrationError(applyMigrations(client, VALID));

    expect(error.code).toBe("P3009");
    expect(error.message).toContain(BROKEN_READINGS);
    expect(await history()).toHaveLength(2);
  });

  it("retries a failed migration marked rolled back", async () => {
    await migrationError(applyMigrations(client, BROKEN));
    await client.query(`UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = $1`, [BROKEN_READINGS]);
    const fixed = await copyFixture(BROKEN);
    await writeFile(path.join(fixed, BROKEN_READINGS, "migration.sql"), 'CREATE TABLE "Reading" ("id" SERIAL PRIMARY KEY);\n');

    const result = await applyMigrations(client, fixed);
    const rows = await history();

    expect(result.applied).toEqual([BROKEN_READINGS]);
    expect(rows.filter((row) => row.migration_name === BROKEN_READINGS)).toHaveLength(2);
    expect(rows.at(-1)?.finished_at).toBeInstanceOf(Date);
  });

  it("rejects a schema with tables but no history", async () => {
    await client.query(`CREATE TABLE "LegacyCustomer" (id integer PRIMARY KEY)`);

    const error = await migrationError(applyMigrations(client, VALID));

    expect(error.code).toBe("P3005");
    expect(error.message).toContain("LegacyCustomer");
    expect(await tableNames()).toEqual(["LegacyCustomer"]);
  });

  it("rejects a lock file of another provider", async () => {
    const error = await migrationError(applyMigrations(client, path.join(FIXTURES, "other-provider")));

    expect(error.code).toBe("P3019");
    expect(error.message).toContain('"mysql"');
    expect(await tableNames()).toEqual([]);
  });

  it("does not replay an edited migration", async () => {
    const folder = await copyFixture(VALID);
    await applyMigrations(client, folder);
    await writeFile(path.join(folder, ADD_READINGS, "migration.sql"), "-- edited after it ran\n", { flag: "a" });

    const result = await applyMigrations(client, folder);

    expect(result.applied).toEqual([]);
    expect(result.edited).toEqual([ADD_READINGS]);
  });
});

describe("readMigrationStatus", () => {
  it("reports everything pending on an empty schema", async () => {
    const status = await readMigrationStatus(client, VALID);

    expect(status).toEqual({ applied: [], pending: [CREATE_METERS, ADD_READINGS], failed: [], edited: [], upToDate: false });
    expect(await tableNames()).toEqual([]);
  });

  it("reports up to date after a run", async () => {
    await applyMigrations(client, VALID);

    const status = await readMigrationStatus(client, VALID);

    expect(status).toEqual({ applied: [CREATE_METERS, ADD_READINGS], pending: [], failed: [], edited: [], upToDate: true });
  });

  it("reports a new folder as pending", async () => {
    const folder = await copyFixture(path.join(FIXTURES, "valid"));
    await rm(path.join(folder, ADD_READINGS), { recursive: true });
    await applyMigrations(client, folder);

    const status = await readMigrationStatus(client, VALID);

    expect(status.applied).toEqual([CREATE_METERS]);
    expect(status.pending).toEqual([ADD_READINGS]);
    expect(status.upToDate).toBe(false);
  });

  it("reports an edited script", async () => {
    const folder = await copyFixture(VALID);
    await applyMigrations(client, folder);
    await writeFile(path.join(folder, CREATE_METERS, "migration.sql"), "-- edited after it ran\n", { flag: "a" });

    const status = await readMigrationStatus(client, folder);

    expect(status.edited).toEqual([CREATE_METERS]);
    expect(status.upToDate).toBe(false);
  });

  it("ignores line-ending conversions", async () => {
    const folder = await copyFixture(VALID);
    await applyMigrations(client, folder);
    const script = path.join(folder, CREATE_METERS, "migration.sql");
    await writeFile(script, (await readFile(script, "utf8")).replaceAll("\n", "\r\n"));

    const status = await readMigrationStatus(client, folder);

    expect(status.edited).toEqual([]);
    expect(status.upToDate).toBe(true);
  });

  it("reports a failed migration", async () => {
    await migrationError(applyMigrations(client, BROKEN));

    const status = await readMigrationStatus(client, BROKEN);

    expect(status).toEqual({ applied: [CREATE_METERS], pending: [], failed: [BROKEN_READINGS], edited: [], upToDate: false });
  });

  it("accepts a connection string", async () => {
    await applyMigrations(client, VALID);
    const url = new URL(process.env.DATABASE_URL ?? "");
    url.searchParams.set("options", `-c search_path=${schema}`);

    const status = await readMigrationStatus(url.toString(), VALID);

    expect(status.upToDate).toBe(true);
  });
});

describeOnRealServer("applyMigrations with concurrent sessions", () => {
  it("times out while another session holds the lock", async () => {
    const holder = await openClient();
    await holder.query("SELECT pg_advisory_lock($1)", [MIGRATION_ADVISORY_LOCK_ID]);

    try {
      const error = await migrationError(applyMigrations(client, VALID, { lockTimeoutMs: 200 }));

      expect(error.code).toBe("P1002");
      expect(await tableNames()).toEqual([]);
    } finally {
      await holder.end();
    }
  });

  it("applies each migration once across two runners", async () => {
    const second = await openClient();

    try {
      const results = await Promise.all([applyMigrations(client, VALID), applyMigrations(second, VALID)]);

      expect(results.flatMap((result) => result.applied).sort()).toEqual([CREATE_METERS, ADD_READINGS]);
      expect((await history()).map((row) => row.migration_name)).toEqual([CREATE_METERS, ADD_READINGS]);
    } finally {
      await second.end();
    }
  });
});
