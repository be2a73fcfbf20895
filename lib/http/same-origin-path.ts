// Only used to resolve relative paths, and nothing is ever fetched from it.
const parsingBase = "http://portal.invalid";

const unsafeCharacters = /[\\\u0000-\u001f\u007f]/;

/**
 * Returns `value` as a path on this site ("/contatti?x=1#a"), or null when it is not one:
 * absolute and protocol-relative URLs, backslashes and control characters (browsers read
 * "/\host" as another host) are rejected. The check runs again on the normalized path,
 * because dot segments collapse into "//host": "/.//evil.example" becomes "//evil.example".
 */
export function toSameOriginPath(value: string): string | null {
  if (!value.startsWith("/") || value.startsWith("//")) return null;
  if (unsafeCharacters.test(value)) return null;

  let url: URL;
  try {
    url = new URL(value, parsingBase);
  } catch {
    return null;
  }

  const path = `${url.pathname}${url.search}${url.hash}`;
  if (url.origin !== parsingBase || path.startsWith("//") || unsafeCharacters.test(path)) return null;
  return path;
}
