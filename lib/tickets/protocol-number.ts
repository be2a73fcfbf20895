import type { Division } from "@/lib/generated/prisma/enums";
import { timeZone } from "@/lib/i18n/config";

const yearInMilan = new Intl.DateTimeFormat("en-GB", { timeZone, year: "numeric" });

/** Returns the calendar year in Milan at `at`: a ticket opened at 00:30 on 1 January belongs to the new year. */
export function protocolYearOf(at: Date): number {
  return Number(yearInMilan.format(at));
}

/** Returns the counter scope of a division's tickets in `ProtocolCounter`, "ticket:sii" or "ticket:casa". */
export function ticketCounterScope(division: Division): string {
  return `ticket:${division}`;
}

/** Formats a ticket protocol, for example `SII-2026-000123`: division, year and a sequence padded to six digits. */
export function formatTicketProtocol(division: Division, year: number, sequence: number): string {
  return `${division.toUpperCase()}-${year}-${String(sequence).padStart(6, "0")}`;
}
