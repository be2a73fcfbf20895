// Runs in each integration test worker before the test file: points the app's database
// module at the run's database.
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
if (inject("databaseKind") === "embedded") {
  process.env.DATABASE_POOL_MAX = "1";
}
