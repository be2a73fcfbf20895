"use server";

import { auditBillingRun } from "@/lib/billing/audit-billing-run";
import { billingRunPath, billingRunSchema, type BillingRunFormState, type BillingRunResult } from "@/lib/billing/billing-run-form";
import { runBilling } from "@/lib/billing/run-billing";
import { requirePermission } from "@/lib/auth/policy";
import { romeDateOf } from "@/lib/charter/rome-time";
import { toUtcMidnight } from "@/lib/charter/plain-date";

/**
 * Runs billing, or only previews it, for the period end typed in the form. Requires
 * `billing:run:any`. A period end after today is rejected, because its readings cannot exist yet.
 * Running the same period twice issues nothing the second time, since every bill checks the
 * supply's last billed period.
 * NOTE: the run happens inside this request. A run over many thousand supplies may outlast a
 * proxy's timeout, and no scheduled job runs billing yet.
 */
export async function runBillingAction(_previous: BillingRunFormState, formData: FormData): Promise<BillingRunFormState> {
  const user = await requirePermission("billing:run:any", { returnTo: billingRunPath });
  const typed = formData.get("periodEnd");
  const values = { periodEnd: typeof typed === "string" ? typed.slice(0, 20) : "" };

  const parsed = billingRunSchema.safeParse({ periodEnd: values.periodEnd, mode: formData.get("mode") });
  if (!parsed.success) {
    const periodEndIssue = parsed.error.issues.find((issue) => issue.path[0] === "periodEnd");
    return { fieldErrors: periodEndIssue ? { periodEnd: periodEndIssue.message } : {}, formError: periodEndIssue ? null : "invalidRequest", values, result: null };
  }

  const today = romeDateOf(new Date());
  if (parsed.data.periodEnd > today) return { fieldErrors: { periodEnd: "periodEndInFuture" }, formError: null, values, result: null };

  const summary = await runBilling({ periodEnd: toUtcMidnight(parsed.data.periodEnd), issuedOn: toUtcMidnight(today), dryRun: parsed.data.mode === "preview" });
  const result: BillingRunResult = {
    periodEnd: parsed.data.periodEnd,
    dryRun: summary.dryRun,
    due: summary.due,
    issued: summary.issued,
    skipped: Object.entries(summary.skipped).map(([reason, count]) => ({ reason: reason as BillingRunResult["skipped"][number]["reason"], count })),
    failed: summary.failed,
    failures: summary.failures,
    dueSample: summary.dueSample,
  };
  await auditBillingRun(user.id, result);

  return { fieldErrors: {}, formError: null, values, result };
}
