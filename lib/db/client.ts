import "server-only";

import { PrismaPg } from "@prisma/adapter-pg";

import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseUrl, databasePoolMax } from "@/lib/db/url";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/**
 * Returns the process-wide Prisma client, created on first use so that `next build`,
 * which imports route modules, never needs a database.
 */
export function db(): PrismaClient {
  if (globalForPrisma.prisma) return globalForPrisma.prisma;

  const adapter = new PrismaPg({ connectionString: databaseUrl(), max: databasePoolMax() });
  globalForPrisma.prisma = new PrismaClient({ adapter });
  return globalForPrisma.prisma;
}
