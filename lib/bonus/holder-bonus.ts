import "server-only";

import { pendingBonusCredit, type BonusCreditPreview } from "@/lib/bonus/credit-bonus-on-bill";
import { db } from "@/lib/db/client";

export type HolderBonusSupply = {
  supplyId: string;
  supplyCode: string;
  address: string;
  applications: Array<{
    id: string;
    reference: string;
    state: string;
    supplyKind: "direct" | "indirect";
    competenceYear: number;
    benefitStart: Date | null;
    benefitEnd: Date | null;
    yearlyAmountCents: number | null;
    supplementaryYearlyAmountCents: number | null;
    rejectionReason: string | null;
    credits: Array<{ id: string; kind: string; amountCents: number; billNumber: string; issuedOn: Date }>;
    paymentOrders: Array<{ id: string; supplementary: boolean; amountCents: number; dueBy: Date; state: string }>;
    /** Credit the next bill will carry for the days since the last credited bill, up to today. */
    nextBillCredit: BonusCreditPreview | null;
  }>;
};

/** Most recent applications shown per supply. */
const applicationsPerSupply = 5;

/**
 * Loads the bonus applications linked to the supplies a person holds, newest first, with the
 * credit lines on their bills, the payment orders and the credit the next bill will carry.
 */
export async function loadHolderBonus(personId: string, today: Date = new Date()): Promise<HolderBonusSupply[]> {
  const supplies = await db().supply.findMany({
    where: { holderId: personId, bonusApplications: { some: {} } },
    orderBy: { supplyCode: "asc" },
    take: 20,
    select: {
      id: true,
      supplyCode: true,
      address: { select: { street: true, houseNumber: true, postalCode: true } },
      bonusApplications: {
        orderBy: { receivedAt: "desc" },
        take: applicationsPerSupply,
        select: {
          id: true,
          reference: true,
          state: true,
          supplyKind: true,
          competenceYear: true,
          memberCount: true,
          benefitStart: true,
          benefitEnd: true,
          yearlyAmountCents: true,
          supplementaryYearlyAmountCents: true,
          rejectionReason: true,
          billLines: {
            orderBy: { bill: { issuedOn: "desc" } },
            take: 24,
            select: { id: true, kind: true, amountCents: true, periodEnd: true, bill: { select: { number: true, issuedOn: true, periodEnd: true } } },
          },
          paymentOrders: { select: { id: true, supplementary: true, amountCents: true, dueBy: true, state: true } },
        },
      },
    },
  });

  const todayDate = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
  const result: HolderBonusSupply[] = [];

  for (const supply of supplies) {
    const applications: HolderBonusSupply["applications"] = [];
    for (const application of supply.bonusApplications) {
      const accruing = application.state === "accepted" && application.supplyKind === "direct";
      // The newest credit lines come first, so the first national one carries the last credited day.
      const newestCredit = application.billLines.find((line) => line.kind === "bonusCredit");
      const lastCredited = newestCredit ? (newestCredit.periodEnd ?? newestCredit.bill.periodEnd) : null;

      applications.push({
        id: application.id,
        reference: application.reference,
        state: application.state,
        supplyKind: application.supplyKind,
        competenceYear: application.competenceYear,
        benefitStart: application.benefitStart,
        benefitEnd: application.benefitEnd,
        yearlyAmountCents: application.yearlyAmountCents,
        supplementaryYearlyAmountCents: application.supplementaryYearlyAmountCents,
        rejectionReason: application.rejectionReason,
        credits: application.billLines.map((line) => ({ id: line.id, kind: line.kind, amountCents: line.amountCents, billNumber: line.bill.number, issuedOn: line.bill.issuedOn })),
        paymentOrders: application.paymentOrders,
        nextBillCredit: accruing ? pendingBonusCredit({ ...application }, lastCredited, todayDate) : null,
      });
    }

    result.push({
      supplyId: supply.id,
      supplyCode: supply.supplyCode,
      address: `${supply.address.street} ${supply.address.houseNumber}, ${supply.address.postalCode} Milano`,
      applications,
    });
  }

  return result;
}
