import { z } from "zod";

import { bonusCheckKinds } from "@/lib/bonus/bonus-checks";
import { parsePagination, type PageRequest, type SearchParams } from "@/lib/pagination";

export const bonusStates = ["received", "checking", "awaitingCorrection", "accepted", "rejected"] as const;
export const bonusSources = ["national", "caf"] as const;

/** Wraps one query-string value: an empty GET field means "no filter", an invalid one is dropped. */
function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (Array.isArray(value) ? value[0] : value) || undefined, schema.optional()).catch(undefined);
}

/** Filters of the back-office bonus queue, read from the query string of its GET form. */
export const bonusQueueFiltersSchema = z.object({
  state: optional(z.enum(bonusStates)),
  source: optional(z.enum(bonusSources)),
  cafOffice: optional(z.uuid()),
  /** Year the bonus is for (competence year), which is the year it starts. */
  year: optional(z.coerce.number().int().min(2000).max(2100)),
  failedCheck: optional(z.enum(bonusCheckKinds)),
  /** "1" lists applications with an inspection scheduled and not yet recorded. */
  needsInspection: optional(z.literal("1")),
  q: optional(z.string().trim().min(2).max(60)),
});

export type BonusQueueFilters = z.output<typeof bonusQueueFiltersSchema> & { paging: PageRequest };

export const bonusQueuePageSize = 25;

export function parseBonusQueueFilters(searchParams: SearchParams): BonusQueueFilters {
  return { ...bonusQueueFiltersSchema.parse(searchParams), paging: parsePagination(searchParams, { defaultPageSize: bonusQueuePageSize }) };
}
