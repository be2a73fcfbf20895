import { randomUUID } from "node:crypto";

import type pg from "pg";

import { withClient, type MigrationConnection } from "./connection";
import { MigrationError } from "./migration-error";
import { lockfileProvider, readMigrationFolder, scriptMatchesChecksum, type MigrationScript } from "./migration-folder";
import {
  CREATE_MIGRATIONS_TABLE_SQL,
  MIGRATION_ADVISORY_LOCK_ID,
  isFailed,
  listSchemaTables,
  migrationsTableExists,
  readMigrationRecords,
} from "./migrations-table";
import { describeDatabaseError } from "./describe-database-error";

/** How long a run waits for another runner (or the Prisma CLI) to release the lock by default. */
const DEFAULT_LOCK_TIMEOUT_MS = 10_000;

export type ApplyMigrationsOptions = {
  /** Milliseconds to wait for the migration lock before failing with P1002 (default 10 000). */
  lockTimeoutMs?: number;
};

export type ApplyMigrationsResult = {
  /** Migrations applied by this run, in order. */
  applied: string[];
  /** Migrations applied earlier whose script has changed since. The runner does not replay them. */
  edited: string[];
};

/**
 * Applies the pending migrations of `migrationsDir` the way `prisma migrate deploy` does,
 * so the Prisma CLI later accepts the database as its own: same lock, same history table,
 * same checksums, one implicit transaction per script.
 *
 * Throws a `MigrationError` when the database or the folder is rejected, or when a migration
 * fails. A failed migration keeps its row with the error in `logs`, and later runs reject the
 * database until someone resolves it.
 */
export async function applyMigrations(
  connection: MigrationConnection,
  migrationsDir: string,
  options: ApplyMigrationsOptions = {},
): Promise<ApplyMigrationsResult> {
  const folder = await readMigrationFolder(migrationsDir);
  checkLockfileProvider(folder.lockfile);

  return withClient(connection, async (client) => {
    await acquireMigrationLock(client, options.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS);

    try {
      await prepareMigrationsTable(client);

      const records = await readMigrationRecords(client);
      rejectFailedMigrations(records.filter(isFailed));

      const recorded = new Map(records.filter((record) => record.rolledBackAt === null).map((record) => [record.migrationName, record]));
      const edited = folder.migrations
        .filter((migration) => {
          const record = recorded.get(migration.name);
          return record !== undefined && !scriptMatchesChecksum(migration.sql, record.checksum);
        })
        .map((migration) => migration.name);

      const pending = folder.migrations.filter((migration) => !recorded.has(migration.name));
      const applied: string[] = [];
      for (const migration of pending) {
        await applyOneMigration(client, migration);
        applied.push(migration.name);
      }

      return { applied, edited };
    } finally {
      // A failed unlock means the session is gone, and PostgreSQL drops a session's locks with it.
      await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_ADVISORY_LOCK_ID]).catch(() => undefined);
    }
  });
}

/**
 * Takes the session-level advisory lock. `SET LOCAL` bounds the wait without changing the
 * caller's `lock_timeout`, and the lock itself outlives the short transaction.
 */
async function acquireMigrationLock(client: pg.ClientBase, timeoutMs: number): Promise<void> {
  const timeout = Math.max(1, Math.round(timeoutMs));
  try {
    await client.query(`BEGIN; SET LOCAL lock_timeout = ${timeout}; SELECT pg_advisory_lock(${MIGRATION_ADVISORY_LOCK_ID}); COMMIT;`);
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    if ((error as { code?: string }).code === "55P03") {
      throw new MigrationError(
        "P1002",
        `Timed out after ${timeout} ms waiting for the migration lock (pg_advisory_lock(${MIGRATION_ADVISORY_LOCK_ID})): another migration is running on this database. Retry when it has finished.`,
        { cause: error },
      );
    }
    throw error;
  }
}

/** Creates `_prisma_migrations` in an empty schema and rejects a schema that has tables but no history. */
async function prepareMigrationsTable(client: pg.ClientBase): Promise<void> {
  if (await migrationsTableExists(client)) return;

  const tables = await listSchemaTables(client);
  if (tables.length > 0) {
    throw new MigrationError(
      "P3005",
      `The database schema is not empty (tables: ${tables.join(", ")}) and has no _prisma_migrations table, so it was not created by these migrations. ` +
        "Migrate an empty database instead, or baseline this one by recording the migrations it already contains as applied, then run the migrations again.",
    );
  }

  await client.query(CREATE_MIGRATIONS_TABLE_SQL);
}

function checkLockfileProvider(lockfile: string | null): void {
  if (lockfile === null) return;

  const provider = lockfileProvider(lockfile);
  if (provider !== "postgresql") {
    throw new MigrationError(
      "P3019",
      `migration_lock.toml names the provider "${provider ?? "(none)"}", but these migrations run on PostgreSQL. ` +
        'Set `provider = "postgresql"` in the lock file if the migrations were written for PostgreSQL.',
    );
  }
}

function rejectFailedMigrations(failed: { migrationName: string; startedAt: Date }[]): void {
  if (failed.length === 0) return;

  const names = failed.map((record) => `${record.migrationName} (started ${record.startedAt.toISOString()})`).join(", ");
  throw new MigrationError(
    "P3009",
    `Found failed migrations in the database: ${names}. No new migration is applied until they are resolved. ` +
      "Read the error in _prisma_migrations.logs, undo whatever the migration changed outside its transaction, then either " +
      `mark it rolled back (UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = '<name>' AND finished_at IS NULL) ` +
      "so it is retried, or finish it by hand and set finished_at.",
  );
}

/**
 * Records the migration, runs its script as one simple-protocol query (PostgreSQL wraps a
 * multi-statement query in one implicit transaction), then marks it finished. On failure the
 * row keeps `finished_at` null and the error goes to `logs`.
 */
async function applyOneMigration(client: pg.ClientBase, migration: MigrationScript): Promise<void> {
  const id = randomUUID();
  await client.query(
    `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)`,
    [id, migration.checksum, migration.name],
  );

  try {
    await client.query(migration.sql);
  } catch (error) {
    // A script with its own BEGIN leaves the session in an aborted transaction block.
    await client.query("ROLLBACK").catch(() => undefined);

    const logs = describeDatabaseError(migration, error);
    await client.query(`UPDATE "_prisma_migrations" SET logs = $2 WHERE id = $1`, [id, logs]);
    throw new MigrationError("P3018", logs, { cause: error });
  }

  await client.query(
    `UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = applied_steps_count + 1 WHERE id = $1`,
    [id],
  );
}
