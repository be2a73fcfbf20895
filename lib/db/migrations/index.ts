// Exports the runner and the status check. The schema diff is imported from ./diff directly,
// because it loads the WebAssembly schema engine and PGlite, which the app does not need.
export { applyMigrations, type ApplyMigrationsOptions, type ApplyMigrationsResult } from "./apply-migrations";
export { prismaQueryable, type MigrationConnection, type SqlQueryable } from "./connection";
export { MigrationError, type MigrationErrorCode } from "./migration-error";
export { defaultMigrationsDir } from "./migration-folder";
export { readMigrationStatus, type MigrationStatus } from "./migration-status";
export { MIGRATION_ADVISORY_LOCK_ID } from "./migrations-table";
