import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

import { MigrationError } from "./migration-error";

export const MIGRATION_SCRIPT_NAME = "migration.sql";
export const LOCKFILE_NAME = "migration_lock.toml";

/** The lock file for PostgreSQL migrations. The schema engine needs one to pick its connector. */
export const POSTGRESQL_LOCKFILE = '# The database provider of these migrations, checked by the runner and by the Prisma CLI.\nprovider = "postgresql"\n';

/** One folder of the migrations directory, with its script as stored on disk. */
export type MigrationScript = {
  name: string;
  sql: string;
  /** Lowercase hex SHA-256 of the file's bytes, as `prisma migrate deploy` records it. */
  checksum: string;
};

export type MigrationFolder = {
  migrationsDir: string;
  /** The text of `migration_lock.toml`, or null when the file does not exist. */
  lockfile: string | null;
  /** Migrations in the order they are applied, which is the sort order of the folder names. */
  migrations: MigrationScript[];
};

/** Returns the lowercase hex SHA-256 of the text encoded as UTF-8. */
export function sha256Hex(text: string | Buffer): string {
  return createHash("sha256").update(text).digest("hex");
}

/**
 * Returns whether a script still matches the checksum recorded when it was applied.
 * A checkout that only converted line endings (LF to CRLF or back) still matches,
 * because the SQL itself did not change.
 */
export function scriptMatchesChecksum(sql: string, recordedChecksum: string): boolean {
  const variants = [sql, sql.replaceAll("\r\n", "\n"), sql.replaceAll("\r\n", "\n").replaceAll("\n", "\r\n")];
  return variants.some((variant) => sha256Hex(variant) === recordedChecksum);
}

/** Returns the provider named in `migration_lock.toml`, or null when the file names none. */
export function lockfileProvider(lockfile: string): string | null {
  const match = /^\s*provider\s*=\s*"([^"]*)"/m.exec(lockfile);
  return match?.[1] ?? null;
}

/**
 * Reads every migration folder under `migrationsDir`. Files beside the folders (the lock
 * file, a README) are ignored, as Prisma does. A missing directory reads as no migrations.
 */
export async function readMigrationFolder(migrationsDir: string): Promise<MigrationFolder> {
  const absoluteDir = path.resolve(migrationsDir);
  const entries = await readdir(absoluteDir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [];
    throw new MigrationError("MIGRATIONS_FOLDER", `Cannot read the migrations directory ${absoluteDir}: ${error.message}`, { cause: error });
  });

  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

  const migrations = await Promise.all(names.map((name) => readMigrationScript(absoluteDir, name)));
  const lockfile = await readFile(path.join(absoluteDir, LOCKFILE_NAME), "utf8").catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return null;
    throw error;
  });

  return { migrationsDir: absoluteDir, lockfile, migrations };
}

async function readMigrationScript(migrationsDir: string, name: string): Promise<MigrationScript> {
  const scriptPath = path.join(migrationsDir, name, MIGRATION_SCRIPT_NAME);
  const bytes = await readFile(scriptPath).catch((error: NodeJS.ErrnoException) => {
    throw new MigrationError(
      "MIGRATIONS_FOLDER",
      `Migration folder ${name} has no readable ${MIGRATION_SCRIPT_NAME} (${error.code ?? error.message}): add the script or delete the folder.`,
      { cause: error },
    );
  });

  return { name, sql: bytes.toString("utf8"), checksum: sha256Hex(bytes) };
}

/** Returns the project's migrations directory, `prisma/migrations` under the working directory. */
export function defaultMigrationsDir(): string {
  return path.resolve("prisma", "migrations");
}
