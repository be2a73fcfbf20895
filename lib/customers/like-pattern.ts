/** Wraps text in `%…%` for a "contains" LIKE, escaping `%`, `_` and `\` so they match literally. */
export function likePatternOf(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}
