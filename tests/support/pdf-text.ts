import { inflateSync } from "node:zlib";

/** Windows-1252 characters for bytes 0x80-0x9F. The other bytes decode as Latin-1. */
const winAnsiHigh = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

function decodeWinAnsi(bytes: Buffer): string {
  let text = "";
  for (const byte of bytes) text += byte >= 0x80 && byte <= 0x9f ? (winAnsiHigh[byte - 0x80] ?? "") : String.fromCharCode(byte);
  return text;
}

function pageStreams(pdf: Buffer): string[] {
  const source = pdf.toString("latin1");
  const streams: string[] = [];
  const pattern = /<<([^]*?)>>\s*stream\r?\n/g;

  for (let match = pattern.exec(source); match; match = pattern.exec(source)) {
    const start = match.index + match[0].length;
    const end = source.indexOf("endstream", start);
    const raw = pdf.subarray(start, end);
    const flate = (match[1] ?? "").includes("/FlateDecode");

    try {
      streams.push((flate ? inflateSync(raw) : raw).toString("latin1"));
    } catch {
      // Images and fonts may use filters this reader does not need.
    }
  }

  return streams;
}

/**
 * Extracts the text of a PDF written by pdfkit with its standard fonts: the hex strings of every
 * `TJ` array, decoded from WinAnsi, one line per text operation. It is meant for asserting that
 * a value is printed and is not a general PDF parser.
 */
export function extractPdfText(pdf: Buffer): string {
  const lines: string[] = [];

  for (const stream of pageStreams(pdf)) {
    for (const operation of stream.matchAll(/\[((?:<[0-9a-fA-F]*>|\s|-?\d+(?:\.\d+)?)*)\]\s*TJ/g)) {
      const parts = [...(operation[1] ?? "").matchAll(/<([0-9a-fA-F]*)>/g)].map((hex) => decodeWinAnsi(Buffer.from(hex[1] ?? "", "hex")));
      lines.push(parts.join(""));
    }
  }

  return lines.join("\n");
}
