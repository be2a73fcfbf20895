import { randomUUID } from "node:crypto";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { markPaymentOrderPaid } from "@/lib/bonus/mark-payment-order-paid";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors/app-error";

import { createPerson, createSupply, newBillFixtures, removeBillFixtures } from "../bills/bill-fixtures";
import { createAcceptedBonus, removeBillingFixtures } from "./billing-fixtures";

const fixtures = newBillFixtures();
let operator: { id: string; displayName: string; roles: ["siiOperator"] };

beforeAll(async () => {
  const user = await db().user.create({
    data: { email: `operatore.${randomUUID().slice(0, 8)}@billing.test`, passwordHash: "x", displayName: "Operatore Prova", roles: ["siiOperator"] },
    select: { id: true, displayName: true },
  });
  operator = { ...user, roles: ["siiOperator"] };
});

afterAll(async () => {
  await removeBillingFixtures(fixtures.supplyIds, []);
  await removeBillFixtures(fixtures);
  await db().auditLog.deleteMany({ where: { actorId: operator.id } });
  await db().user.delete({ where: { id: operator.id } });
});

describe("markPaymentOrderPaid", () => {
  it("marks a pending order once and audits it", async () => {
    const holder = await createPerson(fixtures, "Franca");
    const supply = await createSupply(fixtures, holder, "condominium");
    const applicationId = await createAcceptedBonus(supply.id, "2026-07-01", "2027-06-30");
    const order = await db().waterBonusPaymentOrder.create({
      data: { applicationId, amountCents: 3650, orderedOn: new Date("2026-07-01"), dueBy: new Date("2026-08-30") },
      select: { id: true },
    });
    const paidOn = new Date("2026-08-10");

    await markPaymentOrderPaid(operator, { applicationId, orderId: order.id, paidOn });
    const second = await markPaymentOrderPaid(operator, { applicationId, orderId: order.id, paidOn }).catch((error: unknown) => error);

    const stored = await db().waterBonusPaymentOrder.findUniqueOrThrow({ where: { id: order.id }, select: { state: true, paidOn: true } });
    expect(stored).toEqual({ state: "paid", paidOn });
    expect(isAppError(second, "bonus.paymentOrderNotPending")).toBe(true);

    const events = await db().auditLog.findMany({ where: { entityId: applicationId, action: "bonusApplication.paymentOrderPaid" }, select: { actorId: true, after: true } });
    expect(events).toEqual([{ actorId: operator.id, after: { paymentOrderId: order.id, state: "paid", paidOn: "2026-08-10" } }]);
  });

  it("rejects an order of another application", async () => {
    const holder = await createPerson(fixtures, "Gino");
    const supply = await createSupply(fixtures, holder, "condominium");
    const applicationId = await createAcceptedBonus(supply.id, "2026-07-01", "2027-06-30");
    const otherApplicationId = await createAcceptedBonus(supply.id, "2026-07-01", "2027-06-30");
    const order = await db().waterBonusPaymentOrder.create({
      data: { applicationId: otherApplicationId, amountCents: 3650, orderedOn: new Date("2026-07-01"), dueBy: new Date("2026-08-30") },
      select: { id: true },
    });

    const error = await markPaymentOrderPaid(operator, { applicationId, orderId: order.id, paidOn: new Date("2026-08-10") }).catch((caught: unknown) => caught);

    expect(isAppError(error, "bonus.notFound")).toBe(true);
  });
});
