import "server-only";

import type { Prisma } from "@/lib/generated/prisma/client";
import { tenantTenancyScope } from "@/lib/tenancy/tenant-tenancy-scope";

/** Returns the `where` clause of the rent charges a person may read: those of their tenancies in force. */
export function tenantRentChargeScope(personId: string): Prisma.RentChargeWhereInput {
  return { tenancy: tenantTenancyScope(personId) };
}
