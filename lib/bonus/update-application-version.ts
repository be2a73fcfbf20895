import "server-only";

import { AppError } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Applies `data` to the application only if its version is still `expectedVersion`, and
 * increments the version. Two operators working from the same page view therefore cannot both
 * succeed: the second gets a `bonus.conflict` error and must reload.
 */
export async function updateApplicationVersion(
  tx: Prisma.TransactionClient,
  applicationId: string,
  expectedVersion: number,
  data: Prisma.WaterBonusApplicationUncheckedUpdateManyInput,
): Promise<void> {
  const { count } = await tx.waterBonusApplication.updateMany({
    where: { id: applicationId, version: expectedVersion },
    data: { ...data, version: { increment: 1 } },
  });

  if (count === 0) {
    throw new AppError("bonus.conflict", `Bonus application ${applicationId} changed since version ${expectedVersion}`, 409);
  }
}
