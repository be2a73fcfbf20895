/** Every database an e2e run creates on a PostgreSQL server starts with this prefix. */
export const e2eDatabasePrefix = "sportello_e2e_";

/** Returns a new database name for the e2e run `runId`. */
export function e2eDatabaseName(runId: string): string {
  return `${e2eDatabasePrefix}${runId}_${process.pid}`;
}

/** Returns the LIKE pattern that matches every database of the e2e run `runId`, and no other run's. */
export function e2eDatabasePattern(runId: string): string {
  const literal = `${e2eDatabasePrefix}${runId}_`.replace(/[\\_%]/g, (char) => `\\${char}`);
  return `${literal}%`;
}
