import "server-only";

import { evaluateBonusChecks, type CheckResult } from "@/lib/bonus/bonus-checks";
import { encodeCheckNote } from "@/lib/bonus/check-notes";
import { loadBonusRules } from "@/lib/bonus/load-bonus-rules";
import { matchSupply } from "@/lib/bonus/match-supply";
import type { AddressParts } from "@/lib/bonus/normalize-address";
import { recordBonusEvent } from "@/lib/bonus/record-bonus-event";
import type { Prisma } from "@/lib/generated/prisma/client";

/** States whose checks may run again: an application already decided keeps its record. */
const openStates = ["received", "checking", "awaitingCorrection"] as const;

export type ChecksSummary = { failed: number; pending: number; passed: number; waived: number };

/**
 * Matches the application to a supply, runs every automatic check and stores each outcome.
 * A check an operator waived stays waived while it still fails. The application moves to
 * `checking` and its version increases, so a decision taken on the old results conflicts.
 */
export async function runBonusChecks(tx: Prisma.TransactionClient, applicationId: string, actorId: string | null, now: Date = new Date()): Promise<ChecksSummary> {
  const application = await tx.waterBonusApplication.findUniqueOrThrow({
    where: { id: applicationId },
    select: {
      id: true,
      state: true,
      supplyKind: true,
      applicantFiscalCode: true,
      memberCount: true,
      dependentChildren: true,
      iseeCents: true,
      dsuDate: true,
      competenceYear: true,
      benefitStart: true,
      declaredSupplyCode: true,
      declaredStreet: true,
      declaredHouseNumber: true,
      declaredPostalCode: true,
      members: { select: { fiscalCode: true, familyName: true } },
      checks: { select: { kind: true, outcome: true } },
    },
  });
  if (!(openStates as readonly string[]).includes(application.state)) {
    return summarize(application.checks.map((check) => check.outcome));
  }

  const declaredAddress: AddressParts | null =
    application.declaredStreet && application.declaredHouseNumber
      ? { street: application.declaredStreet, houseNumber: application.declaredHouseNumber, postalCode: application.declaredPostalCode }
      : null;
  const matched = await matchSupply(tx, {
    supplyKind: application.supplyKind,
    members: application.members,
    dsuDate: application.dsuDate,
    declaredSupplyCode: application.declaredSupplyCode,
    declaredAddress,
  });

  const memberCodes = application.members.map((member) => member.fiscalCode);
  const householdHasOtherSupply = await hasOtherSupplyInYear(tx, application.id, memberCodes, application.competenceYear, matched.supplyId);
  const periodStart = application.benefitStart ?? new Date(Date.UTC(application.competenceYear, 0, 1));
  const overlappingBonus = await hasOverlappingBonus(tx, application.id, memberCodes, matched.supplyId, periodStart);

  const results = evaluateBonusChecks({
    supplyKind: application.supplyKind,
    applicantFiscalCode: application.applicantFiscalCode,
    members: application.members,
    memberCount: application.memberCount,
    dependentChildren: application.dependentChildren,
    iseeCents: application.iseeCents,
    dsuDate: application.dsuDate,
    declaredAddress,
    match: matched.match,
    rules: await loadBonusRules(tx),
    householdHasOtherSupply,
    overlappingBonus,
  });

  const outcomes = await storeResults(tx, application.id, results, application.checks, now);

  await tx.waterBonusApplication.update({
    where: { id: application.id },
    data: {
      supplyId: matched.supplyId,
      matchResult: matched.matchResult,
      matchedAt: matched.supplyId ? now : null,
      state: "checking",
      correctionRequest: null,
      version: { increment: 1 },
    },
  });

  const summary = summarize(outcomes);
  await recordBonusEvent(tx, {
    applicationId: application.id,
    actorId,
    action: "bonusApplication.checked",
    before: { state: application.state },
    after: { state: "checking", matchResult: matched.matchResult, ...summary },
  });

  return summary;
}

async function storeResults(
  tx: Prisma.TransactionClient,
  applicationId: string,
  results: CheckResult[],
  previous: ReadonlyArray<{ kind: string; outcome: string }>,
  now: Date,
): Promise<string[]> {
  const outcomes: string[] = [];

  for (const result of results) {
    const keepWaiver = result.outcome === "failed" && previous.some((check) => check.kind === result.kind && check.outcome === "waived");
    if (keepWaiver) {
      outcomes.push("waived");
      continue;
    }

    const data = { outcome: result.outcome, note: encodeCheckNote(result.note, result.values), checkedAt: result.outcome === "pending" ? null : now, checkedById: null };
    await tx.waterBonusCheck.upsert({
      where: { applicationId_kind: { applicationId, kind: result.kind } },
      create: { applicationId, kind: result.kind, ...data },
      update: data,
    });
    outcomes.push(result.outcome);
  }

  return outcomes;
}

function summarize(outcomes: readonly string[]): ChecksSummary {
  const count = (outcome: string) => outcomes.filter((candidate) => candidate === outcome).length;
  return { failed: count("failed"), pending: count("pending"), passed: count("passed"), waived: count("waived") };
}

/** Returns true when another open or accepted application of a household member names a different supply for the same year. */
async function hasOtherSupplyInYear(
  tx: Prisma.TransactionClient,
  applicationId: string,
  memberCodes: string[],
  competenceYear: number,
  supplyId: string | null,
): Promise<boolean> {
  if (supplyId === null) return false;

  const other = await tx.waterBonusApplication.findFirst({
    where: {
      id: { not: applicationId },
      competenceYear,
      state: { not: "rejected" },
      supplyId: { not: null, notIn: [supplyId] },
      members: { some: { fiscalCode: { in: memberCodes } } },
    },
    select: { id: true },
  });
  return other !== null;
}

/** Returns true when an accepted bonus of the same supply or of a household member runs on or after `periodStart`. */
async function hasOverlappingBonus(
  tx: Prisma.TransactionClient,
  applicationId: string,
  memberCodes: string[],
  supplyId: string | null,
  periodStart: Date,
): Promise<boolean> {
  const holders: Prisma.WaterBonusApplicationWhereInput[] = [{ members: { some: { fiscalCode: { in: memberCodes } } } }];
  if (supplyId) holders.push({ supplyId, supplyKind: "direct" });

  const other = await tx.waterBonusApplication.findFirst({
    where: { id: { not: applicationId }, state: "accepted", benefitEnd: { gte: periodStart }, OR: holders },
    select: { id: true },
  });
  return other !== null;
}
