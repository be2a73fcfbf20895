import "vitest";

declare module "vitest" {
  interface ProvidedContext {
    /** URL of the migrated database the integration tests share. */
    databaseUrl: string;
    /** "server" for a PostgreSQL server, "embedded" for the in-process PGlite fallback. */
    databaseKind: "server" | "embedded";
  }
}
