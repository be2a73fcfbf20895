import type { MigrationScript } from "./migration-folder";

type DatabaseErrorFields = {
  message?: string;
  code?: string;
  detail?: string;
  hint?: string;
  position?: string;
  where?: string;
};

/**
 * Formats a failed migration's error for `_prisma_migrations.logs` and for the operator:
 * the SQLSTATE, PostgreSQL's message, detail and hint, and the line of the script where the
 * failing statement is.
 */
export function describeDatabaseError(migration: MigrationScript, error: unknown): string {
  const fields = (typeof error === "object" && error !== null ? error : { message: String(error) }) as DatabaseErrorFields;
  const lines = [`Migration ${migration.name} failed to apply.`, "", `Database error: ${fields.message ?? "unknown error"}`];

  if (fields.code) lines.push(`Database error code: ${fields.code}`);
  if (fields.detail) lines.push(`Detail: ${fields.detail}`);
  if (fields.hint) lines.push(`Hint: ${fields.hint}`);
  if (fields.where) lines.push(`Where: ${fields.where}`);

  const line = lineOfPosition(migration.sql, fields.position);
  if (line !== null) lines.push(`Position: line ${line} of migration.sql`);

  return lines.join("\n");
}

/** Converts PostgreSQL's 1-based character position in the query text to a 1-based line number. */
function lineOfPosition(sql: string, position: string | undefined): number | null {
  const offset = Number(position);
  if (!Number.isInteger(offset) || offset < 1) return null;

  return sql.slice(0, offset - 1).split("\n").length;
}
