import "server-only";

import type { Prisma } from "@/lib/generated/prisma/client";

export type IndemnityRecipient = { personId: string | null; supplyId: string | null; tenancyId: string | null };

type ClockOwner = { ticketId: string | null; practiceId: string | null; appointmentId: string | null };

/**
 * Returns who an indemnity is owed to: the water supply or the ERP tenancy the clock's ticket,
 * practice or appointment concerns, and the person who asked. For a ticket about a dwelling,
 * the dwelling's active tenancy.
 */
export async function findIndemnityRecipient(tx: Prisma.TransactionClient, owner: ClockOwner): Promise<IndemnityRecipient> {
  if (owner.ticketId) {
    const ticket = await tx.ticket.findUniqueOrThrow({
      where: { id: owner.ticketId },
      select: { requesterId: true, supplyId: true, dwellingId: true, supply: { select: { holderId: true } } },
    });
    const tenancy = ticket.dwellingId
      ? await tx.tenancy.findFirst({ where: { dwellingId: ticket.dwellingId, state: "active" }, select: { id: true, holderId: true } })
      : null;

    return {
      personId: ticket.requesterId ?? ticket.supply?.holderId ?? tenancy?.holderId ?? null,
      supplyId: ticket.supplyId,
      tenancyId: tenancy?.id ?? null,
    };
  }

  if (owner.practiceId) {
    const practice = await tx.practice.findUniqueOrThrow({
      where: { id: owner.practiceId },
      select: { applicantId: true, supplyId: true, tenancyId: true, supply: { select: { holderId: true } } },
    });
    return { personId: practice.applicantId ?? practice.supply?.holderId ?? null, supplyId: practice.supplyId, tenancyId: practice.tenancyId };
  }

  if (owner.appointmentId) {
    const appointment = await tx.appointment.findUniqueOrThrow({ where: { id: owner.appointmentId }, select: { personId: true } });
    return { personId: appointment.personId, supplyId: null, tenancyId: null };
  }

  return { personId: null, supplyId: null, tenancyId: null };
}
