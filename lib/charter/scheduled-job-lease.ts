import "server-only";

import type { PrismaClient } from "@/lib/generated/prisma/client";

type LeaseRequest = { name: string; owner: string; now: Date; leaseMs: number };

/**
 * Takes the job's lease for `owner` when the job is due and no other instance holds an unexpired
 * lease. Returns true when this caller got it. One conditional UPDATE decides, so two instances
 * asking at once cannot both win.
 */
export async function claimJobLease(client: PrismaClient, request: LeaseRequest): Promise<boolean> {
  const { name, owner, now, leaseMs } = request;

  await client.scheduledJob.createMany({ data: [{ name, nextRunAt: now }], skipDuplicates: true });

  const claimed = await client.scheduledJob.updateMany({
    where: { name, nextRunAt: { lte: now }, OR: [{ leaseExpiresAt: null }, { leaseExpiresAt: { lt: now } }] },
    data: { leaseOwner: owner, leaseExpiresAt: new Date(now.getTime() + leaseMs), lastStartedAt: now },
  });
  return claimed.count === 1;
}

/** Frees the lease `owner` holds and sets the next run. Returns false when the lease had expired and passed to another instance. */
export async function releaseJobLease(
  client: PrismaClient,
  release: { name: string; owner: string; finishedAt: Date; nextRunAt: Date; error: string | null },
): Promise<boolean> {
  const released = await client.scheduledJob.updateMany({
    where: { name: release.name, leaseOwner: release.owner },
    data: { leaseOwner: null, leaseExpiresAt: null, lastFinishedAt: release.finishedAt, nextRunAt: release.nextRunAt, lastError: release.error },
  });
  return released.count === 1;
}
