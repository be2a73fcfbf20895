// Measures the back-office ticket queue's SQL with EXPLAIN (ANALYZE, BUFFERS) on synthetic data:
// first and deep pages of each sort, each filter, the free text and the tab counts, for an SII
// operator and for a supervisor. It creates the scratch database, migrates it, fills it with
// generate_series, runs every query, prints a Markdown table and drops the database.
//
//   node --conditions=react-server --import tsx scripts/bench/ticket-queue-explain.ts [--tickets 1000000] [--keep]
//
// BENCH_ADMIN_URL names the server (default postgresql://postgres@127.0.0.1:5432/postgres); the
// scratch database is sportello_bo_explain on it. --keep leaves the database for inspection.
import { Client } from "pg";

import { applyMigrations, defaultMigrationsDir } from "@/lib/db/migrations";

import { referenceDataSql, ticketsSql } from "./synthetic-tickets";

const adminUrl = process.env.BENCH_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const scratchName = "sportello_bo_explain";

type Options = { tickets: number; keep: boolean };

function parseOptions(args: string[]): Options {
  const index = args.indexOf("--tickets");
  const tickets = index >= 0 ? Number(args[index + 1]) : 1_000_000;
  if (!Number.isInteger(tickets) || tickets < 1000) throw new Error(`--tickets must be a whole number of at least 1000, got ${args[index + 1]}`);

  return { tickets, keep: args.includes("--keep") };
}

function scratchUrl(): string {
  const url = new URL(adminUrl);
  url.pathname = `/${scratchName}`;
  return url.toString();
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function recreateDatabase(): Promise<void> {
  await withClient(adminUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${scratchName} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${scratchName}`);
  });
}

async function dropDatabase(): Promise<void> {
  await withClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${scratchName} WITH (FORCE)`));
}

/**
 * Fills the tickets with their indexes dropped and rebuilt afterwards, which is several times
 * faster than maintaining sixteen indexes row by row. The rebuilt definitions are the
 * migrations' own, read back from pg_indexes.
 */
async function fillDatabase(client: Client, tickets: number): Promise<void> {
  await client.query(referenceDataSql());

  const indexes = await client.query<{ indexname: string; indexdef: string }>(
    `SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'Ticket' AND indexname <> 'Ticket_pkey'`,
  );
  for (const index of indexes.rows) await client.query(`DROP INDEX "${index.indexname}"`);

  await client.query(ticketsSql(tickets));

  await client.query("SET maintenance_work_mem = '256MB'");
  for (const index of indexes.rows) await client.query(index.indexdef);
  await client.query("VACUUM ANALYZE");
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  process.env.DATABASE_URL = scratchUrl();
  process.env.LOG_LEVEL ??= "silent";

  let step = performance.now();
  const elapsed = () => {
    const seconds = ((performance.now() - step) / 1000).toFixed(1);
    step = performance.now();
    return seconds;
  };

  await recreateDatabase();
  await applyMigrations(scratchUrl(), defaultMigrationsDir());
  console.error(`Created and migrated ${scratchName} in ${elapsed()} s`);

  try {
    await withClient(scratchUrl(), async (client) => {
      await fillDatabase(client, options.tickets);
      console.error(`Generated ${options.tickets} tickets and rebuilt the indexes in ${elapsed()} s`);

      // Imported late: the queue modules read DATABASE_URL when they first connect.
      const { runScenarios } = await import("./queue-scenarios");
      const results = await runScenarios(client);
      console.error(`Ran ${results.length} measurements in ${elapsed()} s`);

      console.log(`| Actor | Query | Time (ms) | Buffers hit / read | Plan |`);
      console.log(`| --- | --- | ---: | ---: | --- |`);
      for (const result of results) {
        console.log(`| ${result.actor} | ${result.name} | ${result.milliseconds.toFixed(2)} | ${result.hit} / ${result.read} | ${result.plan} |`);
      }
    });
  } finally {
    if (!options.keep) await dropDatabase();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`Benchmark failed: ${error instanceof Error ? error.stack : String(error)}`);
    process.exit(1);
  },
);
