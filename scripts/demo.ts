// Starts the whole portal with demo data on one command: the embedded database when
// DATABASE_URL is unset, migrations, the seed on an empty database, a production build when
// none exists, then the web server.
//
//   npm run demo                  http://127.0.0.1:3000, data kept in .data/pglite
//   PORT=3100 npm run demo        another port
//   DEMO_REBUILD=1 npm run demo   rebuild even if .next contains a build
//   HOST=0.0.0.0 npm run demo     listen on every interface, for example inside a container
//
// Other variables: DATABASE_URL (use that server instead), EMBEDDED_DB_DIR, EMBEDDED_DB_PORT.
import type { Server } from "node:http";

import { startEmbeddedDatabase, type EmbeddedDatabase } from "@/lib/db/embedded/start-embedded-database";
import { applyMigrations, defaultMigrationsDir } from "@/lib/db/migrations";

import { prepareAuthEnvironment } from "./demo/auth-secret";
import { buildReason, runNextBuild, runningBuild } from "./demo/next-build";
import { assertPortFree } from "./demo/port-check";
import { seedIfEmpty } from "./demo/seed-if-empty";

/** How long a shutdown may take before the process exits anyway. */
const SHUTDOWN_TIMEOUT_MS = 15_000;

let embedded: EmbeddedDatabase | undefined;
let server: Server | undefined;
let shuttingDown = false;

function log(message: string): void {
  console.log(`demo: ${message}`);
}

async function main(): Promise<void> {
  const port = portFromEnvironment();
  const hostname = process.env.HOST ?? "127.0.0.1";
  await assertPortFree(port, hostname);

  if (process.env.DATABASE_URL) {
    log("using the database in DATABASE_URL");
  } else {
    const startedAt = performance.now();
    embedded = await startEmbeddedDatabase();
    process.env.DATABASE_URL = embedded.url;
    // The embedded database has a single backend, so the app must not open a second connection.
    process.env.DATABASE_POOL_MAX = "1";
    log(`embedded database on port ${embedded.port}, data in ${embedded.dataDir} (${seconds(startedAt)} s)`);
  }
  const databaseUrl = process.env.DATABASE_URL;
  await prepareAuthEnvironment();

  const migratedAt = performance.now();
  const migrations = await applyMigrations(databaseUrl, defaultMigrationsDir());
  log(`${migrations.applied.length} migration(s) applied (${seconds(migratedAt)} s)`);

  const seededAt = performance.now();
  const seeded = await seedIfEmpty(databaseUrl);
  log(seeded ? `demo data loaded (${seconds(seededAt)} s)` : "the database already has users, so the seed was skipped");

  const reason = buildReason();
  if (reason !== null) {
    log(`running next build: ${reason}`);
    await runNextBuild();
  }

  // Imported only now, so Next reads the environment set above.
  const { startServer } = await import("../server");
  server = await startServer({ port, hostname, dev: false });
  log(`ready on http://${hostname === "0.0.0.0" ? "127.0.0.1" : hostname}:${port} (Ctrl+C stops it)`);
}

async function shutdown(signal: string): Promise<void> {
  if (shuttingDown) return;
  shuttingDown = true;
  log(`${signal} received, stopping`);
  setTimeout(() => {
    console.error(`demo: shutdown took longer than ${SHUTDOWN_TIMEOUT_MS / 1000} s, exiting anyway`);
    process.exit(1);
  }, SHUTDOWN_TIMEOUT_MS).unref();

  runningBuild?.kill("SIGTERM");
  if (server) {
    const closing = new Promise((resolve) => server?.close(resolve));
    server.closeAllConnections();
    await closing;
  }
  await embedded?.stop();
  process.exit(0);
}

function portFromEnvironment(): number {
  const port = Number(process.env.PORT ?? "3000");
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`Invalid PORT "${process.env.PORT}": use a whole number from 1 to 65535.`);
  }
  return port;
}

function seconds(startedAt: number): string {
  return ((performance.now() - startedAt) / 1000).toFixed(1);
}

process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));

main().catch(async (error: unknown) => {
  console.error(`demo: ${error instanceof Error ? error.message : String(error)}`);
  await embedded?.stop().catch(() => undefined);
  process.exit(1);
});
