/** Scope of practice protocol numbers in `ProtocolCounter`. */
export const practiceCounterScope = "practice";

/** Formats a practice protocol, for example `PR-2026-000123`: the year and a sequence padded to six digits. */
export function formatPracticeProtocol(year: number, sequence: number): string {
  return `PR-${year}-${String(sequence).padStart(6, "0")}`;
}
