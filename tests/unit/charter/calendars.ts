import { createBusinessCalendar, type HolidayDefinition } from "@/lib/charter/business-calendar";

function fixed(name: string, month: number, day: number, validFromYear: number | null = null): HolidayDefinition {
  return { rule: "fixedDate", month, day, name, validFromYear, validToYear: null };
}

/** Italy's national holidays, with 4 October from 2026 and Easter Monday. */
export const nationalHolidays: HolidayDefinition[] = [
  fixed("Capodanno", 1, 1),
  fixed("Epifania", 1, 6),
  fixed("Festa della Liberazione", 4, 25),
  fixed("Festa del Lavoro", 5, 1),
  fixed("Festa della Repubblica", 6, 2),
  fixed("Ferragosto", 8, 15),
  fixed("San Francesco d'Assisi", 10, 4, 2026),
  fixed("Ognissanti", 11, 1),
  fixed("Immacolata Concezione", 12, 8),
  fixed("Natale", 12, 25),
  fixed("Santo Stefano", 12, 26),
  { rule: "easterMonday", month: null, day: null, name: "Lunedì dell'Angelo", validFromYear: null, validToYear: null },
];

/** Deadline calendar: national holidays only, Sant'Ambrogio excluded. */
export const standardsCalendar = createBusinessCalendar({ code: "standards", holidays: nationalHolidays, closures: [] });

/** Office calendar: national holidays, Sant'Ambrogio and two closures at the end of 2026. */
export const officesCalendar = createBusinessCalendar({
  code: "offices",
  holidays: [...nationalHolidays, fixed("Sant'Ambrogio", 12, 7)],
  closures: [
    { date: "2026-12-24", reason: "Vigilia di Natale" },
    { date: "2026-12-31", reason: "Ultimo giorno dell'anno" },
  ],
});
