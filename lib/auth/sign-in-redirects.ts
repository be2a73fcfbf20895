/** The sign-in page. Auth.js sends users here too (`pages.signIn`). */
export const signInPath = "/accedi";

// Only used to parse relative paths; nothing is ever fetched from it.
const parsingBase = "http://portal.invalid";

/**
 * Returns `value` as a same-origin path ("/sportello-online/bollette?anno=2025"), or null when
 * it is missing, absolute ("https://…"), protocol-relative ("//host"), contains a backslash or
 * control character (browsers read "/\host" as another host), or points back to sign-in.
 * Every `callbackUrl` goes through it before a redirect, so the portal is no open redirect.
 */
export function safeCallbackPath(value: unknown): string | null {
  if (typeof value !== "string" || value.length === 0 || value.length > 2048) return null;
  if (!value.startsWith("/") || value.startsWith("//")) return null;
  if (/[\\\u0000-\u001f\u007f]/.test(value)) return null;

  let url: URL;
  try {
    url = new URL(value, parsingBase);
  } catch {
    return null;
  }
  if (url.origin !== parsingBase) return null;
  if (url.pathname === signInPath || url.pathname.startsWith(`${signInPath}/`)) return null;

  return `${url.pathname}${url.search}${url.hash}`;
}

/** Returns the sign-in URL, with a `callbackUrl` back to `returnTo` when that is a safe path. */
export function signInUrl(returnTo?: string | null): string {
  const callbackPath = safeCallbackPath(returnTo);
  if (!callbackPath) return signInPath;

  return `${signInPath}?${new URLSearchParams({ callbackUrl: callbackPath })}`;
}
