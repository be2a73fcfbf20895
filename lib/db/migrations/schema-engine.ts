import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";

import { LOCKFILE_NAME, MIGRATION_SCRIPT_NAME, POSTGRESQL_LOCKFILE, type MigrationFolder } from "./migration-folder";

type EngineBindings = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");

let bindings: Promise<EngineBindings> | undefined;

/**
 * Loads Prisma's schema engine compiled to WebAssembly, once per process. The package's own
 * entry imports the `.wasm` file as an ES module, which Node 20 cannot do without a flag, so
 * the module is instantiated here with the JavaScript bindings as its imports.
 */
export function loadSchemaEngine(): Promise<EngineBindings> {
  bindings ??= instantiateSchemaEngine();
  return bindings;
}

async function instantiateSchemaEngine(): Promise<EngineBindings> {
  const require = createRequire(import.meta.url);
  const bindingsPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const engine = (await import("@prisma/schema-engine-wasm/schema_engine_bg")) as EngineBindings;

  const wasmBytes = await readFile(path.join(path.dirname(bindingsPath), "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(wasmBytes, { "./schema_engine_bg.js": engine });
  engine.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();

  return engine;
}

/** Describes a migrations folder in the engine's terms. A missing lock file is read as PostgreSQL's. */
export function toEngineMigrationList(folder: MigrationFolder): MigrationList {
  return {
    baseDir: folder.migrationsDir,
    lockfile: { path: LOCKFILE_NAME, content: folder.lockfile ?? POSTGRESQL_LOCKFILE },
    shadowDbInitScript: "",
    migrationDirectories: folder.migrations.map((migration) => ({
      path: migration.name,
      migrationFile: { path: MIGRATION_SCRIPT_NAME, content: { tag: "ok", value: migration.sql } },
    })),
  };
}

export type { SchemaEngine };
