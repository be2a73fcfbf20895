// Writes the next migration from the difference between prisma/migrations and
// prisma/schema.prisma. It uses Prisma's schema engine compiled to WebAssembly, because the
// CLI downloads the native engine at every command and fails without internet access.
//
//   npm run db:migration -- <name>           write prisma/migrations/<timestamp>_<name>/migration.sql
//   npm run db:migration -- <name> --empty   write an empty migration for hand-written SQL
import path from "node:path";

import { diffMigrationsToSchema } from "@/lib/db/migrations/diff";
import { defaultMigrationsDir } from "@/lib/db/migrations/migration-folder";
import { normalizeMigrationName, writeMigration } from "@/lib/db/migrations/write-migration";

const SCHEMA_PATH = path.resolve("prisma", "schema.prisma");
const USAGE = "Usage: npm run db:migration -- <name> [--empty]   (name: letters, digits, underscores; for example add_ticket_priority)";

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const empty = args.includes("--empty");
  const words = args.filter((arg) => !arg.startsWith("--"));
  const unknownFlags = args.filter((arg) => arg.startsWith("--") && arg !== "--empty");

  if (words.length === 0 || unknownFlags.length > 0) {
    console.error(USAGE);
    return 2;
  }
  // `npm run db:migration -- add ticket priority` names the folder add_ticket_priority.
  const name = normalizeMigrationName(words.join("_"));
  const migrationsDir = defaultMigrationsDir();

  const startedAt = performance.now();
  const diff = await diffMigrationsToSchema({ migrationsDir, schemaPath: SCHEMA_PATH });
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);

  if (diff.isEmpty && !empty) {
    console.error(
      `No migration written: prisma/schema.prisma already matches the migrations in prisma/migrations (checked in ${seconds} s). ` +
        "Change the schema first, or pass --empty to write an empty migration for hand-written SQL.",
    );
    return 1;
  }
  if (!diff.isEmpty && empty) {
    console.error("The schema differs from the migrations, so --empty would hide those changes. Write that migration first, without --empty.");
    return 1;
  }

  const sql = diff.isEmpty ? "-- Hand-written migration: add the SQL here before applying it.\n" : diff.sql;
  const folderName = await writeMigration({ migrationsDir, name, sql });
  const relativeScript = path.relative(process.cwd(), path.join(migrationsDir, folderName, "migration.sql"));

  console.log(`Wrote ${relativeScript} (diff computed in ${seconds} s).`);
  if (/^\s*(DROP|ALTER TABLE .* DROP)/im.test(sql)) {
    console.log("The script drops tables, columns or types: read it before applying it, because the data in them is lost.");
  }
  console.log("Review the SQL, then apply it with `npm run db:migrate`.");
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
