import "server-only";

import { db } from "@/lib/db/client";
import { customerPracticeScope, type PracticeActor } from "@/lib/practices/practice-access";
import { listPracticeEvents, type PracticeEvent } from "@/lib/practices/practice-events";
import { practiceDetailSelect, toPracticeDetail, type PracticeDetail } from "@/lib/practices/practice-views";

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Loads one of the customer's water-service practices with its timeline. Returns null for a
 * malformed id, a missing practice, a draft or another customer's practice, so the page returns
 * 404 for all of them alike.
 */
export async function loadCustomerPractice(user: PracticeActor, practiceId: string): Promise<{ practice: PracticeDetail; events: PracticeEvent[] } | null> {
  if (!uuidPattern.test(practiceId)) return null;

  const account = await db().user.findUniqueOrThrow({ where: { id: user.id }, select: { personId: true } });
  const scope = customerPracticeScope(user, account.personId);
  if (!scope) return null;

  const record = await db().practice.findFirst({
    where: { AND: [{ id: practiceId, division: "sii", state: { not: "draft" } }, scope] },
    select: practiceDetailSelect,
  });
  if (!record) return null;

  return { practice: toPracticeDetail(record), events: await listPracticeEvents(record.id) };
}
