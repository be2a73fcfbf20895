import "server-only";

import { db } from "@/lib/db/client";
import { formatAddressLine } from "@/lib/requests/find-request-form-data";
import { customerSupplyScope } from "@/lib/supplies/customer-supply-scope";

/** A supply the bill list can show, as its switcher names it. */
export type BillSupplyOption = { id: string; supplyCode: string; address: string };

/**
 * Maximum number of supplies the switcher lists, enough for an administrator of a few dozen buildings.
 * NOTE: a customer with more supplies gets the first ones by supply code in the switcher; a link from the supply
 * pages (`?fornitura=<id>`) still opens any supply in scope.
 */
export const maxSwitcherSupplies = 200;

const supplySelect = {
  id: true,
  supplyCode: true,
  address: { select: { street: true, houseNumber: true, extra: true, postalCode: true, city: true, province: true } },
} as const;

/** Lists the supplies whose bills the customer may read, by supply code. */
export async function listBillSupplies(personId: string | null, today: Date = new Date()): Promise<BillSupplyOption[]> {
  if (personId === null) return [];

  const supplies = await db().supply.findMany({
    where: customerSupplyScope(personId, today),
    orderBy: { supplyCode: "asc" },
    take: maxSwitcherSupplies,
    select: supplySelect,
  });

  return supplies.map((supply) => ({ id: supply.id, supplyCode: supply.supplyCode, address: formatAddressLine(supply.address) }));
}

/** Finds one supply in the customer's scope, or returns null for a supply they may not read. */
export async function findBillSupply(personId: string | null, supplyId: string, today: Date = new Date()): Promise<BillSupplyOption | null> {
  if (personId === null) return null;

  const supply = await db().supply.findFirst({ where: { AND: [{ id: supplyId }, customerSupplyScope(personId, today)] }, select: supplySelect });
  return supply ? { id: supply.id, supplyCode: supply.supplyCode, address: formatAddressLine(supply.address) } : null;
}
