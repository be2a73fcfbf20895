import "server-only";

import { hasPermission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { logger } from "@/lib/log/logger";

import { enqueueCensusEmail } from "./enqueue-census-email";

/** A household reminded less than this many days ago is not reminded again. */
export const REMINDER_INTERVAL_DAYS = 7;

/** Reminders queued by one click; a building larger than this needs another click. */
const REMINDER_BATCH_SIZE = 500;

/**
 * Queues a reminder e-mail to every household of an open campaign that has not started its
 * declaration, in one building or in all of them, skipping those reminded in the last
 * `REMINDER_INTERVAL_DAYS`. Each declaration is claimed by a conditional UPDATE of `remindedAt`
 * in the transaction that writes its e-mail, so two supervisors clicking at once send one
 * reminder. Returns the number queued.
 */
export async function sendCensusReminders(user: Pick<SessionUser, "id" | "roles">, request: { campaignId: string; buildingId?: string }, now: Date = new Date()): Promise<number> {
  if (!hasPermission(user, "census:manage:any")) throw new AppError("census.notFound", "The user may not send census reminders.", 404);

  const campaign = await db().censusCampaign.findFirst({ where: { id: request.campaignId, state: "open" }, select: { id: true } });
  if (!campaign) throw new AppError("census.notFound", `Open campaign ${request.campaignId} not found.`, 404);

  const remindedBefore = new Date(now.getTime() - REMINDER_INTERVAL_DAYS * 86_400_000);
  const notReminded = { OR: [{ remindedAt: null }, { remindedAt: { lt: remindedBefore } }] };
  const due = await db().censusDeclaration.findMany({
    where: { campaignId: campaign.id, state: "notStarted", ...notReminded, ...(request.buildingId ? { tenancy: { dwelling: { buildingId: request.buildingId } } } : {}) },
    orderBy: { id: "asc" },
    take: REMINDER_BATCH_SIZE,
    select: { id: true },
  });

  let queued = 0;
  for (const { id } of due) {
    const sent = await db().$transaction(async (tx) => {
      const claimed = await tx.censusDeclaration.updateMany({ where: { id, state: "notStarted", ...notReminded }, data: { remindedAt: now } });
      if (claimed.count !== 1) return false;
      return enqueueCensusEmail(tx, id, "reminder");
    });
    if (sent) queued += 1;
  }

  await db().auditLog.create({ data: { actorId: user.id, action: "census.remind", entity: "CensusCampaign", entityId: campaign.id, after: { buildingId: request.buildingId ?? null, queued } } });
  logger.info({ campaignId: campaign.id, buildingId: request.buildingId ?? null, queued }, "census reminders queued");
  return queued;
}
