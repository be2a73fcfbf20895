import "server-only";

import { db } from "@/lib/db/client";
import type { PracticeState, Prisma } from "@/lib/generated/prisma/client";

/*
 * The timeline of a practice is its AuditLog rows (entity "Practice"): one per submission and
 * per state change, each with the state reached and the text given to the customer. The audit
 * table already records who did what and when, is indexed on (entity, entityId, createdAt), and
 * a second event table would repeat it. Every text stored in `after.message` is shown to the
 * customer and to operators: the operator's request for documents, the reason for a rejection or
 * the customer's answer, never an internal note.
 */

export const practiceEntity = "Practice";

export type PracticeEventAction = "practice.submit" | "practice.changeState" | "practice.answer";

const practiceEventActions: readonly PracticeEventAction[] = ["practice.submit", "practice.changeState", "practice.answer"];

export type PracticeEventInput = {
  practiceId: string;
  actorId: string;
  action: PracticeEventAction;
  fromState: PracticeState | null;
  toState: PracticeState;
  /** Text for the customer, shown in their timeline. */
  message?: string | null;
  /** Key of the form view that sent a customer's answer, so a repeated submit finds this entry. */
  idempotencyKey?: string;
  at: Date;
};

/** Writes one timeline entry in the caller's transaction. */
export async function recordPracticeEvent(tx: Prisma.TransactionClient, event: PracticeEventInput): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: event.actorId,
      action: event.action,
      entity: practiceEntity,
      entityId: event.practiceId,
      before: event.fromState ? { state: event.fromState } : undefined,
      after: { state: event.toState, message: event.message ?? null, ...(event.idempotencyKey ? { idempotencyKey: event.idempotencyKey } : {}) },
      createdAt: event.at,
    },
    select: { id: true },
  });
}

export type PracticeEvent = { id: string; at: Date; action: PracticeEventAction; state: PracticeState; message: string | null };

/** Maximum entries a timeline shows. A practice passes through a handful of states. */
const maxEvents = 100;

function isPracticeState(value: unknown): value is PracticeState {
  return typeof value === "string";
}

/** Lists a practice's timeline, oldest first. The caller has already checked access to the practice. */
export async function listPracticeEvents(practiceId: string): Promise<PracticeEvent[]> {
  const rows = await db().auditLog.findMany({
    where: { entity: practiceEntity, entityId: practiceId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: maxEvents,
    select: { id: true, action: true, after: true, createdAt: true },
  });

  const events: PracticeEvent[] = [];
  for (const row of rows) {
    const after = (row.after ?? {}) as { state?: unknown; message?: unknown };
    if (!isPracticeState(after.state)) continue;

    events.push({
      id: row.id,
      at: row.createdAt,
      action: practiceEventActions.find((action) => action === row.action) ?? "practice.changeState",
      state: after.state,
      message: typeof after.message === "string" ? after.message : null,
    });
  }
  return events;
}
