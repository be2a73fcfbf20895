import { toSameOriginPath } from "@/lib/http/same-origin-path";

/** The sign-in page. Auth.js sends users here too (`pages.signIn`). */
export const signInPath = "/accedi";

/**
 * Returns `value` as a same-origin path ("/sportello-online/bollette?anno=2025"), or null when
 * it is missing, longer than 2,048 characters, not a path on this site (see
 * `toSameOriginPath`), or points back to sign-in. Every `callbackUrl` goes through it before a
 * redirect, so the portal is no open redirect.
 */
export function safeCallbackPath(value: unknown): string | null {
  if (typeof value !== "string" || value.length === 0 || value.length > 2048) return null;

  const path = toSameOriginPath(value);
  if (path === null) return null;

  const pathname = path.split(/[?#]/)[0] ?? path;
  if (pathname === signInPath || pathname.startsWith(`${signInPath}/`)) return null;
  return path;
}

/** Returns the sign-in URL, with a `callbackUrl` back to `returnTo` when that is a safe path. */
export function signInUrl(returnTo?: string | null): string {
  const callbackPath = safeCallbackPath(returnTo);
  if (!callbackPath) return signInPath;

  return `${signInPath}?${new URLSearchParams({ callbackUrl: callbackPath })}`;
}
