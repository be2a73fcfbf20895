import path from "node:path";

import { describe, expect, it } from "vitest";

import { diffMigrationsToSchema } from "@/lib/db/migrations/diff";

// The diff runs the migrations on an in-memory PGlite shadow database and compares the result
// with the schema, so it needs neither the run's database nor a PostgreSQL server.
describe("prisma/migrations", () => {
  it("produces exactly prisma/schema.prisma", { timeout: 120_000 }, async () => {
    const diff = await diffMigrationsToSchema({
      migrationsDir: path.resolve("prisma", "migrations"),
      schemaPath: path.resolve("prisma", "schema.prisma"),
    });

    const advice = `prisma/schema.prisma differs from prisma/migrations. Write the missing migration with \`npm run db:migration -- <name>\`; it would contain:\n${diff.sql}`;
    expect(diff.isEmpty, advice).toBe(true);
  });
});
