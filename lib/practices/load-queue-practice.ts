import "server-only";

import { hasPermission } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { PracticeActor } from "@/lib/practices/practice-access";
import { listPracticeEvents, type PracticeEvent } from "@/lib/practices/practice-events";
import { practiceDetailSelect, toPracticeDetail, type PracticeDetail } from "@/lib/practices/practice-views";

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Loads a water-service practice for the back-office. Returns null for a malformed id, a missing practice, a draft, or a user without `practice:read:any`. */
export async function loadQueuePractice(user: PracticeActor, practiceId: string): Promise<{ practice: PracticeDetail; events: PracticeEvent[] } | null> {
  if (!uuidPattern.test(practiceId) || !hasPermission(user, "practice:read:any")) return null;

  const record = await db().practice.findFirst({ where: { id: practiceId, division: "sii", state: { not: "draft" } }, select: practiceDetailSelect });
  if (!record) return null;

  return { practice: toPracticeDetail(record), events: await listPracticeEvents(record.id) };
}
