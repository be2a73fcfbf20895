import "server-only";

import { db } from "@/lib/db/client";
import type { Division, Role } from "@/lib/generated/prisma/client";
import { queueDivisionsOf } from "@/lib/tickets/queue/queue-scope";
import type { TicketActor } from "@/lib/tickets/ticket-access";

export type CategoryOption = { id: string; division: Division; labels: { it: string; en: string; ar: string } };
export type TeamOption = { id: string; division: Division; name: string };
export type OperatorOption = { id: string; displayName: string };

/** Roles whose holders may be assigned tickets of each division; supervisors work both. */
const assignableRoles: Record<Division, Role[]> = { sii: ["siiOperator", "supervisor"], casa: ["casaOperator", "supervisor"] };

/** Lists the categories and teams of the user's divisions, for the queue's filter form. */
export async function listQueueFilterOptions(user: TicketActor): Promise<{ categories: CategoryOption[]; teams: TeamOption[] }> {
  const divisions = queueDivisionsOf(user);

  const categories = await db().ticketCategory.findMany({
    where: { division: { in: divisions }, active: true },
    orderBy: [{ division: "asc" }, { position: "asc" }, { labelIt: "asc" }],
    select: { id: true, division: true, labelIt: true, labelEn: true, labelAr: true },
  });
  const teams = await db().team.findMany({ where: { division: { in: divisions } }, orderBy: { name: "asc" }, select: { id: true, division: true, name: true } });

  return {
    categories: categories.map((category) => ({ id: category.id, division: category.division, labels: { it: category.labelIt, en: category.labelEn, ar: category.labelAr } })),
    teams,
  };
}

/** Lists the active accounts that may be assigned a ticket of `division`, by name. */
export async function listAssignableOperators(division: Division): Promise<OperatorOption[]> {
  return db().user.findMany({
    where: { disabledAt: null, roles: { hasSome: assignableRoles[division] } },
    orderBy: { displayName: "asc" },
    select: { id: true, displayName: true },
  });
}
