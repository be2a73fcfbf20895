/**
 * Folds typed text the way the search indexes store names and addresses: commas and runs of
 * spaces become one space. Case and accents are folded in SQL by `sportello_search_text`.
 */
export function searchTextOf(text: string): string {
  return text.replace(/[\s,]+/g, " ").trim();
}

/**
 * Turns control characters of typed or pasted text into spaces. PostgreSQL rejects a NUL
 * character in any text parameter, so a search for "%00" from an edited URL would otherwise
 * fail the whole page instead of finding nothing.
 */
export function withoutControlCharacters(text: string): string {
  return text.replace(/\p{Cc}/gu, " ");
}
