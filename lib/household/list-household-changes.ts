import "server-only";

import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db/client";
import type { PracticeState, Prisma } from "@/lib/generated/prisma/client";
import type { HouseholdChangeKind, HouseholdChangePayload } from "@/lib/household/household-change-schemas";
import { summarizePage, toSkipTake, type PageRequest, type PageSummary } from "@/lib/pagination";

/** One household-change request in a list. */
export type HouseholdChangeRow = {
  id: string;
  protocol: string;
  change: HouseholdChangeKind;
  /** The member joining or leaving, by name. */
  memberName: string;
  effectiveOn: string;
  state: PracticeState;
  submittedAt: Date | null;
  rejectionReason: string | null;
  /** Contract code, shown to operators only. */
  contractCode: string | null;
};

const rowSelect = {
  id: true,
  protocol: true,
  state: true,
  payload: true,
  submittedAt: true,
  rejectionReason: true,
  tenancy: { select: { contractCode: true } },
} as const;

type Row = Prisma.PracticeGetPayload<{ select: typeof rowSelect }>;

/** Reads the stored payload of a household-change practice. */
export function payloadOf(payload: Prisma.JsonValue): HouseholdChangePayload {
  return payload as unknown as HouseholdChangePayload;
}

/** Returns the name of the member a change is about. */
export function memberNameOf(payload: HouseholdChangePayload): string {
  if (payload.change === "moveOut" || payload.change === "death") return payload.memberName ?? "";
  return `${payload.givenName} ${payload.familyName}`;
}

function toRow(practice: Row): HouseholdChangeRow {
  const payload = payloadOf(practice.payload);
  return {
    id: practice.id,
    protocol: practice.protocol ?? "",
    change: payload.change,
    memberName: memberNameOf(payload),
    effectiveOn: payload.effectiveOn,
    state: practice.state,
    submittedAt: practice.submittedAt,
    rejectionReason: practice.rejectionReason,
    contractCode: practice.tenancy?.contractCode ?? null,
  };
}

/** Lists the household changes the tenant submitted, newest first (at most 50: a household has a handful). */
export async function listOwnHouseholdChanges(user: Pick<SessionUser, "id">): Promise<HouseholdChangeRow[]> {
  const practices = await db().practice.findMany({
    where: { kind: "householdChange", division: "casa", submittedById: user.id },
    orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
    take: 50,
    select: rowSelect,
  });
  return practices.map(toRow);
}

export type ReviewFilter = "open" | "decided";

/** Lists one page of household changes for the back office: those waiting for a decision (oldest first) or those decided (newest first). */
export async function listHouseholdChangesForReview(filter: ReviewFilter, page: PageRequest): Promise<{ rows: HouseholdChangeRow[]; summary: PageSummary }> {
  const open = filter === "open";
  const where: Prisma.PracticeWhereInput = {
    kind: "householdChange",
    division: "casa",
    state: open ? { in: ["submitted", "inProgress"] } : { in: ["completed", "rejected", "approved"] },
  };

  const [total, practices] = await Promise.all([
    db().practice.count({ where }),
    db().practice.findMany({
      where,
      orderBy: open ? [{ submittedAt: "asc" }, { id: "asc" }] : [{ decidedAt: "desc" }, { id: "desc" }],
      ...toSkipTake(page),
      select: rowSelect,
    }),
  ]);

  return { rows: practices.map(toRow), summary: summarizePage(page, total) };
}
