import "server-only";

import type { ClockState, Prisma, TicketEventKind } from "@/lib/generated/prisma/client";

type ClockEvent = {
  ticketId: string;
  kind: Extract<TicketEventKind, "clockStarted" | "clockPaused" | "clockResumed" | "clockStopped" | "clockBreached">;
  clockState: ClockState;
  actorId: string | null;
  at: Date;
  data: Prisma.InputJsonObject;
};

/**
 * Writes a clock change into the ticket's timeline, dated when it happened. The breach is for
 * staff only, while the other changes show the customer when their deadline moves.
 */
export async function recordClockEvent(tx: Prisma.TransactionClient, event: ClockEvent): Promise<void> {
  await tx.ticketEvent.create({
    data: {
      ticketId: event.ticketId,
      kind: event.kind,
      visibility: event.kind === "clockBreached" ? "internal" : "public",
      authorId: event.actorId,
      clockState: event.clockState,
      data: event.data,
      createdAt: event.at,
    },
  });
}
