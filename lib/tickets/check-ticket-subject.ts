import "server-only";

import { AppError } from "@/lib/errors/app-error";
import type { Division, Prisma } from "@/lib/generated/prisma/client";
import { customerSupplyScope } from "@/lib/supplies/customer-supply-scope";

type TicketSubject = { supplyId?: string | undefined; dwellingId?: string | undefined };

type SubjectOwner =
  /** A customer or tenant: the supply must be theirs or under their mandate, the dwelling one they rent. */
  | { kind: "person"; personId: string | null; caretakerId?: undefined }
  /** A caretaker: the dwelling must be in a building they watch. */
  | { kind: "caretaker"; caretakerId: string; personId?: undefined }
  /** An operator: the records must exist, and a supply must be the requester's when one is named. */
  | { kind: "operator"; requesterId: string | null };

/**
 * Checks that the supply or dwelling a new ticket is about belongs to its division and to the
 * person opening it. Returns the building of the dwelling, which the ticket also records.
 * Raises `ticket.supplyNotFound` or `ticket.dwellingNotFound`, the same error for a record
 * that is missing and one that is someone else's.
 */
export async function checkTicketSubject(
  tx: Prisma.TransactionClient,
  division: Division,
  subject: TicketSubject,
  owner: SubjectOwner,
): Promise<{ buildingId: string | null }> {
  if (subject.supplyId && division !== "sii") throw new AppError("ticket.invalidInput", "Only water-service tickets name a supply", 400);
  if (subject.dwellingId && division !== "casa") throw new AppError("ticket.invalidInput", "Only housing tickets name a dwelling", 400);

  if (subject.supplyId) {
    const scope = supplyScope(owner);
    const supply = scope && (await tx.supply.findFirst({ where: { id: subject.supplyId, ...scope }, select: { id: true } }));
    if (!supply) throw new AppError("ticket.supplyNotFound", `Supply ${subject.supplyId} not found for this requester`, 404);
  }

  if (!subject.dwellingId) return { buildingId: null };

  const scope = dwellingScope(owner);
  const dwelling = scope && (await tx.dwelling.findFirst({ where: { id: subject.dwellingId, ...scope }, select: { buildingId: true } }));
  if (!dwelling) throw new AppError("ticket.dwellingNotFound", `Dwelling ${subject.dwellingId} not found for this requester`, 404);
  return { buildingId: dwelling.buildingId };
}

/** Returns the `where` clause of the supplies the owner may name, or null when they may name none. */
function supplyScope(owner: SubjectOwner): Prisma.SupplyWhereInput | null {
  if (owner.kind === "operator") return owner.requesterId ? { holderId: owner.requesterId } : {};
  if (owner.kind === "person" && owner.personId) return customerSupplyScope(owner.personId);
  return null;
}

/** Returns the `where` clause of the dwellings the owner may name, or null when they may name none. */
function dwellingScope(owner: SubjectOwner): Prisma.DwellingWhereInput | null {
  if (owner.kind === "operator") return {};

  if (owner.kind === "caretaker") {
    const current = { caretakerId: owner.caretakerId, OR: [{ endsOn: null }, { endsOn: { gte: new Date() } }] };
    return { building: { caretakerAssignments: { some: current } } };
  }

  if (!owner.personId) return null;
  return { tenancies: { some: { holderId: owner.personId, state: "active" } } };
}
