/**
 * Returns the PostgreSQL URL. `npm run demo` sets DATABASE_URL to the embedded server
 * before it starts Next, so a missing variable here is a configuration error.
 */
export function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error("DATABASE_URL is missing: set it, or start the portal with `npm run demo`.");
  }
  return url;
}

/** Returns the connection pool size: 1 for the embedded server, which has a single backend. */
export function databasePoolMax(): number {
  const configured = Number(process.env.DATABASE_POOL_MAX ?? "10");
  return Number.isInteger(configured) && configured > 0 ? configured : 10;
}
