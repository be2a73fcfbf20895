import "server-only";

import type { Prisma } from "@/lib/generated/prisma/client";
import { customerSupplyScope } from "@/lib/supplies/customer-supply-scope";

/** Counter whose indemnities a list shows: the water service's (supplies) or public housing's (tenancies). */
export type IndemnityCounter = "sii" | "erp";

/**
 * Returns the `where` clause of the indemnities a customer may see at a counter. At the water
 * counter: those of the supplies they hold or manage under a mandate in force, and those owed to
 * them personally without a supply. At the housing counter: those of the tenancies they hold.
 */
export function customerIndemnityScope(counter: IndemnityCounter, personId: string, today: Date = new Date()): Prisma.IndemnityWhereInput {
  if (counter === "erp") return { tenancy: { is: { holderId: personId } } };

  return { OR: [{ supply: { is: customerSupplyScope(personId, today) } }, { personId, supplyId: null, tenancyId: null }] };
}
