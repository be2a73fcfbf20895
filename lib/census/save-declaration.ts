import "server-only";

import type { SessionUser } from "@/lib/auth/session-user";
import { fromUtcMidnight, toUtcMidnight } from "@/lib/charter/plain-date";
import { romeDateOf } from "@/lib/charter/rome-time";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { CensusDeclarationState, Prisma } from "@/lib/generated/prisma/client";
import { insertStoredFiles, type WrittenUploads } from "@/lib/uploads/store-uploads";

import { campaignWindowProblem } from "./campaign-window";
import { validateDeclaration, type DeclarationValues } from "./declaration-form";
import { nextDeclarationState } from "./declaration-states";
import { tenantDeclarationScope } from "./tenant-declaration";

export type SaveDeclarationRequest = {
  declarationId: string;
  values: DeclarationValues;
  /** False saves a draft without checks; true checks everything and submits. */
  submit: boolean;
  /** ISEE attestations already written to storage by the caller, which discards them when this raises or fails. */
  attestations: WrittenUploads;
};

export type SaveDeclarationResult = { ok: true; state: CensusDeclarationState } | { ok: false; fieldErrors: Record<string, string> };

/** Locks and returns the tenant's declaration, or raises `census.notFound` (404) for anyone else's. */
async function lockTenantDeclaration(tx: Prisma.TransactionClient, personId: string, declarationId: string) {
  await tx.$queryRaw`SELECT "id" FROM "CensusDeclaration" WHERE "id" = ${declarationId}::uuid FOR UPDATE`;

  const declaration = await tx.censusDeclaration.findFirst({
    where: { id: declarationId, ...tenantDeclarationScope(personId) },
    select: { id: true, state: true, campaign: { select: { opensOn: true, closesOn: true } } },
  });
  if (!declaration) throw new AppError("census.notFound", `Declaration ${declarationId} not found for this tenant.`, 404);
  return declaration;
}

/**
 * Saves the tenant's declaration as a draft, or checks and submits it. A submission needs
 * the ISEE attestation: one uploaded now or with an earlier draft. Raises `census.notFound`
 * for a declaration that is not the tenant's, `census.notEditable` once it is submitted,
 * `census.campaignNotOpen` or `census.campaignClosed` outside the campaign's dates, and
 * `census.attestationMissing` for a submission without attestation.
 */
export async function saveDeclaration(user: Pick<SessionUser, "id">, personId: string, request: SaveDeclarationRequest, now: Date = new Date()): Promise<SaveDeclarationResult> {
  const checked = request.submit ? validateDeclaration(request.values, romeDateOf(now)) : null;
  if (checked && !checked.ok) return { ok: false, fieldErrors: checked.fieldErrors };

  const state = await db().$transaction(async (tx) => {
    const declaration = await lockTenantDeclaration(tx, personId, request.declarationId);
    const nextState = nextDeclarationState(declaration.state, request.submit ? "submit" : "saveDraft");
    if (!nextState) throw new AppError("census.notEditable", `Declaration ${declaration.id} is ${declaration.state} and no longer editable.`, 409, { state: declaration.state });
    const windowProblem = campaignWindowProblem({ opensOn: fromUtcMidnight(declaration.campaign.opensOn), closesOn: fromUtcMidnight(declaration.campaign.closesOn) }, declaration.state, romeDateOf(now));
    if (windowProblem) throw new AppError(`census.${windowProblem}`, `Declaration ${declaration.id} cannot be saved on ${romeDateOf(now)}: the campaign takes declarations from its opening to its closing date.`, 409);

    const fileIds = await insertStoredFiles(tx, request.attestations, user.id);
    if (fileIds.length > 0) {
      await tx.censusDocument.createMany({ data: fileIds.map((fileId) => ({ declarationId: declaration.id, fileId, kind: "iseeAttestation" as const })) });
    }

    const valid = checked?.ok ? checked.declaration : null;
    if (valid) {
      const attestations = await tx.censusDocument.count({ where: { declarationId: declaration.id, kind: "iseeAttestation" } });
      if (attestations === 0) throw new AppError("census.attestationMissing", "A submission needs the ISEE attestation.", 422);
    }

    await tx.censusDeclaration.update({
      where: { id: declaration.id },
      data: {
        state: nextState,
        payload: request.values,
        ...(valid
          ? {
              iseeErpCents: valid.iseeErpCents,
              dsuProtocol: valid.dsuProtocol,
              dsuDate: toUtcMidnight(valid.dsuDate),
              memberCount: valid.members.length,
              submittedAt: now,
              submittedById: user.id,
            }
          : {}),
      },
      select: { id: true },
    });
    await tx.auditLog.create({
      data: { actorId: user.id, action: valid ? "census.submit" : "census.saveDraft", entity: "CensusDeclaration", entityId: declaration.id, before: { state: declaration.state }, after: { state: nextState } },
    });
    return nextState;
  });

  return { ok: true, state };
}
