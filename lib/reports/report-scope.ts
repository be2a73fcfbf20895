import "server-only";

import { hasPermission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Prisma } from "@/lib/generated/prisma/client";
import { unlawfulOccupationCategoryCode } from "@/lib/reports/report-kinds";
import { customerTicketScope } from "@/lib/tickets/ticket-access";

/** Returns the `where` clause of the caretaker assignments in force on `today`. */
export function currentAssignmentWhere(caretakerId: string, today: Date = new Date()): Prisma.CaretakerAssignmentWhereInput {
  return { caretakerId, startsOn: { lte: today }, OR: [{ endsOn: null }, { endsOn: { gte: today } }] };
}

/**
 * Returns the `where` clause of the Casa reports a user may read in the tenant area. A tenant
 * reads the tickets they opened or that are about them. A caretaker reads the common-area
 * reports (no dwelling named) of the buildings they watch today, whoever filed them, except
 * unlawful-occupation reports filed by someone else, whose reporter must stay unknown. Returns
 * null for a user with neither role.
 */
export function reportReadScope(user: Pick<SessionUser, "id" | "roles">, today: Date = new Date()): Prisma.TicketWhereInput | null {
  const scopes: Prisma.TicketWhereInput[] = [];

  if (user.roles.includes("tenant") && hasPermission(user, "ticket:read:own")) {
    scopes.push(customerTicketScope(user));
  }

  if (user.roles.includes("caretaker") && hasPermission(user, "building:read:assigned")) {
    scopes.push({
      dwellingId: null,
      building: { is: { caretakerAssignments: { some: currentAssignmentWhere(user.id, today) } } },
      OR: [{ reporterId: user.id }, { category: { code: { not: unlawfulOccupationCategoryCode } } }],
    });
  }

  if (scopes.length === 0) return null;
  return { division: "casa", OR: scopes };
}
