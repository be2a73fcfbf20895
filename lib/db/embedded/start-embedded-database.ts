import { mkdir } from "node:fs/promises";
import path from "node:path";

import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

import { lockDataDir } from "./data-dir-lock";
import { pgliteExtensions } from "./pglite-extensions";

const LOOPBACK_HOST = "127.0.0.1";

export type EmbeddedDatabaseOptions = {
  /**
   * Folder that keeps the data between runs, or null to keep everything in memory.
   * Default: EMBEDDED_DB_DIR, else `.data/pglite` under the working directory.
   */
  dataDir?: string | null;
  /** TCP port on 127.0.0.1. Default: EMBEDDED_DB_PORT, else a free port chosen by the system. */
  port?: number;
  /**
   * Client connections accepted at once (default 1). PGlite has a single backend, and queries
   * of two connections that overlap in time can break each other's unnamed prepared statement.
   * Raise this only for clients that take turns, such as sequential tests.
   */
  maxConnections?: number;
};

export type EmbeddedDatabase = {
  /** `postgresql://postgres@127.0.0.1:<port>/postgres?sslmode=disable`, for a pool of one connection. */
  url: string;
  port: number;
  /** Absolute data folder, or null when the database lives in memory. */
  dataDir: string | null;
  /** Closes client connections, then shuts PGlite down cleanly. Safe to call twice. */
  stop: () => Promise<void>;
};

/**
 * Starts PGlite (PostgreSQL compiled to WebAssembly) in this process behind a PostgreSQL
 * wire-protocol server on loopback, so `pg` and `@prisma/adapter-pg` connect to it as to any
 * PostgreSQL server. Measured on a 2-core machine: a new data folder took 3 to 4.5 s to
 * create and an existing one 0.3 to 0.5 s to open.
 */
export async function startEmbeddedDatabase(options: EmbeddedDatabaseOptions = {}): Promise<EmbeddedDatabase> {
  const dataDir = resolveDataDir(options.dataDir);
  const port = options.port ?? portFromEnvironment();

  let releaseLock = async () => {};
  if (dataDir !== null) {
    await mkdir(dataDir, { recursive: true });
    releaseLock = await lockDataDir(dataDir);
  }

  const database = await PGlite.create(dataDir === null ? { extensions: pgliteExtensions } : { dataDir, extensions: pgliteExtensions }).catch(async (error: unknown) => {
    await releaseLock();
    throw error;
  });

  const server = new PGLiteSocketServer({ db: database, host: LOOPBACK_HOST, port, maxConnections: options.maxConnections ?? 1 });
  try {
    await server.start();
  } catch (error) {
    await database.close();
    await releaseLock();
    throw new Error(`Failed to start the embedded database on ${LOOPBACK_HOST}:${port}: ${(error as Error).message}. Set EMBEDDED_DB_PORT to a free port.`, {
      cause: error,
    });
  }

  const boundPort = Number(server.getServerConn().split(":").at(-1));
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      await server.stop();
      await database.close();
      await releaseLock();
    })();
    return stopping;
  };

  return { url: `postgresql://postgres@${LOOPBACK_HOST}:${boundPort}/postgres?sslmode=disable`, port: boundPort, dataDir, stop };
}

function resolveDataDir(dataDir: string | null | undefined): string | null {
  if (dataDir === null) return null;
  return path.resolve(dataDir ?? process.env.EMBEDDED_DB_DIR ?? path.join(".data", "pglite"));
}

function portFromEnvironment(): number {
  const configured = process.env.EMBEDDED_DB_PORT;
  if (configured === undefined || configured === "") return 0;

  const port = Number(configured);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`Invalid EMBEDDED_DB_PORT "${configured}": use a whole number from 1 to 65535, or unset it to pick a free port.`);
  }
  return port;
}
