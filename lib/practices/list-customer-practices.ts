import "server-only";

import { db } from "@/lib/db/client";
import { summarizePage, toSkipTake, type PageRequest, type PageSummary } from "@/lib/pagination";
import { customerPracticeScope, type PracticeActor } from "@/lib/practices/practice-access";
import { practiceRowSelect, toPracticeRow, type PracticeRow } from "@/lib/practices/practice-views";

/**
 * Lists one page of the customer's water-service practices, newest first. Drafts are left out.
 * An account without practice permissions gets an empty page.
 */
export async function listCustomerPractices(user: PracticeActor, page: PageRequest): Promise<{ rows: PracticeRow[]; summary: PageSummary }> {
  const account = await db().user.findUniqueOrThrow({ where: { id: user.id }, select: { personId: true } });
  const scope = customerPracticeScope(user, account.personId);
  if (!scope) return { rows: [], summary: summarizePage(page, 0) };

  const where = { AND: [scope, { division: "sii" as const, state: { not: "draft" as const } }] };

  const [total, practices] = await Promise.all([
    db().practice.count({ where }),
    db().practice.findMany({ where, orderBy: [{ submittedAt: "desc" }, { id: "desc" }], ...toSkipTake(page), select: practiceRowSelect }),
  ]);

  return { rows: practices.map(toPracticeRow), summary: summarizePage(page, total) };
}
