import type { PrismaClient } from "@/lib/generated/prisma/client";

/** Prisma's migration history, which a reset keeps so the schema stays recorded as migrated. */
const migrationsTable = "_prisma_migrations";

async function listTables(prisma: PrismaClient): Promise<string[]> {
  const tables = await prisma.$queryRaw<Array<{ tablename: string }>>`
    SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema() ORDER BY tablename`;
  return tables.map((table) => table.tablename).filter((name) => name !== migrationsTable);
}

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Returns the tables of the current schema, migrations table excluded, that hold at least one row. */
export async function findNonEmptyTables(prisma: PrismaClient): Promise<string[]> {
  const tables = await listTables(prisma);
  if (tables.length === 0) return [];

  const probes = tables.map((name) => `SELECT ${`'${name.replace(/'/g, "''")}'`} AS name WHERE EXISTS (SELECT 1 FROM ${quoteIdentifier(name)})`);
  const rows = await prisma.$queryRawUnsafe<Array<{ name: string }>>(probes.join(" UNION ALL "));
  return rows.map((row) => row.name);
}

/** Empties every table of the current schema except the migration history, in one statement. */
export async function truncateDomainTables(prisma: PrismaClient): Promise<void> {
  const tables = await listTables(prisma);
  if (tables.length === 0) return;

  await prisma.$executeRawUnsafe(`TRUNCATE TABLE ${tables.map(quoteIdentifier).join(", ")} RESTART IDENTITY CASCADE`);
}
