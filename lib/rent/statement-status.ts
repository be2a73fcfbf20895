import type { BadgeTone } from "@/components/ui/status-badge";
import type { MonthBalance } from "@/lib/rent/statement-arithmetic";

export type StatementStatusKey = "paid" | "overdue" | "partiallyPaid" | "toPay" | "credit";

/** Returns the status a statement month shows, from its balance: the catalog key under `rent.status` and the badge tone. */
export function statementStatusOf(balance: MonthBalance): { key: StatementStatusKey; tone: BadgeTone } {
  if (balance.balanceCents < 0) return { key: "credit", tone: "info" };
  if (balance.balanceCents === 0) return { key: "paid", tone: "success" };
  if (balance.overdue) return { key: "overdue", tone: "danger" };
  if (balance.paidCents > 0) return { key: "partiallyPaid", tone: "warning" };
  return { key: "toPay", tone: "neutral" };
}
