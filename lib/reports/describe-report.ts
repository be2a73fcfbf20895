import type { ParsedReport } from "@/lib/reports/report-schemas";

/** Facts the description states besides the reporter's own words. */
export type ReportContext = {
  categoryLabel: string;
  /** The dwelling or building in words, for example "Via Giambellino 36, scala A, piano 1, interno 101". */
  placeLabel: string;
};

const placeLinePrefix = "Luogo: ";
const phoneLinePrefix = "Telefono: ";

const contactTimeLabels = { morning: "mattina (9-13)", afternoon: "pomeriggio (14-18)", evening: "sera (18-20)", anytime: "in qualsiasi orario" } as const;

/**
 * Writes the ticket's subject and description in Italian, the language operators work in:
 * the reporter's text, then where the problem is and when to reach the reporter. An
 * unlawful-occupation report names no phone, so the description cannot reveal who filed it.
 */
export function describeReport(report: ParsedReport, context: ReportContext): { subject: string; description: string } {
  const { data } = report;
  const where = data.place === "commonArea" ? "Parti comuni" : "Alloggio";
  const placeLine = [`${where}: ${context.placeLabel}`, data.placeDetail].filter(Boolean).join(" · ");
  const subject = `${context.categoryLabel} · ${where}`.slice(0, 200);

  const lines = [data.description, "", `${placeLinePrefix}${placeLine}`];
  if (report.kind === "occupazione-abusiva") {
    if (report.data.occupiedSince) lines.push(`Occupato da: ${report.data.occupiedSince}`);
  } else {
    lines.push(`Reperibilità: ${contactTimeLabels[report.data.contactTime]}`);
    if (report.data.contactPhone) lines.push(`${phoneLinePrefix}${report.data.contactPhone}`);
  }

  return { subject, description: lines.join("\n").slice(0, 5000) };
}

/**
 * Removes the reporter's phone line that `describeReport` appends, for a reader who is not the
 * reporter (a caretaker reading a tenant's common-area report). Only the lines after the last
 * place line are searched, so the reporter's own words stay as written.
 */
export function withoutReporterPhone(description: string): string {
  const lines = description.split("\n");
  const placeLine = lines.findLastIndex((line) => line.startsWith(placeLinePrefix));
  if (placeLine === -1) return description;

  return lines.filter((line, index) => index <= placeLine || !line.startsWith(phoneLinePrefix)).join("\n");
}
