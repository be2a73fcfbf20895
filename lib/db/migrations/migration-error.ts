/**
 * Error codes of `prisma migrate deploy` for the same conditions, so that a search for the
 * code finds Prisma's documentation.
 */
export type MigrationErrorCode =
  /** The advisory lock stayed taken for the whole timeout. */
  | "P1002"
  /** The schema has tables but no `_prisma_migrations` table. */
  | "P3005"
  /** A recorded migration failed and nobody has resolved it. */
  | "P3009"
  /** A migration failed while it was applied. */
  | "P3018"
  /** `migration_lock.toml` names another provider. */
  | "P3019"
  /** The migrations folder cannot be read or is malformed. */
  | "MIGRATIONS_FOLDER";

/** A rejected run or a failed migration. The message tells the operator what to do next. */
export class MigrationError extends Error {
  readonly code: MigrationErrorCode;

  constructor(code: MigrationErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "MigrationError";
    this.code = code;
  }
}
