import type { IndemnityLevel, StandardUnit } from "@/lib/generated/prisma/enums";

import type { BusinessCalendar } from "./business-calendar";
import { deadlineAt, type ClockTiming } from "./deadline";

/** The fields of a `ServiceStandard` row that set an indemnity. */
export type IndemnityTerms = {
  unit: StandardUnit;
  limitValue: number;
  /** Base amount from the standard's dated row, in cents. */
  indemnityCents: number | null;
  indemnityScalesWithDelay: boolean;
};

export type IndemnityAmount = { level: IndemnityLevel; amountCents: number };

/** How many times the base amount each level pays. */
const levelMultipliers: Record<IndemnityLevel, number> = { base: 1, doubled: 2, tripled: 3 };

/**
 * Returns the automatic indemnity owed for a clock stopped at `stoppedAt`, or null when the
 * execution came within the limit. Executed within twice the limit: the base amount. Beyond
 * twice and up to three times: double. Beyond three times: triple. A standard that does not
 * scale with the delay, such as appointment punctuality, always pays the base amount.
 */
export function indemnityForExecution(
  calendar: BusinessCalendar,
  terms: IndemnityTerms,
  clock: Omit<ClockTiming, "unit" | "limitValue"> & { stoppedAt: Date },
): IndemnityAmount | null {
  const timing: ClockTiming = { ...clock, unit: terms.unit, limitValue: terms.limitValue };
  const stoppedAt = clock.stoppedAt.getTime();

  if (stoppedAt <= deadlineAt(calendar, timing, 1).getTime()) return null;
  if (terms.indemnityCents === null) {
    throw new Error("The standard has no indemnity amount: set indemnityCents on its row before clocks of it can be settled.");
  }

  let level: IndemnityLevel = "tripled";
  if (!terms.indemnityScalesWithDelay || stoppedAt <= deadlineAt(calendar, timing, 2).getTime()) {
    level = "base";
  } else if (stoppedAt <= deadlineAt(calendar, timing, 3).getTime()) {
    level = "doubled";
  }
  return { level, amountCents: terms.indemnityCents * levelMultipliers[level] };
}
