import type { PaymentState } from "@/lib/generated/prisma/enums";

/** Payment status shown to the customer, which may differ from the stored payment state. */
export type BillPaymentStatus = PaymentState | "overdue" | "nothingToPay" | "cancelled";

/**
 * Returns the payment status shown to the customer: a cancelled bill and a bill whose credits cover its
 * charges need no payment, and an unpaid bill past its due date is overdue. `today` is compared
 * as a calendar date in UTC, the way due dates are stored.
 */
export function billPaymentStatus(bill: { paymentState: PaymentState; totalCents: number; dueOn: Date; cancelled: boolean }, today: Date): BillPaymentStatus {
  if (bill.cancelled) return "cancelled";
  if (bill.totalCents <= 0) return "nothingToPay";
  if (bill.paymentState === "paid") return "paid";

  const todayDate = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  if (bill.dueOn.getTime() < todayDate) return "overdue";

  return bill.paymentState;
}

/** Badge tone of each payment status. */
export const paymentStatusTones = {
  paid: "success",
  nothingToPay: "success",
  unpaid: "warning",
  partiallyPaid: "warning",
  overdue: "danger",
  cancelled: "neutral",
} as const satisfies Record<BillPaymentStatus, string>;
