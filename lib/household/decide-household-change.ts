import "server-only";

import { hasPermission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { HouseholdChangePayload } from "@/lib/household/household-change-schemas";
import { householdTranslator } from "@/lib/household/household-translator";
import { memberNameOf, payloadOf } from "@/lib/household/list-household-changes";
import { notificationLocaleOf } from "@/lib/notifications/notification-translator";
import { logger } from "@/lib/log/logger";

export type HouseholdDecision = { approve: true } | { approve: false; reason: string };

const openStates = ["submitted", "inProgress"] as const;

/** Parses a stored `YYYY-MM-DD` into a `@db.Date` value (UTC midnight). */
function calendarDate(value: string): Date {
  return new Date(`${value}T00:00:00Z`);
}

/**
 * Approves or rejects a household change. Approval applies it to the household in the same
 * transaction: a new member row (reusing the person when the codice fiscale is already on
 * record), or the leaving date on the member's row, with the date of death on the person.
 * Raises `household.permissionDenied` without `household:update:any`, `household.notFound` for
 * any other practice, `household.alreadyDecided` when someone decided first, and
 * `household.cannotApply` when the household no longer matches the request (the member already
 * left, or already joined), in which case nothing changes.
 */
export async function decideHouseholdChange(operator: Pick<SessionUser, "id" | "roles">, practiceId: string, decision: HouseholdDecision, at: Date = new Date()): Promise<void> {
  if (!hasPermission(operator, "household:update:any")) throw new AppError("household.permissionDenied", "household:update:any is required", 403);

  await db().$transaction(async (tx) => {
    const practice = await tx.practice.findFirst({
      where: { id: practiceId, kind: "householdChange", division: "casa" },
      select: { id: true, protocol: true, state: true, payload: true, tenancy: { select: { householdId: true } }, submittedBy: { select: { email: true, displayName: true, preferredLocale: true } } },
    });
    if (!practice || !practice.tenancy) throw new AppError("household.notFound", `Household change ${practiceId} not found`, 404);

    // Claims the practice: a second decision sees the state already moved and stops here.
    const claimed = await tx.practice.updateMany({
      where: { id: practiceId, state: { in: [...openStates] } },
      data: decision.approve
        ? { state: "completed", decidedAt: at, completedAt: at, assigneeId: operator.id }
        : { state: "rejected", decidedAt: at, assigneeId: operator.id, rejectionReason: decision.reason },
    });
    if (claimed.count === 0) throw new AppError("household.alreadyDecided", `Household change ${practiceId} is already ${practice.state}`, 409);

    const payload = payloadOf(practice.payload);
    if (decision.approve) await applyChange(tx, practice.tenancy.householdId, payload);

    await tx.auditLog.create({
      data: {
        actorId: operator.id,
        action: decision.approve ? "householdChange.approve" : "householdChange.reject",
        entity: "Practice",
        entityId: practiceId,
        before: { state: practice.state },
        after: decision.approve ? { state: "completed", change: payload.change } : { state: "rejected", reason: decision.reason },
      },
      select: { id: true },
    });

    if (practice.submittedBy) {
      const locale = notificationLocaleOf(practice.submittedBy.preferredLocale);
      const t = householdTranslator(locale);
      const values = { name: practice.submittedBy.displayName, protocol: practice.protocol ?? "", member: memberNameOf(payload) };
      await tx.outboundEmail.create({
        data: {
          toAddress: practice.submittedBy.email,
          locale,
          subject: t(decision.approve ? "changes.email.approvedSubject" : "changes.email.rejectedSubject", values),
          textBody: decision.approve ? t("changes.email.approvedBody", values) : t("changes.email.rejectedBody", { ...values, reason: decision.reason }),
        },
        select: { id: true },
      });
    }
  });

  logger.info({ practiceId, operatorId: operator.id, approved: decision.approve }, "household change decided");
}

async function applyChange(tx: Prisma.TransactionClient, householdId: string, payload: HouseholdChangePayload): Promise<void> {
  const effectiveOn = calendarDate(payload.effectiveOn);

  if (payload.change === "moveOut" || payload.change === "death") {
    const member = await tx.householdMember.findFirst({ where: { id: payload.memberId, householdId, leftOn: null }, select: { id: true, personId: true, relationship: true } });
    if (!member || member.relationship === "holder") throw new AppError("household.cannotApply", `Member ${payload.memberId} is no longer a current member who may leave`, 409);

    await tx.householdMember.update({ where: { id: member.id }, data: { leftOn: effectiveOn }, select: { id: true } });
    if (payload.change === "death") await tx.person.update({ where: { id: member.personId }, data: { deceasedOn: effectiveOn }, select: { id: true } });
    return;
  }

  const known = await tx.person.findUnique({ where: { fiscalCode: payload.fiscalCode }, select: { id: true } });
  const person =
    known ??
    (await tx.person.create({
      data: { kind: "natural", fiscalCode: payload.fiscalCode, givenName: payload.givenName, familyName: payload.familyName, birthDate: calendarDate(payload.birthDate) },
      select: { id: true },
    }));

  const current = await tx.householdMember.count({ where: { householdId, personId: person.id, leftOn: null } });
  if (current > 0) throw new AppError("household.cannotApply", `Person ${person.id} is already a member of household ${householdId}`, 409);

  await tx.householdMember.create({ data: { householdId, personId: person.id, relationship: payload.relationship, joinedOn: effectiveOn }, select: { id: true } });
}
