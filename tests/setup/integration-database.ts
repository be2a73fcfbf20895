// Global setup of the integration project: one fresh, fully migrated database for the run.
// With DATABASE_URL set, a new database is created on that server and dropped at the end;
// without it, an in-memory PGlite server is used instead, which has a single backend.
import { randomBytes } from "node:crypto";
import path from "node:path";

import pg from "pg";
import type { TestProject } from "vitest/node";

import { startEmbeddedDatabase } from "@/lib/db/embedded/start-embedded-database";
import { applyMigrations } from "@/lib/db/migrations";

const MIGRATIONS_DIR = path.resolve("prisma", "migrations");

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const serverUrl = process.env.DATABASE_URL;
  const database = serverUrl ? await createServerDatabase(serverUrl) : await createEmbeddedDatabase();

  try {
    await applyMigrations(database.url, MIGRATIONS_DIR);
  } catch (error) {
    await database.drop();
    throw error;
  }

  project.provide("databaseUrl", database.url);
  project.provide("databaseKind", serverUrl ? "server" : "embedded");
  return database.drop;
}

type TestDatabase = { url: string; drop: () => Promise<void> };

async function createServerDatabase(serverUrl: string): Promise<TestDatabase> {
  const name = `sportello_test_${Date.now()}_${randomBytes(4).toString("hex")}`;

  // CREATE and DROP DATABASE run from the database that DATABASE_URL names, which stays untouched.
  await runOnServer(serverUrl, `CREATE DATABASE "${name}"`);
  return {
    url: withDatabase(serverUrl, name),
    // FORCE ends sessions a test left open, which would otherwise block the drop.
    drop: () => runOnServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

async function createEmbeddedDatabase(): Promise<TestDatabase> {
  // Test files run one at a time and each uses at most a Prisma pool of one connection plus a
  // helper client used in turn, so a few connections are safe here.
  const embedded = await startEmbeddedDatabase({ dataDir: null, port: 0, maxConnections: 4 });
  return { url: embedded.url, drop: embedded.stop };
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function runOnServer(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
