import { z } from "zod";

import type { SkipReason } from "@/lib/billing/issue-bill";

/** Path of the back-office billing page. */
export const billingRunPath = "/back-office/fatturazione";

/** Form fields; `mode` is the name of the button pressed, "preview" or "run". */
export const billingRunSchema = z.object({
  periodEnd: z.string().trim().min(1, "periodEndMissing").regex(/^\d{4}-\d{2}-\d{2}$/, "periodEndInvalid").refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), "periodEndInvalid"),
  mode: z.enum(["preview", "run"]),
});

/** Summary shown after a run or a preview, with dates as YYYY-MM-DD so it crosses to the client. */
export type BillingRunResult = {
  periodEnd: string;
  dryRun: boolean;
  due: number;
  issued: number;
  skipped: Array<{ reason: SkipReason; count: number }>;
  failed: number;
  failures: Array<{ supplyCode: string; message: string }>;
  dueSample: string[];
};

/** State of the billing form: error keys under `billing.errors`, the typed values, and the last result. */
export type BillingRunFormState = {
  fieldErrors: Partial<Record<"periodEnd", string>>;
  formError: string | null;
  values: { periodEnd: string };
  result: BillingRunResult | null;
};

export const initialBillingRunFormState: BillingRunFormState = { fieldErrors: {}, formError: null, values: { periodEnd: "" }, result: null };
