import "server-only";

import { db } from "@/lib/db/client";
import type { IndemnityExemption, IndemnityLevel, IndemnityState } from "@/lib/generated/prisma/enums";
import { customerIndemnityScope, type IndemnityCounter } from "@/lib/indemnities/customer-indemnity-scope";
import { summarizePage, toSkipTake, type PageRequest, type PageSummary } from "@/lib/pagination";

/** An indemnity as shown to the customer, with the ticket it arose from and the bill that credited it. */
export type CustomerIndemnityRow = {
  id: string;
  /** Stable code of the missed standard, for example "complaintReply". Pages translate it. */
  standardCode: string;
  /** Italian name of the standard, shown when no translation exists for the code. */
  standardName: string;
  ticket: { id: string; protocol: string } | null;
  supplyCode: string | null;
  level: IndemnityLevel;
  amountCents: number;
  state: IndemnityState;
  exemptionReason: IndemnityExemption | null;
  recordedAt: Date;
  creditedOn: { billId: string; billNumber: string; issuedOn: Date } | null;
};

const indemnitySelect = {
  id: true,
  level: true,
  amountCents: true,
  state: true,
  exemptionReason: true,
  createdAt: true,
  serviceStandard: { select: { code: true, name: true } },
  serviceClock: { select: { ticket: { select: { id: true, protocol: true } } } },
  supply: { select: { supplyCode: true } },
  billLine: { select: { bill: { select: { id: true, number: true, issuedOn: true } } } },
} as const;

type IndemnityRecord = {
  id: string;
  level: IndemnityLevel;
  amountCents: number;
  state: IndemnityState;
  exemptionReason: IndemnityExemption | null;
  createdAt: Date;
  serviceStandard: { code: string; name: string };
  serviceClock: { ticket: { id: string; protocol: string } | null } | null;
  supply: { supplyCode: string } | null;
  billLine: { bill: { id: string; number: string; issuedOn: Date } } | null;
};

function toRow(record: IndemnityRecord): CustomerIndemnityRow {
  const bill = record.billLine?.bill ?? null;

  return {
    id: record.id,
    standardCode: record.serviceStandard.code,
    standardName: record.serviceStandard.name,
    ticket: record.serviceClock?.ticket ?? null,
    supplyCode: record.supply?.supplyCode ?? null,
    level: record.level,
    amountCents: record.amountCents,
    state: record.state,
    exemptionReason: record.exemptionReason,
    recordedAt: record.createdAt,
    creditedOn: bill ? { billId: bill.id, billNumber: bill.number, issuedOn: bill.issuedOn } : null,
  };
}

/** Lists one page of the customer's indemnities at a counter, newest first. An account with no person behind it has none. */
export async function listCustomerIndemnities(
  counter: IndemnityCounter,
  personId: string | null,
  page: PageRequest,
  today: Date = new Date(),
): Promise<{ rows: CustomerIndemnityRow[]; summary: PageSummary }> {
  if (personId === null) return { rows: [], summary: summarizePage(page, 0) };

  const where = customerIndemnityScope(counter, personId, today);
  const [total, records] = await Promise.all([
    db().indemnity.count({ where }),
    db().indemnity.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...toSkipTake(page), select: indemnitySelect }),
  ]);

  return { rows: records.map(toRow), summary: summarizePage(page, total) };
}

/** Lists one page of the indemnities of the person an account speaks for, at a counter. */
export async function listAccountIndemnities(counter: IndemnityCounter, userId: string, page: PageRequest): Promise<{ rows: CustomerIndemnityRow[]; summary: PageSummary }> {
  const account = await db().user.findUnique({ where: { id: userId }, select: { personId: true } });
  return listCustomerIndemnities(counter, account?.personId ?? null, page);
}

/**
 * Finds the indemnity of a ticket's service clock. The caller must have checked that the customer
 * may read the ticket, because this lookup is scoped by ticket only.
 */
export async function findTicketIndemnity(ticketId: string): Promise<CustomerIndemnityRow | null> {
  const record = await db().indemnity.findFirst({ where: { serviceClock: { is: { ticketId } } }, orderBy: { createdAt: "desc" }, select: indemnitySelect });
  return record ? toRow(record) : null;
}
