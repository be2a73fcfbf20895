import "server-only";

import type { Prisma } from "@/lib/generated/prisma/client";
import { customerSupplyScope } from "@/lib/supplies/customer-supply-scope";

/**
 * Returns the `where` clause of the bills a customer may read: those of the supplies they hold and
 * of the condominium supplies under a mandate of theirs in force on `today`. An account with no
 * person behind it reaches no bill.
 */
export function customerBillScope(personId: string | null, today: Date = new Date()): Prisma.BillWhereInput {
  if (personId === null) return { id: { in: [] } };

  return { supply: customerSupplyScope(personId, today) };
}
