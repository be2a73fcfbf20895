const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Request header that carries the id tying log lines of one request together. */
export const requestIdHeader = "x-request-id";

/**
 * Returns the incoming request id when it is a UUID, else a new random one. Any
 * other value is replaced, so a client cannot inject text into log lines.
 */
export function requestIdFrom(incoming: string | null | undefined): string {
  return incoming && uuidPattern.test(incoming) ? incoming.toLowerCase() : crypto.randomUUID();
}
