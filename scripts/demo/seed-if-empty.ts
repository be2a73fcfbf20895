import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

import { PrismaPg } from "@prisma/adapter-pg";

import { PrismaClient } from "@/lib/generated/prisma/client";

const SEED_MODULE = path.resolve("prisma", "seed", "index.ts");

type SeedModule = { seedDatabase?: (prisma: PrismaClient) => Promise<unknown> };

/**
 * Seeds the demo data when the database has no users yet, so a restart keeps whatever the
 * previous run changed. Returns whether it seeded. The client uses one connection and is
 * closed before returning, because the embedded database accepts one connection at a time.
 */
export async function seedIfEmpty(databaseUrl: string): Promise<boolean> {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max: 1 }) });

  try {
    const users = await prisma.user.count();
    if (users > 0) return false;

    const seedDatabase = await loadSeedFunction();
    await seedDatabase(prisma);
    return true;
  } finally {
    await prisma.$disconnect();
  }
}

async function loadSeedFunction(): Promise<(prisma: PrismaClient) => Promise<unknown>> {
  if (!existsSync(SEED_MODULE)) {
    throw new Error(`The database has no users and ${path.relative(process.cwd(), SEED_MODULE)} does not exist yet, so the demo has no data to load.`);
  }

  // Imported by path because the module may not exist when this file is type-checked.
  const seedModule = (await import(pathToFileURL(SEED_MODULE).href)) as SeedModule;
  if (typeof seedModule.seedDatabase !== "function") {
    throw new Error(`${path.relative(process.cwd(), SEED_MODULE)} does not export seedDatabase(prisma).`);
  }
  return seedModule.seedDatabase;
}
