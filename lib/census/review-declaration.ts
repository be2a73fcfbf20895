import "server-only";

import { hasPermission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import { addDays, fromUtcMidnight, toUtcMidnight } from "@/lib/charter/plain-date";
import { romeDateOf } from "@/lib/charter/rome-time";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";

import { declarationValuesOf, validateDeclaration, type ValidDeclaration } from "./declaration-form";
import { nextDeclarationState, type DeclarationEvent } from "./declaration-states";
import { enqueueCensusEmail } from "./enqueue-census-email";
import { monthlyRentCentsFor, rentAreaFor } from "./rent-area";

export type ReviewRequest = { declarationId: string; event: Extract<DeclarationEvent, "startReview" | "requestIntegration" | "complete">; message?: string };

/** How long an ISEE-ERP set by a census round lasts: the rent of the next two years. */
const ISEE_ERP_VALIDITY_YEARS = 2;

/**
 * Brings the household in line with a completed declaration: members no longer declared leave
 * today, new ones join today (their person record found or created by codice fiscale), and the
 * remaining members' details and relationships are updated.
 */
async function applyHousehold(tx: Prisma.TransactionClient, householdId: string, declared: ValidDeclaration["members"], today: string): Promise<void> {
  const current = await tx.householdMember.findMany({ where: { householdId, leftOn: null }, select: { id: true, relationship: true, person: { select: { id: true, fiscalCode: true } } } });
  const declaredCodes = new Set(declared.map((member) => member.fiscalCode));

  for (const member of current) {
    if (!declaredCodes.has(member.person.fiscalCode)) await tx.householdMember.update({ where: { id: member.id }, data: { leftOn: toUtcMidnight(today) }, select: { id: true } });
  }

  for (const member of declared) {
    const details = { givenName: member.givenName, familyName: member.familyName, birthDate: toUtcMidnight(member.birthDate), citizenship: member.citizenship };
    const person = await tx.person.upsert({ where: { fiscalCode: member.fiscalCode }, update: details, create: { kind: "natural", fiscalCode: member.fiscalCode, ...details }, select: { id: true } });

    const existing = current.find((row) => row.person.id === person.id);
    if (!existing) {
      await tx.householdMember.create({ data: { householdId, personId: person.id, relationship: member.relationship, joinedOn: toUtcMidnight(today) }, select: { id: true } });
    } else if (existing.relationship !== member.relationship) {
      await tx.householdMember.update({ where: { id: existing.id }, data: { relationship: member.relationship }, select: { id: true } });
    }
  }
}

/**
 * Applies an operator's step to a declaration: take it for review, ask for missing documents
 * (with a message the tenant receives by e-mail), or complete it. Completion updates the
 * household, its ISEE-ERP and validity, the tenancy's rent area and monthly rent, and the
 * holder's contacts. Raises `census.notFound`, `census.transitionNotAllowed`,
 * `census.messageMissing` or `census.payloadInvalid`.
 */
export async function reviewDeclaration(user: Pick<SessionUser, "id" | "roles">, request: ReviewRequest, now: Date = new Date()): Promise<void> {
  if (!hasPermission(user, "census:update:any")) throw new AppError("census.notFound", "The user may not review declarations.", 404);
  const message = request.message?.trim() ?? "";
  if (request.event === "requestIntegration" && !message) throw new AppError("census.messageMissing", "A request for documents needs a message.", 422);

  await db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT "id" FROM "CensusDeclaration" WHERE "id" = ${request.declarationId}::uuid FOR UPDATE`;
    const declaration = await tx.censusDeclaration.findUnique({
      where: { id: request.declarationId },
      select: {
        id: true,
        state: true,
        payload: true,
        householdId: true,
        campaign: { select: { rentEffectiveFrom: true } },
        tenancy: { select: { id: true, holderId: true, monthlyRentCents: true, dwelling: { select: { rentalValueYearlyCents: true } } } },
      },
    });
    if (!declaration) throw new AppError("census.notFound", `Declaration ${request.declarationId} not found.`, 404);

    const nextState = nextDeclarationState(declaration.state, request.event);
    if (!nextState) throw new AppError("census.transitionNotAllowed", `${request.event} does not apply to a ${declaration.state} declaration.`, 409, { state: declaration.state });

    const today = romeDateOf(now);
    const review = { state: nextState, reviewedById: user.id, reviewedAt: now };

    if (request.event === "startReview") {
      await tx.censusDeclaration.update({ where: { id: declaration.id }, data: review, select: { id: true } });
    } else if (request.event === "requestIntegration") {
      await tx.censusDeclaration.update({ where: { id: declaration.id }, data: { ...review, integrationRequest: message, integrationRequestedAt: now }, select: { id: true } });
      await enqueueCensusEmail(tx, declaration.id, "integrationRequested", message);
    } else {
      const values = declarationValuesOf(declaration.payload);
      const checked = values ? validateDeclaration(values, today) : null;
      if (!checked?.ok) throw new AppError("census.payloadInvalid", `Declaration ${declaration.id} does not pass the submission checks.`, 422);
      const valid = checked.declaration;

      const rentEffectiveFrom = fromUtcMidnight(declaration.campaign.rentEffectiveFrom);
      const area = rentAreaFor(valid.iseeErpCents, rentEffectiveFrom);
      const validUntil = addDays(`${Number(rentEffectiveFrom.slice(0, 4)) + ISEE_ERP_VALIDITY_YEARS}${rentEffectiveFrom.slice(4)}`, -1);
      const rentalValue = declaration.tenancy.dwelling.rentalValueYearlyCents;

      await applyHousehold(tx, declaration.householdId, valid.members, today);
      await tx.household.update({ where: { id: declaration.householdId }, data: { iseeErpCents: valid.iseeErpCents, iseeErpValidUntil: toUtcMidnight(validUntil) }, select: { id: true } });
      // NOTE: the new area and rent apply at once; the schema has no field for a rent that starts on rentEffectiveFrom.
      await tx.tenancy.update({
        where: { id: declaration.tenancy.id },
        data: { rentArea: area, monthlyRentCents: rentalValue === null ? declaration.tenancy.monthlyRentCents : monthlyRentCentsFor(rentalValue, area) },
        select: { id: true },
      });
      await tx.person.update({ where: { id: declaration.tenancy.holderId }, data: { ...(valid.phone ? { phone: valid.phone } : {}), ...(valid.email ? { email: valid.email } : {}) }, select: { id: true } });
      await tx.censusDeclaration.update({
        where: { id: declaration.id },
        data: { ...review, resultingArea: area, iseeErpCents: valid.iseeErpCents, memberCount: valid.members.length },
        select: { id: true },
      });
      await enqueueCensusEmail(tx, declaration.id, "completed");
    }

    await tx.auditLog.create({ data: { actorId: user.id, action: `census.${request.event}`, entity: "CensusDeclaration", entityId: declaration.id, before: { state: declaration.state }, after: { state: nextState } } });
  });
}
