import { openQueryable, type MigrationConnection, type SqlQueryable } from "./connection";
import { readMigrationFolder, scriptMatchesChecksum } from "./migration-folder";
import { isApplied, isFailed, migrationsTableExists, readMigrationRecords } from "./migrations-table";

export type MigrationStatus = {
  /** Migrations that finished and were not rolled back, in the order they ran. */
  applied: string[];
  /** Folders not yet applied, in the order the runner would apply them. */
  pending: string[];
  /** Migrations that started and neither finished nor were marked rolled back. */
  failed: string[];
  /** Applied migrations whose `migration.sql` changed since it ran. */
  edited: string[];
  /** True when nothing is pending, failed or edited. */
  upToDate: boolean;
};

/**
 * Compares the migrations folder with `_prisma_migrations` without changing anything and
 * without taking the migration lock. A database with no history table reads as having
 * every migration pending.
 */
export async function readMigrationStatus(connection: MigrationConnection | SqlQueryable, migrationsDir: string): Promise<MigrationStatus> {
  const folder = await readMigrationFolder(migrationsDir);
  const { queryable, close } = await openQueryable(connection);

  try {
    const records = (await migrationsTableExists(queryable)) ? await readMigrationRecords(queryable) : [];
    const current = records.filter((record) => record.rolledBackAt === null);
    const scripts = new Map(folder.migrations.map((migration) => [migration.name, migration]));

    const applied = current.filter(isApplied).map((record) => record.migrationName);
    const failed = current.filter(isFailed).map((record) => record.migrationName);
    const recordedNames = new Set(current.map((record) => record.migrationName));
    const pending = folder.migrations.filter((migration) => !recordedNames.has(migration.name)).map((migration) => migration.name);
    const edited = current
      .filter((record) => {
        const script = scripts.get(record.migrationName);
        return isApplied(record) && script !== undefined && !scriptMatchesChecksum(script.sql, record.checksum);
      })
      .map((record) => record.migrationName);

    return { applied, pending, failed, edited, upToDate: pending.length === 0 && failed.length === 0 && edited.length === 0 };
  } finally {
    await close();
  }
}
