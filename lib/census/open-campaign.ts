import "server-only";

import { z } from "zod";

import { hasPermission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import { toUtcMidnight } from "@/lib/charter/plain-date";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";

export const openCampaignSchema = z
  .object({
    code: z.string().trim().regex(/^[A-Z0-9-]{3,20}$/, { error: "codeInvalid" }),
    name: z.string().trim().min(3, { error: "nameMissing" }).max(120, { error: "nameMissing" }),
    opensOn: z.iso.date({ error: "dateInvalid" }),
    closesOn: z.iso.date({ error: "dateInvalid" }),
    rentEffectiveFrom: z.iso.date({ error: "dateInvalid" }),
    buildingIds: z.array(z.uuid()).min(1, { error: "buildingsMissing" }),
  })
  .refine((input) => input.closesOn > input.opensOn, { path: ["closesOn"], error: "closesBeforeOpens" });

export type OpenCampaignInput = z.infer<typeof openCampaignSchema>;

/**
 * Opens a census campaign for a set of buildings: the campaign row, open at once, and one
 * declaration "to fill in" for each active or in-forfeiture tenancy of those buildings.
 * Raises `census.codeTaken` when the code exists.
 */
export async function openCampaign(user: Pick<SessionUser, "id" | "roles">, input: OpenCampaignInput): Promise<{ campaignId: string; declarations: number }> {
  if (!hasPermission(user, "census:manage:any")) throw new AppError("census.notFound", "The user may not open census campaigns.", 404);

  return db().$transaction(async (tx) => {
    const taken = await tx.censusCampaign.findUnique({ where: { code: input.code }, select: { id: true } });
    if (taken) throw new AppError("census.codeTaken", `Campaign code ${input.code} exists.`, 409);

    const campaign = await tx.censusCampaign.create({
      data: { code: input.code, name: input.name, opensOn: toUtcMidnight(input.opensOn), closesOn: toUtcMidnight(input.closesOn), rentEffectiveFrom: toUtcMidnight(input.rentEffectiveFrom), state: "open" },
      select: { id: true },
    });

    const tenancies = await tx.tenancy.findMany({ where: { state: { in: ["active", "inForfeiture"] }, dwelling: { buildingId: { in: input.buildingIds } } }, select: { id: true, householdId: true } });
    await tx.censusDeclaration.createMany({ data: tenancies.map((tenancy) => ({ campaignId: campaign.id, tenancyId: tenancy.id, householdId: tenancy.householdId })) });

    await tx.auditLog.create({ data: { actorId: user.id, action: "census.openCampaign", entity: "CensusCampaign", entityId: campaign.id, after: { buildings: input.buildingIds.length, declarations: tenancies.length } } });
    return { campaignId: campaign.id, declarations: tenancies.length };
  });
}

/** Lists every building for the campaign form, by code. */
export async function listBuildingsForCampaign(): Promise<Array<{ id: string; code: string; name: string }>> {
  // NOTE: lists all buildings at once, fine for the demo's few; MM's real estate needs a search or a per-district choice here.
  const buildings = await db().building.findMany({ orderBy: { code: "asc" }, take: 1000, select: { id: true, code: true, name: true } });
  return buildings.map((building) => ({ id: building.id, code: building.code, name: building.name ?? building.code }));
}
