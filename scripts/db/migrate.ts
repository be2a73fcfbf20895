// Applies the pending migrations of prisma/migrations to DATABASE_URL, as `prisma migrate
// deploy` would, without Prisma's native schema engine.
//
//   DATABASE_URL=postgresql://... npm run db:migrate
import { applyMigrations, defaultMigrationsDir, MigrationError } from "@/lib/db/migrations";

async function main(): Promise<number> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.error("DATABASE_URL is missing: set it to the PostgreSQL database to migrate, for example postgresql://postgres@127.0.0.1:5432/sportello.");
    return 2;
  }

  const startedAt = performance.now();
  const result = await applyMigrations(databaseUrl, defaultMigrationsDir());
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);

  for (const name of result.edited) {
    console.warn(`Warning: migration ${name} changed after it was applied. The database keeps the old version; write a new migration instead of editing an applied one.`);
  }
  if (result.applied.length === 0) {
    console.log(`No pending migrations: the database is up to date (${seconds} s).`);
  } else {
    console.log(`Applied ${result.applied.length} migration(s) in ${seconds} s:\n${result.applied.map((name) => `  ${name}`).join("\n")}`);
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const prefix = error instanceof MigrationError ? `Migration failed (${error.code}): ` : "Migration failed: ";
    console.error(prefix + (error instanceof Error ? error.message : String(error)));
    process.exit(1);
  },
);
