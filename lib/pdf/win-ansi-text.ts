/**
 * The standard PDF fonts encode text in WinAnsi (Windows-1252). These are the characters it
 * holds beyond Latin-1, at 0x80-0x9F.
 */
const winAnsiExtras = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");

function isWinAnsi(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  if (code === 0x09 || code === 0x0a) return true;
  if (code >= 0x20 && code <= 0x7e) return true;
  if (code >= 0xa0 && code <= 0xff) return true;
  return winAnsiExtras.has(char);
}

/**
 * Makes text printable with a standard font: characters WinAnsi lacks lose their accents
 * (ł stays l only when Unicode decomposes it; ș becomes s), and what is left becomes "?".
 */
export function toWinAnsi(text: string): string {
  let result = "";

  for (const char of text) {
    if (isWinAnsi(char)) {
      result += char;
      continue;
    }

    const stripped = char.normalize("NFKD").replace(/\p{M}/gu, "");
    result += [...stripped].every(isWinAnsi) && stripped !== "" ? stripped : "?";
  }

  return result;
}
