// Starts the portal for the end-to-end tests on data of its own: a fresh database on the
// server in DATABASE_URL when it is set, else an embedded database in a temporary folder.
// It then runs the demo launcher, which migrates, seeds and serves the production build.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import pg from "pg";

import { e2eDatabaseName } from "./e2e-database-name";

async function createFreshDatabase(serverUrl: string): Promise<string> {
  const name = e2eDatabaseName(process.env.E2E_RUN_ID ?? String(Date.now()));
  const client = new pg.Client({ connectionString: serverUrl });

  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }

  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function main(): Promise<void> {
  const serverUrl = process.env.DATABASE_URL;

  if (serverUrl) {
    process.env.DATABASE_URL = await createFreshDatabase(serverUrl);
  } else {
    process.env.EMBEDDED_DB_DIR = mkdtempSync(path.join(tmpdir(), "sportello-e2e-"));
  }

  // Files uploaded during the run stay out of the project's own upload folder.
  process.env.UPLOAD_DIR ??= mkdtempSync(path.join(tmpdir(), "sportello-e2e-uploads-"));

  await import("./demo");
}

main().catch((error: unknown) => {
  console.error(`e2e server: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
