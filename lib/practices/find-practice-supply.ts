import "server-only";

import { db } from "@/lib/db/client";
import type { SupplyState } from "@/lib/generated/prisma/client";
import type { OnlinePracticeKind } from "@/lib/practices/practice-kinds";
import { customerSupplyScope } from "@/lib/supplies/customer-supply-scope";

export type PracticeSupplyCheck = { ok: true; supplyId: string | null } | { ok: false; problem: "supplyNotFound" | "supplyNotActive" | "supplyNotTerminated" };

/** Kinds about a supply the customer is the holder of or manages under a mandate. */
const ownSupplyKinds: readonly OnlinePracticeKind[] = ["termination", "contactChange", "sepaMandate", "eBilling"];

/** States in which a supply still has a contract that can be changed or closed. */
const openStates: readonly SupplyState[] = ["active", "suspended"];

/**
 * Finds the supply a practice is about and checks that the kind fits it:
 * - termination, contact change, direct debit and e-mail bills need a supply the customer is the
 *   holder of or manages, with an open contract;
 * - a voltura takes over someone else's active supply, so any active supply qualifies;
 * - a subentro reopens a terminated supply.
 * A connection has no supply yet. Another customer's supply reads as not found.
 * NOTE: for voltura and subentro the result reveals whether a supply code exists in a given state.
 * The code is printed on the previous holder's bills, which the applicant normally has.
 */
export async function findPracticeSupply(kind: OnlinePracticeKind, supplyCode: string | null, personId: string | null): Promise<PracticeSupplyCheck> {
  if (kind === "connection" || supplyCode === null) return { ok: true, supplyId: null };

  if (ownSupplyKinds.includes(kind)) {
    if (!personId) return { ok: false, problem: "supplyNotFound" };

    const supply = await db().supply.findFirst({ where: { AND: [{ supplyCode }, customerSupplyScope(personId)] }, select: { id: true, state: true } });
    if (!supply) return { ok: false, problem: "supplyNotFound" };
    if (!openStates.includes(supply.state)) return { ok: false, problem: "supplyNotActive" };
    return { ok: true, supplyId: supply.id };
  }

  const supply = await db().supply.findUnique({ where: { supplyCode }, select: { id: true, state: true } });
  if (!supply) return { ok: false, problem: "supplyNotFound" };

  if (kind === "voltura" && supply.state !== "active") return { ok: false, problem: "supplyNotActive" };
  if (kind === "subentro" && supply.state !== "terminated") return { ok: false, problem: "supplyNotTerminated" };

  return { ok: true, supplyId: supply.id };
}
