import pg from "pg";

/** Drops the databases the e2e server created on the PostgreSQL server, if it used one. */
export default async function globalTeardown(): Promise<void> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) return;

  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname LIKE 'sportello\\_e2e\\_%'",
    );
    for (const { datname } of rows) {
      await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
  } finally {
    await client.end();
  }
}
