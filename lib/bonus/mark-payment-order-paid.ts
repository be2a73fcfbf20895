import "server-only";

import { recordBonusEvent } from "@/lib/bonus/record-bonus-event";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";

/**
 * Records that the one-off payment of an indirect bonus was paid on `paidOn`, and audits it on
 * the application's timeline. Only a pending order can be marked paid; the conditional update
 * makes a second submit, or a second operator, raise `bonus.paymentOrderNotPending`.
 */
export async function markPaymentOrderPaid(user: SessionUser, input: { applicationId: string; orderId: string; paidOn: Date }): Promise<void> {
  await db().$transaction(async (tx) => {
    const order = await tx.waterBonusPaymentOrder.findFirst({ where: { id: input.orderId, applicationId: input.applicationId }, select: { id: true, state: true } });
    if (!order) throw new AppError("bonus.notFound", `Payment order ${input.orderId} not found on application ${input.applicationId}.`, 404);

    const updated = await tx.waterBonusPaymentOrder.updateMany({ where: { id: order.id, state: "pending" }, data: { state: "paid", paidOn: input.paidOn } });
    if (updated.count === 0) throw new AppError("bonus.paymentOrderNotPending", `Payment order ${order.id} is ${order.state}, not pending.`, 409, { state: order.state });

    await recordBonusEvent(tx, {
      applicationId: input.applicationId,
      actorId: user.id,
      action: "bonusApplication.paymentOrderPaid",
      before: { paymentOrderId: order.id, state: order.state },
      after: { paymentOrderId: order.id, state: "paid", paidOn: input.paidOn.toISOString().slice(0, 10) },
    });
  });
}
