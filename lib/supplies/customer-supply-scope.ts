import "server-only";

import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Returns the `where` clause of the supplies a customer may act on: those they hold,
 * and condominium supplies under a mandate of theirs that is approved and in force on `today`.
 */
export function customerSupplyScope(personId: string, today: Date = new Date()): Prisma.SupplyWhereInput {
  const mandateInForce: Prisma.CondoAdminMandateWhereInput = {
    adminId: personId,
    state: "approved",
    AND: [{ OR: [{ validFrom: null }, { validFrom: { lte: today } }] }, { OR: [{ validTo: null }, { validTo: { gte: today } }] }],
  };

  return { OR: [{ holderId: personId }, { mandates: { some: mandateInForce } }] };
}
