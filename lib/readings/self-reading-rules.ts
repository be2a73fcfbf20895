import { addDays, type PlainDate } from "@/lib/charter/plain-date";

/**
 * The checks a self-reading passes before it is stored. Pure functions over plain values, so
 * every edge can be tested without a database. Dates are calendar days in Milan (YYYY-MM-DD).
 */

/** A daily consumption above this multiple of the supply's historical daily average requires a confirmation and a review. */
export const highConsumptionFactor = 5;

/**
 * A jump above this share of the register's range (10^digits m³) requires a confirmation and a
 * review, because half a turn of the register between two readings is far beyond any household or
 * building's use, and more likely an extra digit typed by mistake.
 * NOTE: the share is a judgement, not a regulated figure; tune it with the operators' experience.
 */
export const digitOverflowShare = 0.5;

/** A reading the new one is compared with: the last accepted one on the same meter. */
export type ReferenceReading = { cubicMetres: number; readOn: PlainDate };

export type SelfReadingCandidate = {
  cubicMetres: number;
  readOn: PlainDate;
  /** The customer declares that the meter was replaced since the last reading. */
  meterReplaced: boolean;
  /** The customer confirmed a value the checks found unusual. */
  confirmed: boolean;
};

export type SelfReadingContext = {
  today: PlainDate;
  lastValid: ReferenceReading | null;
  meterDigits: number;
  /** m³ a day over the supply's recent accepted readings; null without enough history. */
  averageDailyCubicMetres: number | null;
};

export type SelfReadingFieldError =
  | { field: "readOn"; code: "dateInFuture" | "dateBeforeLastReading" }
  | { field: "cubicMetres"; code: "lowerThanLastReading" | "exceedsMeterDigits" };

/** Reason a reading goes to an operator before it counts. */
export type ReviewFlag = "highConsumption" | "digitOverflow" | "registerRollover" | "meterReplaced";

export type SelfReadingCheck =
  | { ok: false; errors: SelfReadingFieldError[] }
  /** `flags` empty: accepted at once. Otherwise stored as `toReview`, after the customer confirmed it when `needsConfirmation`. */
  | { ok: true; flags: ReviewFlag[]; needsConfirmation: boolean };

/** Returns the whole days from `from` to `to`, negative when `to` is earlier. */
export function daysBetween(from: PlainDate, to: PlainDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Returns the largest value a register of `digits` integer digits shows, 99,999 for five. */
export function registerMaximum(digits: number): number {
  return 10 ** digits - 1;
}

/**
 * Returns the average daily consumption from `oldest` to `newest`, or null when either is
 * missing, they span less than 30 days, or the figure goes backwards (a replaced meter).
 */
export function averageDailyConsumption(oldest: ReferenceReading | null, newest: ReferenceReading | null): number | null {
  if (!oldest || !newest) return null;

  const days = daysBetween(oldest.readOn, newest.readOn);
  const used = newest.cubicMetres - oldest.cubicMetres;
  if (days < 30 || used < 0) return null;

  return used / days;
}

/** Checks a self-reading against the date, the last valid reading and the meter. */
export function checkSelfReading(candidate: SelfReadingCandidate, context: SelfReadingContext): SelfReadingCheck {
  const errors: SelfReadingFieldError[] = [];
  const { lastValid } = context;

  if (candidate.readOn > context.today) errors.push({ field: "readOn", code: "dateInFuture" });
  else if (lastValid && candidate.readOn < lastValid.readOn) errors.push({ field: "readOn", code: "dateBeforeLastReading" });

  if (candidate.cubicMetres > registerMaximum(context.meterDigits)) {
    errors.push({ field: "cubicMetres", code: "exceedsMeterDigits" });
  } else if (lastValid && !candidate.meterReplaced && candidate.cubicMetres < lastValid.cubicMetres) {
    if (!isRegisterRollover(candidate.cubicMetres, lastValid, context.meterDigits)) errors.push({ field: "cubicMetres", code: "lowerThanLastReading" });
  }

  if (errors.length > 0) return { ok: false, errors };

  // A new meter starts from its own figure, so the old meter's history is no reference for it.
  if (candidate.meterReplaced) return { ok: true, flags: ["meterReplaced"], needsConfirmation: false };
  if (!lastValid) return { ok: true, flags: [], needsConfirmation: false };

  const flags = unusualJumpFlags(candidate, lastValid, context);
  return { ok: true, flags, needsConfirmation: flags.length > 0 && !candidate.confirmed };
}

/** Returns the m³ used since `lastValid`, counting one full turn of the register when the figure went past its maximum and restarted from zero. */
function consumptionSince(cubicMetres: number, lastValid: ReferenceReading, meterDigits: number): number {
  const used = cubicMetres - lastValid.cubicMetres;
  return used >= 0 ? used : used + registerMaximum(meterDigits) + 1;
}

/**
 * Returns true when a figure lower than the last one means that the register passed its maximum
 * and restarted from zero. That holds when the implied use is at most `digitOverflowShare` of the
 * register's range. A lower figure that implies more use is an error, not a rollover.
 */
export function isRegisterRollover(cubicMetres: number, lastValid: ReferenceReading, meterDigits: number): boolean {
  if (cubicMetres >= lastValid.cubicMetres) return false;

  return consumptionSince(cubicMetres, lastValid, meterDigits) <= digitOverflowShare * (registerMaximum(meterDigits) + 1);
}

function unusualJumpFlags(candidate: SelfReadingCandidate, lastValid: ReferenceReading, context: SelfReadingContext): ReviewFlag[] {
  const flags: ReviewFlag[] = [];
  const used = consumptionSince(candidate.cubicMetres, lastValid, context.meterDigits);

  // A reading on the day of the last one still counts as one day of use.
  const days = Math.max(1, daysBetween(lastValid.readOn, candidate.readOn));
  const average = context.averageDailyCubicMetres;
  if (average !== null && average > 0 && used / days > highConsumptionFactor * average) flags.push("highConsumption");

  if (used > digitOverflowShare * (registerMaximum(context.meterDigits) + 1)) flags.push("digitOverflow");
  // A rollover is rare and looks like a mistyped lower figure, so an operator checks it before billing.
  if (isRegisterRollover(candidate.cubicMetres, lastValid, context.meterDigits)) flags.push("registerRollover");

  return flags;
}

/** Returns the first day of the window the historical average is taken over: one year before `today`. */
export function averageWindowStart(today: PlainDate): PlainDate {
  return addDays(today, -365);
}
