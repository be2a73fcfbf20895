// Runs in each integration test worker before the test file: points the app's database
// module at the run's database.
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
if (inject("databaseKind") === "embedded") {
  process.env.DATABASE_POOL_MAX = "1";
}

// Uploaded files of a test run go to a folder of their own, never into the project's .data.
if (!process.env.UPLOAD_DIR) {
  const { mkdtempSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const path = await import("node:path");
  process.env.UPLOAD_DIR = mkdtempSync(path.join(tmpdir(), "sportello-uploads-"));
}
