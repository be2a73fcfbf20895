import { PGlite } from "@electric-sql/pglite";
import {
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";

import { pgliteExtensions } from "../embedded/pglite-extensions";

type PGliteError = { code?: string; severity?: string; message: string; detail?: string; column?: string; hint?: string };

/**
 * A driver adapter factory for the schema engine's diff, backed by fresh in-memory PGlite
 * instances, so a diff needs no PostgreSQL server. Call `close` when the engine is done.
 *
 * The engine only reads the server version from the main connection during a diff, so the
 * main connection and the first shadow database share one instance. Each PGlite instance
 * costs a few hundred megabytes.
 */
export class InMemoryPGliteAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres";
  readonly adapterName = "pglite-in-memory";
  private readonly instances: PGlite[] = [];
  private sharedInstanceUsedAsShadow = false;

  connect(): Promise<SqlDriverAdapter> {
    return this.adapterFor(this.instances[0] ?? this.newInstance());
  }

  connectToShadowDb(): Promise<SqlDriverAdapter> {
    const reuseShared = !this.sharedInstanceUsedAsShadow && this.instances.length === 1;
    this.sharedInstanceUsedAsShadow = true;
    return this.adapterFor(reuseShared && this.instances[0] ? this.instances[0] : this.newInstance());
  }

  async close(): Promise<void> {
    await Promise.all(this.instances.map((instance) => instance.close()));
    this.instances.length = 0;
  }

  private newInstance(): PGlite {
    const database = new PGlite({ extensions: pgliteExtensions });
    this.instances.push(database);
    return database;
  }

  private async adapterFor(database: PGlite): Promise<SqlDriverAdapter> {
    const adapter = await new PrismaPGlite(database).connect();

    // pglite-prisma-adapter 0.7.2 does not await `exec` in `executeScript`, so a failing
    // migration would count as applied and its error would surface as an unhandled
    // rejection. The engine runs each migration on the shadow database through this method.
    adapter.executeScript = async (script: string) => {
      try {
        await database.exec(script);
      } catch (error) {
        throw toDriverAdapterError(error);
      }
    };

    return adapter;
  }
}

function toDriverAdapterError(error: unknown): unknown {
  if (!(error instanceof Error) || typeof (error as PGliteError).code !== "string") return error;

  const databaseError = error as Error & PGliteError;
  return new DriverAdapterError({
    kind: "postgres",
    code: databaseError.code ?? "",
    severity: databaseError.severity ?? "ERROR",
    message: databaseError.message,
    detail: databaseError.detail,
    column: databaseError.column,
    hint: databaseError.hint,
  });
}
