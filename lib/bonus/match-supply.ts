import "server-only";

import type { MatchedSupply, SupplyMatch } from "@/lib/bonus/bonus-checks";
import { isAdultOn } from "@/lib/bonus/household-members";
import { compareAddresses, type AddressParts } from "@/lib/bonus/normalize-address";
import type { Prisma } from "@/lib/generated/prisma/client";

const supplySelect = {
  id: true,
  supplyCode: true,
  state: true,
  useType: true,
  holder: { select: { fiscalCode: true, familyName: true } },
  address: { select: { street: true, houseNumber: true, postalCode: true } },
} as const satisfies Prisma.SupplySelect;

type SupplyRow = Prisma.SupplyGetPayload<{ select: typeof supplySelect }>;

export type MatchOutcome = {
  match: SupplyMatch;
  supplyId: string | null;
  /** `matched` only for a certain match: one candidate at the exact address, or the declared code confirmed by the address. */
  matchResult: "pending" | "matched" | "noSupplyFound" | "multipleSupplies";
};

function toMatchedSupply(row: SupplyRow): MatchedSupply {
  return {
    supplyCode: row.supplyCode,
    state: row.state,
    useType: row.useType,
    holderFiscalCode: row.holder.fiscalCode,
    holderFamilyName: row.holder.familyName,
    address: { street: row.address.street, houseNumber: row.address.houseNumber, postalCode: row.address.postalCode },
  };
}

function found(row: SupplyRow, declared: AddressParts | null): MatchOutcome {
  const certain = declared !== null && compareAddresses(declared, toMatchedSupply(row).address) === "exact";
  return { match: { kind: "found", supply: toMatchedSupply(row) }, supplyId: row.id, matchResult: certain ? "matched" : "pending" };
}

/**
 * Picks among candidates by address: one exact match wins; otherwise a single candidate is kept
 * for review, and several leave the match to a person.
 */
function pickByAddress(candidates: SupplyRow[], declared: AddressParts | null): MatchOutcome {
  if (candidates.length === 0) return { match: { kind: "notFound" }, supplyId: null, matchResult: "noSupplyFound" };
  if (candidates.length === 1) return found(candidates[0]!, declared);

  const exact = declared ? candidates.filter((row) => compareAddresses(declared, toMatchedSupply(row).address) === "exact") : [];
  if (exact.length === 1) return found(exact[0]!, declared);

  return { match: { kind: "multiple", count: candidates.length }, supplyId: null, matchResult: "multipleSupplies" };
}

export type MatchRequest = {
  supplyKind: "direct" | "indirect";
  members: ReadonlyArray<{ fiscalCode: string }>;
  dsuDate: Date;
  declaredSupplyCode: string | null;
  declaredAddress: AddressParts | null;
};

/**
 * Finds the supply of a bonus application. Direct use: the domestic supplies held by an adult of
 * the household, narrowed by the declared code or address. Indirect use: the declared condominium
 * supply, or the condominium supplies in the declared CAP whose address matches exactly or nearly.
 * A near address is kept as a candidate with `matchResult: "pending"`, so a person confirms it.
 */
export async function matchSupply(tx: Prisma.TransactionClient, request: MatchRequest): Promise<MatchOutcome> {
  if (request.supplyKind === "direct") {
    const adultCodes = request.members.map((member) => member.fiscalCode).filter((code) => isAdultOn(code, request.dsuDate));
    const candidates = await tx.supply.findMany({
      where: {
        holder: { fiscalCode: { in: adultCodes } },
        useType: { in: ["domesticResident", "domesticNonResident"] },
        state: { not: "terminated" },
        ...(request.declaredSupplyCode ? { supplyCode: request.declaredSupplyCode } : {}),
      },
      select: supplySelect,
      take: 20,
    });
    return pickByAddress(candidates, request.declaredAddress);
  }

  if (request.declaredSupplyCode) {
    const row = await tx.supply.findUnique({ where: { supplyCode: request.declaredSupplyCode }, select: supplySelect });
    return row ? found(row, request.declaredAddress) : { match: { kind: "notFound" }, supplyId: null, matchResult: "noSupplyFound" };
  }

  const declared = request.declaredAddress;
  if (!declared?.postalCode) return { match: { kind: "notFound" }, supplyId: null, matchResult: "noSupplyFound" };

  // The postal-code index narrows the search to one CAP. NOTE: a CAP with more than 500 condominium
  // supplies would leave some unread; Milan's CAPs are expected to stay below that, but it is unmeasured.
  const inPostalCode = await tx.supply.findMany({
    where: { useType: "condominium", state: { not: "terminated" }, address: { postalCode: declared.postalCode } },
    select: supplySelect,
    take: 500,
  });
  const comparisons = inPostalCode.map((row) => ({ row, comparison: compareAddresses(declared, toMatchedSupply(row).address) }));
  const exact = comparisons.filter((entry) => entry.comparison === "exact").map((entry) => entry.row);
  if (exact.length > 0) return pickByAddress(exact, declared);

  const near = comparisons.filter((entry) => entry.comparison === "near").map((entry) => entry.row);
  if (near.length === 1) return found(near[0]!, declared);
  if (near.length > 1) return { match: { kind: "multiple", count: near.length }, supplyId: null, matchResult: "multipleSupplies" };

  return { match: { kind: "notFound" }, supplyId: null, matchResult: "noSupplyFound" };
}
