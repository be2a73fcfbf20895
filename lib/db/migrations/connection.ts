import pg from "pg";

/**
 * A database to migrate: a connection string, a `pg` client configuration, a `pg.Pool`
 * (one client is checked out for the whole run) or a connected client, which stays open.
 */
export type MigrationConnection = string | pg.ClientConfig | pg.Pool | pg.ClientBase;

/**
 * Anything that runs SQL text with positional parameters and returns rows. A `pg` client or
 * pool fits as is, and `prismaQueryable` adapts a Prisma client.
 */
export type SqlQueryable = {
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
};

/** Minimal shape of a Prisma client, typed here so this library needs no generated client. */
type RawQueryClient = {
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
};

/**
 * Adapts a Prisma client to `SqlQueryable`. A caller that already has the app's connection
 * pool (one connection on the embedded database) then opens no second connection.
 */
export function prismaQueryable(prisma: RawQueryClient): SqlQueryable {
  return {
    async query(text, values = []) {
      const rows = await prisma.$queryRawUnsafe<unknown[]>(text, ...values);
      return { rows };
    },
  };
}

/**
 * Runs `work` on a single session, which the advisory lock needs. A client opened here from
 * a URL or a configuration is closed afterwards, but a client or pool passed in stays open.
 */
export async function withClient<T>(connection: MigrationConnection, work: (client: pg.ClientBase) => Promise<T>): Promise<T> {
  if (connection instanceof pg.Pool) {
    const client = await connection.connect();
    try {
      return await work(client);
    } finally {
      client.release();
    }
  }

  if (isClient(connection)) return work(connection);

  const client = new pg.Client(typeof connection === "string" ? { connectionString: connection } : connection);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Returns a queryable for `connection`, and a function that closes what was opened here. */
export async function openQueryable(
  connection: MigrationConnection | SqlQueryable,
): Promise<{ queryable: SqlQueryable; close: () => Promise<void> }> {
  if (isQueryable(connection)) return { queryable: connection, close: async () => {} };

  const client = new pg.Client(typeof connection === "string" ? { connectionString: connection } : connection);
  await client.connect();
  return { queryable: client, close: () => client.end() };
}

/** Tells a client from a configuration object. Callers check for a pool first. */
function isClient(connection: MigrationConnection): connection is pg.ClientBase {
  return connection instanceof pg.Client || isQueryable(connection);
}

function isQueryable(connection: unknown): connection is SqlQueryable {
  return typeof connection === "object" && connection !== null && typeof (connection as SqlQueryable).query === "function";
}
