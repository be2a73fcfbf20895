import type { IncomingMessage } from "node:http";

import { decode } from "next-auth/jwt";

// Auth.js names its session cookie this way; the `__Secure-` form is used over HTTPS.
const sessionCookieNames = ["__Secure-authjs.session-token", "authjs.session-token"];

function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;

  for (const part of header.split(";")) {
    const separator = part.indexOf("=");
    if (separator === -1) continue;
    if (part.slice(0, separator).trim() === name) return decodeURIComponent(part.slice(separator + 1).trim());
  }
  return undefined;
}

/**
 * Returns the user id carried by the Auth.js session cookie, or null. Used only to tag log
 * lines: authorization never relies on it and always goes through the policy module.
 */
export async function readSessionUserId(request: IncomingMessage): Promise<string | null> {
  const secret = process.env.AUTH_SECRET;
  if (!secret) return null;

  for (const name of sessionCookieNames) {
    const token = readCookie(request.headers.cookie, name);
    if (!token) continue;

    try {
      const payload = await decode({ token, secret, salt: name });
      return typeof payload?.sub === "string" ? payload.sub : null;
    } catch {
      return null;
    }
  }
  return null;
}
