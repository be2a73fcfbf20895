import "server-only";

import { db } from "@/lib/db/client";
import type { Prisma, SupplyState, SupplyUseType } from "@/lib/generated/prisma/client";
import { summarizePage, toSkipTake, type PageRequest, type PageSummary } from "@/lib/pagination";
import { formatAddressLine } from "@/lib/requests/find-request-form-data";
import { customerSupplyScope } from "@/lib/supplies/customer-supply-scope";
import { personNameOf } from "@/lib/tickets/queue/list-ticket-queue";

export type CustomerSupplyRow = {
  id: string;
  supplyCode: string;
  address: string;
  holderName: string | null;
  useType: SupplyUseType;
  state: SupplyState;
  /** "held" for the customer's own supply, "managed" for one under their mandate. */
  relation: "held" | "managed";
};

/** Maximum search length. Longer input is cut, because no supply code or street name is longer. */
const maxSearchLength = 80;

/** Reads the search box of the supply list: without control characters, which PostgreSQL may reject, trimmed and cut; empty when absent. */
export function parseSupplySearch(value: string | string[] | undefined): string {
  const text = Array.isArray(value) ? value[0] : value;
  return (text ?? "").replace(/[\u0000-\u001f\u007f]/g, " ").trim().slice(0, maxSearchLength);
}

function searchClause(search: string): Prisma.SupplyWhereInput {
  if (search === "") return {};

  const contains = { contains: search, mode: "insensitive" as const };
  return {
    OR: [
      { supplyCode: { startsWith: search.replace(/\s+/g, "") } },
      { address: { street: contains } },
      { holder: { legalName: contains } },
    ],
  };
}

/**
 * Lists one page of the supplies the person holds or manages under a mandate in force, in code
 * order, filtered by a code prefix, a street or a condominium name. A person with no supplies gets
 * an empty page; so does `personId` null.
 */
export async function listCustomerSupplies(
  personId: string | null,
  search: string,
  page: PageRequest,
): Promise<{ rows: CustomerSupplyRow[]; summary: PageSummary }> {
  if (!personId) return { rows: [], summary: summarizePage(page, 0) };

  const where: Prisma.SupplyWhereInput = { AND: [customerSupplyScope(personId), searchClause(search)] };

  const [totalItems, records] = await Promise.all([
    db().supply.count({ where }),
    db().supply.findMany({
      where,
      orderBy: { supplyCode: "asc" },
      ...toSkipTake(page),
      select: {
        id: true,
        supplyCode: true,
        useType: true,
        state: true,
        holderId: true,
        address: { select: { street: true, houseNumber: true, extra: true, postalCode: true, city: true, province: true } },
        holder: { select: { givenName: true, familyName: true, legalName: true } },
      },
    }),
  ]);

  const rows = records.map((record) => ({
    id: record.id,
    supplyCode: record.supplyCode,
    address: formatAddressLine(record.address),
    holderName: personNameOf(record.holder),
    useType: record.useType,
    state: record.state,
    relation: record.holderId === personId ? ("held" as const) : ("managed" as const),
  }));

  return { rows, summary: summarizePage(page, totalItems) };
}
