import { describe, inject } from "vitest";

/** True when the integration tests run on a PostgreSQL server rather than the embedded PGlite. */
export const realServer = inject("databaseKind") === "server";

export const REAL_SERVER_SKIP_REASON =
  "needs a PostgreSQL server (PGlite has one backend, so concurrent sessions and locks cannot be tested on it); set DATABASE_URL to run it";

/**
 * `describe` for tests of concurrency, locks or several sessions. On the embedded database the
 * suite is skipped, and one plain line gives the reason.
 */
export function describeOnRealServer(name: string, suite: () => void): void {
  if (!realServer) {
    console.info(`Skipped "${name}": ${REAL_SERVER_SKIP_REASON}.`);
  }
  describe.skipIf(!realServer)(name, suite);
}
