import path from "node:path";
import { fileURLToPath } from "node:url";

import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));
const resultsDir = process.env.TEST_RESULTS_DIR;

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      // The real package throws outside React Server Components, which is its purpose in the app.
      { find: /^server-only$/, replacement: path.join(root, "node_modules/server-only/empty.js") },
    ],
  },
  test: {
    // CI totals the results of every runner from this file.
    reporters: resultsDir ? ["default", ["json", { outputFile: path.join(resultsDir, "vitest.json") }]] : ["default"],
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/setup/integration-database.ts"],
          setupFiles: ["tests/setup/integration-environment.ts"],
          // Every file shares one database, so files run one at a time: a test that counts rows
          // or truncates a table would otherwise see another file's data. The embedded database
          // also has a single backend.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
