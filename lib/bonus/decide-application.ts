import "server-only";

import { benefitEndFor, computeBonusAmount } from "@/lib/bonus/bonus-amount";
import { rulesInForce } from "@/lib/bonus/bonus-rules";
import { loadBonusRates, loadBonusRules } from "@/lib/bonus/load-bonus-rules";
import { recordBonusEvent } from "@/lib/bonus/record-bonus-event";
import type { RejectionCode } from "@/lib/bonus/rejection-reasons";
import { updateApplicationVersion } from "@/lib/bonus/update-application-version";
import { toUtcMidnight } from "@/lib/charter/plain-date";
import { romeDateOf } from "@/lib/charter/rome-time";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { logger } from "@/lib/log/logger";

export type BonusDecision =
  | { decision: "accepted"; benefitStart: Date }
  | { decision: "rejected"; rejectionCode: RejectionCode; rejectionReason: string };

const dayMilliseconds = 86_400_000;

/** Returns the Rome calendar date of an instant as a `@db.Date` value, so a decision at 00:30 is ordered on that day. */
function calendarDate(moment: Date): Date {
  return toUtcMidnight(romeDateOf(moment));
}

/**
 * Records an operator's decision on an application that is being checked. Acceptance needs a
 * matched supply and every check passed or waived. It fixes the benefit period and the yearly
 * amounts from the rules and tariff in force on the start date. A direct bonus then exempts the
 * supply from disconnection and is credited on its bills as they are issued. An indirect one gets
 * payment orders due within the configured days (60) of the decision.
 * Throws `bonus.conflict` when another operator changed the application since `version`.
 */
export async function decideApplication(
  operator: { id: string },
  input: { applicationId: string; version: number } & BonusDecision,
  now: Date = new Date(),
): Promise<void> {
  await db().$transaction(async (tx) => {
    const application = await tx.waterBonusApplication.findUnique({
      where: { id: input.applicationId },
      select: {
        state: true,
        version: true,
        supplyId: true,
        supplyKind: true,
        memberCount: true,
        dsuDate: true,
        supply: { select: { useType: true } },
        checks: { select: { kind: true, outcome: true } },
      },
    });
    if (!application) throw new AppError("bonus.notFound", `Bonus application ${input.applicationId} not found`, 404);
    if (application.version !== input.version) {
      throw new AppError("bonus.conflict", `Bonus application ${input.applicationId} changed since version ${input.version}`, 409);
    }
    if (application.state !== "checking") {
      throw new AppError("bonus.notDecidable", `Bonus application ${input.applicationId} is ${application.state}, not checking`, 409, { state: application.state });
    }

    if (input.decision === "rejected") {
      await updateApplicationVersion(tx, input.applicationId, input.version, {
        state: "rejected",
        rejectionCode: input.rejectionCode,
        rejectionReason: input.rejectionReason,
        decidedAt: now,
        decidedById: operator.id,
        benefitStart: null,
        benefitEnd: null,
      });
      await recordBonusEvent(tx, {
        applicationId: input.applicationId,
        actorId: operator.id,
        action: "bonusApplication.rejected",
        before: { state: application.state },
        after: { state: "rejected", rejectionCode: input.rejectionCode },
      });
      return;
    }

    const openChecks = application.checks.filter((check) => check.outcome !== "passed" && check.outcome !== "waived");
    if (!application.supplyId || application.checks.length === 0 || openChecks.length > 0) {
      throw new AppError("bonus.checksOpen", `Bonus application ${input.applicationId} has checks not passed: ${openChecks.map((check) => check.kind).join(", ")}`, 409);
    }

    const rules = rulesInForce(await loadBonusRules(tx), input.benefitStart);
    if (!rules) throw new AppError("bonus.rulesMissing", `No bonus rules in force on ${input.benefitStart.toISOString().slice(0, 10)}`, 422);
    const amount = computeBonusAmount({
      memberCount: application.memberCount,
      cubicMetresPerMemberPerYear: rules.cubicMetresPerMemberPerYear,
      rates: await loadBonusRates(input.benefitStart, tx),
      supplementaryCentsPerMemberPerYear: rules.supplementaryCentsPerMemberPerYear,
    });
    const benefitEnd = benefitEndFor(input.benefitStart, rules.benefitMonths);

    await updateApplicationVersion(tx, input.applicationId, input.version, {
      state: "accepted",
      matchResult: "matched",
      rejectionCode: null,
      rejectionReason: null,
      decidedAt: now,
      decidedById: operator.id,
      benefitStart: input.benefitStart,
      benefitEnd,
      yearlyAmountCents: amount.yearlyAmountCents,
      supplementaryYearlyAmountCents: amount.supplementaryYearlyAmountCents > 0 ? amount.supplementaryYearlyAmountCents : null,
    });

    if (application.supplyKind === "direct") {
      // Bonus holders' domestic supplies cannot be disconnected for arrears.
      await tx.supply.update({ where: { id: application.supplyId }, data: { disconnectionExempt: true } });
    } else {
      const orderedOn = calendarDate(now);
      const dueBy = new Date(orderedOn.getTime() + rules.indirectPaymentDays * dayMilliseconds);
      const orders = [{ supplementary: false, amountCents: amount.yearlyAmountCents }];
      if (amount.supplementaryYearlyAmountCents > 0) orders.push({ supplementary: true, amountCents: amount.supplementaryYearlyAmountCents });
      await tx.waterBonusPaymentOrder.createMany({
        data: orders.map((order) => ({ applicationId: input.applicationId, ...order, orderedOn, dueBy, method: "bankTransfer" as const })),
        skipDuplicates: true,
      });
    }

    await recordBonusEvent(tx, {
      applicationId: input.applicationId,
      actorId: operator.id,
      action: "bonusApplication.accepted",
      before: { state: application.state },
      after: {
        state: "accepted",
        benefitStart: input.benefitStart.toISOString().slice(0, 10),
        benefitEnd: benefitEnd.toISOString().slice(0, 10),
        yearlyAmountCents: amount.yearlyAmountCents,
        supplementaryYearlyAmountCents: amount.supplementaryYearlyAmountCents,
      },
    });
  });

  logger.info({ applicationId: input.applicationId, decision: input.decision, operatorId: operator.id }, "bonus application decided");
}
