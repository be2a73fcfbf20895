import "server-only";

import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { documentKindOfChange, parseHouseholdChange, type HouseholdChangePayload } from "@/lib/household/household-change-schemas";
import { logger } from "@/lib/log/logger";
import { allocatePracticeProtocol } from "@/lib/practices/allocate-practice-protocol";
import { findAccountPersonId } from "@/lib/tenancy/find-account-person";
import { tenantTenancyScope } from "@/lib/tenancy/tenant-tenancy-scope";
import { saveUploadsWith } from "@/lib/uploads/store-uploads";
import type { ValidUpload } from "@/lib/uploads/validate-uploads";

export type SubmitHouseholdChangeResult =
  | { ok: true; practiceId: string; protocol: string; created: boolean }
  | { ok: false; fieldErrors: Record<string, string>; formError: string | null };

/**
 * Files a household change as a Casa practice (kind householdChange) with its documents. The
 * household itself does not change here: an operator approves the practice first
 * (`decideHouseholdChange`). The member who leaves must be a current member other than the
 * contract holder, and the one who joins must not be a current member already. A repeated
 * idempotency key returns the first practice.
 */
export async function submitHouseholdChange(user: Pick<SessionUser, "id">, values: Record<string, string>, documents: readonly ValidUpload[], at: Date = new Date()): Promise<SubmitHouseholdChangeResult> {
  const parsed = parseHouseholdChange(values);
  if (!parsed.ok) return { ok: false, fieldErrors: parsed.fieldErrors, formError: null };
  const { idempotencyKey, ...request } = parsed.request;

  const existing = await findByIdempotencyKey(user.id, idempotencyKey);
  if (existing) return { ok: true, ...existing, created: false };

  const personId = await findAccountPersonId(user.id);
  if (!personId) return { ok: false, fieldErrors: {}, formError: "noTenancy" };

  const tenancy = await db().tenancy.findFirst({
    where: tenantTenancyScope(personId),
    orderBy: { startsOn: "desc" },
    select: {
      id: true,
      household: { select: { members: { where: { leftOn: null }, select: { id: true, relationship: true, person: { select: { fiscalCode: true, givenName: true, familyName: true } } } } } },
    },
  });
  if (!tenancy) return { ok: false, fieldErrors: {}, formError: "noTenancy" };

  const members = tenancy.household.members;
  const payload: HouseholdChangePayload = { ...request };

  if (request.change === "moveOut" || request.change === "death") {
    const member = members.find((candidate) => candidate.id === request.memberId);
    if (!member) return { ok: false, fieldErrors: { memberId: "memberMissing" }, formError: null };
    if (member.relationship === "holder") return { ok: false, fieldErrors: { memberId: "holderCannotLeave" }, formError: null };
    payload.memberName = [member.person.givenName, member.person.familyName].filter(Boolean).join(" ");
  } else if (members.some((member) => member.person.fiscalCode === request.fiscalCode)) {
    return { ok: false, fieldErrors: { fiscalCode: "alreadyMember" }, formError: null };
  }

  try {
    const practice = await saveUploadsWith(documents, user.id, async (tx, fileIds) => {
      const protocol = await allocatePracticeProtocol(tx, at);
      const row = await tx.practice.create({
        data: {
          protocol,
          kind: "householdChange",
          division: "casa",
          state: "submitted",
          channel: "virtualCounter",
          applicantId: personId,
          submittedById: user.id,
          tenancyId: tenancy.id,
          payload: payload as unknown as Prisma.InputJsonValue,
          submittedAt: at,
          idempotencyKey,
        },
        select: { id: true, protocol: true },
      });
      await tx.practiceDocument.createMany({ data: fileIds.map((fileId) => ({ practiceId: row.id, fileId, kind: documentKindOfChange[request.change] })) });
      return { practiceId: row.id, protocol: row.protocol ?? protocol };
    });

    logger.info({ practiceId: practice.practiceId, userId: user.id, change: request.change, documents: documents.length }, "household change submitted");
    return { ok: true, ...practice, created: true };
  } catch (error) {
    // A concurrent submit of the same form committed first: the unique index on (submittedById, idempotencyKey) rejected this one.
    if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") throw error;

    const first = await findByIdempotencyKey(user.id, idempotencyKey);
    if (!first) throw error;
    return { ok: true, ...first, created: false };
  }
}

async function findByIdempotencyKey(userId: string, idempotencyKey: string): Promise<{ practiceId: string; protocol: string } | null> {
  const practice = await db().practice.findUnique({
    where: { submittedById_idempotencyKey: { submittedById: userId, idempotencyKey } },
    select: { id: true, protocol: true, kind: true },
  });
  if (!practice || practice.kind !== "householdChange") return null;

  return { practiceId: practice.id, protocol: practice.protocol ?? "" };
}
