import "server-only";

import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Returns the `where` clause of the tenancies a person may see as a tenant: a tenancy in force
 * (active, or in forfeiture while the household has not left) whose contract names them, or
 * whose household they currently belong to.
 */
export function tenantTenancyScope(personId: string): Prisma.TenancyWhereInput {
  return {
    state: { in: ["active", "inForfeiture"] },
    OR: [{ holderId: personId }, { household: { members: { some: { personId, leftOn: null } } } }],
  };
}
