import { plainDate, type PlainDate } from "./plain-date";

/** Returns Easter Sunday of a Gregorian year, by the anonymous (Meeus/Jones/Butcher) algorithm. */
export function easterSunday(year: number): PlainDate {
  const goldenNumber = year % 19;
  const century = Math.floor(year / 100);
  const yearOfCentury = year % 100;
  const skippedLeapYears = Math.floor(century / 4);
  const centuryRemainder = century % 4;
  const moonCorrection = Math.floor((century + 8) / 25);
  const lunarCorrection = Math.floor((century - moonCorrection + 1) / 3);
  const epact = (19 * goldenNumber + century - skippedLeapYears - lunarCorrection + 15) % 30;
  const leapYearsInCentury = Math.floor(yearOfCentury / 4);
  const yearRemainder = yearOfCentury % 4;
  const weekdayShift = (32 + 2 * centuryRemainder + 2 * leapYearsInCentury - epact - yearRemainder) % 7;
  const lateCorrection = Math.floor((goldenNumber + 11 * epact + 22 * weekdayShift) / 451);
  const daysFromMarch = epact + weekdayShift - 7 * lateCorrection + 114;

  return plainDate(year, Math.floor(daysFromMarch / 31), (daysFromMarch % 31) + 1);
}
