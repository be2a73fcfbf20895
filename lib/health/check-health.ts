import "server-only";

import { db } from "@/lib/db/client";
import { defaultMigrationsDir, prismaQueryable, readMigrationStatus } from "@/lib/db/migrations";
import { logger } from "@/lib/log/logger";

export type HealthReport = {
  status: "ok" | "unavailable";
  database: { reachable: boolean };
  migrations: { upToDate: boolean; pending: number; failed: number; edited: number } | null;
  checkedAt: string;
};

/** Checks that PostgreSQL responds and that every migration in the folder is applied, unedited. */
export async function checkHealth(): Promise<HealthReport> {
  const checkedAt = new Date().toISOString();

  let queryable;
  try {
    const prisma = db();
    await prisma.$queryRawUnsafe("SELECT 1");
    queryable = prismaQueryable(prisma);
  } catch (error) {
    logger.error({ err: error }, "health check: database unreachable");
    return { status: "unavailable", database: { reachable: false }, migrations: null, checkedAt };
  }

  try {
    const status = await readMigrationStatus(queryable, defaultMigrationsDir());
    const migrations = {
      upToDate: status.upToDate,
      pending: status.pending.length,
      failed: status.failed.length,
      edited: status.edited.length,
    };
    return { status: status.upToDate ? "ok" : "unavailable", database: { reachable: true }, migrations, checkedAt };
  } catch (error) {
    logger.error({ err: error }, "health check: migration status failed");
    return { status: "unavailable", database: { reachable: true }, migrations: null, checkedAt };
  }
}
