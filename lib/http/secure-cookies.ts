import "server-only";

import { headers } from "next/headers";

/**
 * Returns true when the current request arrived over HTTPS, so cookies set now can
 * carry `Secure`. The demo serves plain HTTP, where a browser would drop a Secure
 * cookie, so the flag follows the protocol rather than NODE_ENV. Next's server and
 * TLS-terminating proxies set `x-forwarded-proto`.
 */
export async function isHttpsRequest(): Promise<boolean> {
  const forwardedProto = (await headers()).get("x-forwarded-proto");
  return forwardedProto?.split(",")[0]?.trim().toLowerCase() === "https";
}
