import pg from "pg";

import { e2eDatabasePattern } from "../../scripts/e2e-database-name";

/**
 * Drops the databases this run's e2e server created on the PostgreSQL server, if it used one.
 * Only this run's: another checkout may be running its own end-to-end tests on the same server.
 */
export default async function globalTeardown(): Promise<void> {
  const serverUrl = process.env.DATABASE_URL;
  const runId = process.env.E2E_RUN_ID;
  if (!serverUrl || !runId) return;

  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [e2eDatabasePattern(runId)]);
    for (const { datname } of rows) {
      await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
  } finally {
    await client.end();
  }
}
