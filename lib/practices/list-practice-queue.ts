import "server-only";

import { z } from "zod";

import { hasPermission } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PracticeKind, PracticeState } from "@/lib/generated/prisma/enums";
import { summarizePage, toSkipTake, type PageRequest, type PageSummary, type SearchParams } from "@/lib/pagination";
import type { PracticeActor } from "@/lib/practices/practice-access";
import { practiceRowSelect, toPracticeRow, type PracticeRow } from "@/lib/practices/practice-views";

export type PracticeQueueFilters = { kind: PracticeKind | null; state: PracticeState | null };

function firstValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Reads the queue's filters from the query string. An unknown value means no filter, because links may have been edited by hand. */
export function parsePracticeQueueFilters(searchParams: SearchParams): PracticeQueueFilters {
  const kind = z.enum(PracticeKind).safeParse(firstValue(searchParams.kind));
  const state = z.enum(PracticeState).safeParse(firstValue(searchParams.state));
  return { kind: kind.success ? kind.data : null, state: state.success && state.data !== "draft" ? state.data : null };
}

/**
 * Lists one page of the water-service practice queue, newest submission first, for an operator
 * or supervisor with `practice:read:any`. The filters match the indexes on (kind, state) and
 * (state, submittedAt). Raises `practice.permissionDenied` (403) otherwise.
 */
export async function listPracticeQueue(user: PracticeActor, filters: PracticeQueueFilters, page: PageRequest): Promise<{ rows: PracticeRow[]; summary: PageSummary }> {
  if (!hasPermission(user, "practice:read:any")) {
    throw new AppError("practice.permissionDenied", `User ${user.id} lacks practice:read:any`, 403);
  }

  const where: Prisma.PracticeWhereInput = {
    division: "sii",
    state: filters.state ?? { not: "draft" },
    ...(filters.kind ? { kind: filters.kind } : {}),
  };

  const [total, practices] = await Promise.all([
    db().practice.count({ where }),
    db().practice.findMany({ where, orderBy: [{ submittedAt: "desc" }, { id: "desc" }], ...toSkipTake(page), select: practiceRowSelect }),
  ]);

  return { rows: practices.map(toPracticeRow), summary: summarizePage(page, total) };
}
