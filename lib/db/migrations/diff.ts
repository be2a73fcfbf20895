import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";

import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

import { readMigrationFolder } from "./migration-folder";
import { InMemoryPGliteAdapterFactory } from "./pglite-shadow-adapter";
import { loadSchemaEngine, toEngineMigrationList } from "./schema-engine";

export type SchemaDiff = {
  /** The SQL that takes a database from the migrations' end state to the schema. */
  sql: string;
  /** True when the migrations already produce exactly the schema. */
  isEmpty: boolean;
};

/**
 * Returns the SQL that takes a database migrated with every script of `migrationsDir` to the
 * state `schemaPath` describes, as `prisma migrate diff --from-migrations --to-schema
 * --script` would. The migrations run on an in-memory PGlite shadow database, so no
 * PostgreSQL server is involved. Throws when a migration fails on that shadow database.
 */
export async function diffMigrationsToSchema(options: { migrationsDir: string; schemaPath: string }): Promise<SchemaDiff> {
  const folder = await readMigrationFolder(options.migrationsDir);
  const schemaFiles = await readSchemaFiles(options.schemaPath);
  const { SchemaEngine } = await loadSchemaEngine();

  const factory = new InMemoryPGliteAdapterFactory();
  const engine = await SchemaEngine.new(
    { datamodels: schemaFiles.map((file) => [file.path, file.content]) },
    () => {},
    bindMigrationAwareSqlAdapterFactory(factory),
  );

  try {
    const result = await engine.diff({
      from: { tag: "migrations", ...toEngineMigrationList(folder) },
      to: { tag: "schemaDatamodel", files: schemaFiles },
      script: true,
      exitCode: true,
      filters: { externalTables: [], externalEnums: [] },
    });

    // With `exitCode: true` the engine returns 2 for a non-empty diff and 0 for an empty one.
    return { sql: result.stdout ?? "", isEmpty: result.exitCode === 0 };
  } finally {
    engine.free();
    await factory.close();
  }
}

/** Reads a schema file, or every `.prisma` file under a schema folder. */
async function readSchemaFiles(schemaPath: string): Promise<{ path: string; content: string }[]> {
  const absolutePath = path.resolve(schemaPath);
  if (!(await stat(absolutePath)).isDirectory()) {
    return [{ path: absolutePath, content: await readFile(absolutePath, "utf8") }];
  }

  const entries = await readdir(absolutePath, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".prisma"))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();

  return Promise.all(files.map(async (file) => ({ path: file, content: await readFile(file, "utf8") })));
}
