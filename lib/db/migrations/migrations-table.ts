import type { SqlQueryable } from "./connection";

/** The lock id that Prisma's schema engine takes, so this runner and the Prisma CLI exclude each other. */
export const MIGRATION_ADVISORY_LOCK_ID = 72707369;

/** The table `prisma migrate deploy` creates, column for column, so the CLI later reads it as its own. */
export const CREATE_MIGRATIONS_TABLE_SQL = `CREATE TABLE "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

/** One row of `_prisma_migrations`. */
export type MigrationRecord = {
  id: string;
  checksum: string;
  migrationName: string;
  startedAt: Date;
  finishedAt: Date | null;
  rolledBackAt: Date | null;
  logs: string | null;
  appliedStepsCount: number;
};

type MigrationRow = {
  id: string;
  checksum: string;
  migration_name: string;
  started_at: Date;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  logs: string | null;
  applied_steps_count: number;
};

/** Returns whether `_prisma_migrations` exists in the current schema (the first one on the search path). */
export async function migrationsTableExists(queryable: SqlQueryable): Promise<boolean> {
  const { rows } = await queryable.query(
    `SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = '_prisma_migrations'`,
  );
  return rows.length > 0;
}

/** Returns the names of the tables and views in the current schema, at most `limit` of them. */
export async function listSchemaTables(queryable: SqlQueryable, limit = 10): Promise<string[]> {
  const { rows } = await queryable.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY table_name LIMIT $1`,
    [limit],
  );
  return (rows as { table_name: string }[]).map((row) => row.table_name);
}

/** Returns every row of `_prisma_migrations` in the order the migrations started. */
export async function readMigrationRecords(queryable: SqlQueryable): Promise<MigrationRecord[]> {
  const { rows } = await queryable.query(
    `SELECT id, checksum, migration_name, started_at, finished_at, rolled_back_at, logs, applied_steps_count
       FROM "_prisma_migrations"
      ORDER BY started_at, migration_name`,
  );

  return (rows as MigrationRow[]).map((row) => ({
    id: row.id,
    checksum: row.checksum,
    migrationName: row.migration_name,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    rolledBackAt: row.rolled_back_at,
    logs: row.logs,
    appliedStepsCount: Number(row.applied_steps_count),
  }));
}

/** A migration that started and neither finished nor was marked rolled back (Prisma's "failed"). */
export function isFailed(record: MigrationRecord): boolean {
  return record.finishedAt === null && record.rolledBackAt === null;
}

/** A migration that finished and was not marked rolled back afterwards. */
export function isApplied(record: MigrationRecord): boolean {
  return record.finishedAt !== null && record.rolledBackAt === null;
}
