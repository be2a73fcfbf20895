import type { IncomingMessage } from "node:http";

/**
 * Sets `x-client-address` on an incoming request, replacing any value the client sent. The
 * address is the TCP peer's, unless TRUST_PROXY=1 declares that a reverse proxy in front of the portal
 * appends the real client to `x-forwarded-for`: then it is that header's last entry.
 */
export function assignClientAddress(request: IncomingMessage, trustProxy: boolean): void {
  delete request.headers["x-client-address"];

  let address = request.socket.remoteAddress ?? null;
  if (trustProxy) {
    const forwarded = request.headers["x-forwarded-for"];
    const header = Array.isArray(forwarded) ? forwarded.join(",") : forwarded;
    const lastForwarded = header?.split(",").at(-1)?.trim();
    if (lastForwarded) address = lastForwarded;
  }

  if (address) request.headers["x-client-address"] = address;
}
