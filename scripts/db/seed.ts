// Loads the deterministic demo data into the database at DATABASE_URL.
//
//   npm run db:seed             seed an empty, migrated database
//   npm run db:seed -- --reset  empty every table except _prisma_migrations first, then seed
import { PrismaPg } from "@prisma/adapter-pg";

import { PrismaClient } from "@/lib/generated/prisma/client";
import { databasePoolMax, databaseUrl } from "@/lib/db/url";
import { seedDatabase } from "@/prisma/seed";
import { findNonEmptyTables, truncateDomainTables } from "@/prisma/seed/reset";

const USAGE = "Usage: npm run db:seed [-- --reset]   (--reset empties every table before seeding)";

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const unknown = args.filter((arg) => arg !== "--reset");
  if (unknown.length > 0) {
    console.error(`Unknown option ${unknown.join(" ")}. ${USAGE}`);
    return 2;
  }
  const reset = args.includes("--reset");

  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl(), max: databasePoolMax() }) });
  try {
    const nonEmpty = await findNonEmptyTables(prisma);
    if (nonEmpty.length > 0 && !reset) {
      console.error(
        `Not seeded: the database already has data in ${nonEmpty.slice(0, 5).join(", ")}${nonEmpty.length > 5 ? " and more" : ""}. ` +
          "Run `npm run db:seed -- --reset` to empty every table and seed again.",
      );
      return 1;
    }
    if (reset && nonEmpty.length > 0) {
      await truncateDomainTables(prisma);
      console.log(`Emptied ${nonEmpty.length} table(s).`);
    }

    const startedAt = performance.now();
    const summary = await seedDatabase(prisma);
    const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);

    console.log(`Seeded in ${seconds} s:`);
    for (const [table, count] of Object.entries(summary)) {
      console.log(`  ${table.padEnd(18)} ${count}`);
    }
    console.log("Demo accounts and their shared password: docs/demo-accounts.md");
    return 0;
  } finally {
    await prisma.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
