/** A check's note as stored: an automatic note is a catalog key with values, an operator's note is free text. */
export type CheckNote = { key: string; values: Record<string, string | number> } | { text: string };

/** Serializes an automatic note to the text column WaterBonusCheck.note. */
export function encodeCheckNote(key: string, values: Record<string, string | number> = {}): string {
  return JSON.stringify({ key, values });
}

/** Reads a stored note back; text that is not an encoded automatic note is an operator's note. */
export function decodeCheckNote(note: string | null): CheckNote | null {
  if (note === null || note === "") return null;

  try {
    const parsed: unknown = JSON.parse(note);
    if (parsed && typeof parsed === "object" && "key" in parsed && typeof parsed.key === "string") {
      const values = "values" in parsed && parsed.values && typeof parsed.values === "object" ? (parsed.values as Record<string, string | number>) : {};
      return { key: parsed.key, values };
    }
  } catch {
    // Not JSON: an operator's note.
  }

  return { text: note };
}
