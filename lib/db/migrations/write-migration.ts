import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

import { MigrationError } from "./migration-error";
import { LOCKFILE_NAME, MIGRATION_SCRIPT_NAME, POSTGRESQL_LOCKFILE, readMigrationFolder } from "./migration-folder";

/** Maximum length of a folder's name part, well inside the 255 characters of `migration_name`. */
const MAX_NAME_LENGTH = 200;

/**
 * Turns a free-text name into the snake_case part of a migration folder name: lowercase
 * ASCII letters, digits and underscores, with accents dropped ("già" becomes "gia").
 * Throws when nothing usable is left.
 */
export function normalizeMigrationName(name: string): string {
  const normalized = name
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, MAX_NAME_LENGTH);

  if (normalized === "") {
    throw new MigrationError("MIGRATIONS_FOLDER", `Invalid migration name "${name}": use letters, digits and underscores, for example "add_ticket_priority".`);
  }
  return normalized;
}

/** Formats a date as the UTC `YYYYMMDDHHMMSS` prefix of Prisma migration folders. */
export function migrationTimestamp(date: Date): string {
  return date.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

/**
 * Writes `<timestamp>_<name>/migration.sql` under `migrationsDir`, and the lock file if it is
 * missing. The timestamp is the current UTC time, moved one second past the newest existing
 * folder when needed so the new migration always sorts last. Returns the folder name.
 */
export async function writeMigration(options: { migrationsDir: string; name: string; sql: string; now?: Date }): Promise<string> {
  const folder = await readMigrationFolder(options.migrationsDir);
  const name = normalizeMigrationName(options.name);

  let timestamp = migrationTimestamp(options.now ?? new Date());
  const newest = folder.migrations.at(-1)?.name.slice(0, 14);
  if (newest !== undefined && /^\d{14}$/.test(newest) && timestamp <= newest) {
    timestamp = nextSecond(newest);
  }

  const folderName = `${timestamp}_${name}`;
  await mkdir(path.join(folder.migrationsDir, folderName), { recursive: true });
  await writeFile(path.join(folder.migrationsDir, folderName, MIGRATION_SCRIPT_NAME), options.sql, { flag: "wx" });
  if (folder.lockfile === null) {
    await writeFile(path.join(folder.migrationsDir, LOCKFILE_NAME), POSTGRESQL_LOCKFILE);
  }

  return folderName;
}

function nextSecond(timestamp: string): string {
  const iso = `${timestamp.slice(0, 4)}-${timestamp.slice(4, 6)}-${timestamp.slice(6, 8)}T${timestamp.slice(8, 10)}:${timestamp.slice(10, 12)}:${timestamp.slice(12, 14)}Z`;
  return migrationTimestamp(new Date(Date.parse(iso) + 1000));
}
