import "server-only";

import { db } from "@/lib/db/client";
import type { MandateState } from "@/lib/generated/prisma/client";
import { summarizePage, toSkipTake, type PageRequest, type PageSummary } from "@/lib/pagination";
import { formatAddressLine } from "@/lib/requests/find-request-form-data";
import { personNameOf } from "@/lib/tickets/queue/list-ticket-queue";

export const mandateStates = ["requested", "approved", "rejected", "revoked"] as const satisfies readonly MandateState[];

/** Reads the state filter of the back-office list; anything unknown shows the requests waiting for a decision. */
export function parseMandateStateFilter(value: string | string[] | undefined): MandateState {
  const text = Array.isArray(value) ? value[0] : value;
  return mandateStates.find((state) => state === text) ?? "requested";
}

export type MandateReviewRow = {
  id: string;
  state: MandateState;
  requestedAt: Date;
  appointedOn: Date | null;
  adminName: string | null;
  supplyCode: string;
  condominiumName: string | null;
  address: string;
};

const supplySelect = {
  select: {
    supplyCode: true,
    holder: { select: { givenName: true, familyName: true, legalName: true, fiscalCode: true } },
    address: { select: { street: true, houseNumber: true, extra: true, postalCode: true, city: true, province: true } },
  },
} as const;

/** Lists one page of mandates in a state, oldest request first, so the longest wait comes first. */
export async function listMandatesForReview(state: MandateState, page: PageRequest): Promise<{ rows: MandateReviewRow[]; summary: PageSummary }> {
  const where = { state };
  const [totalItems, records] = await Promise.all([
    db().condoAdminMandate.count({ where }),
    db().condoAdminMandate.findMany({
      where,
      orderBy: [{ requestedAt: "asc" }, { id: "asc" }],
      ...toSkipTake(page),
      select: {
        id: true,
        state: true,
        requestedAt: true,
        appointedOn: true,
        admin: { select: { givenName: true, familyName: true, legalName: true } },
        supply: supplySelect,
      },
    }),
  ]);

  const rows = records.map(({ admin, supply, ...mandate }) => ({
    ...mandate,
    adminName: personNameOf(admin),
    supplyCode: supply.supplyCode,
    condominiumName: personNameOf(supply.holder),
    address: formatAddressLine(supply.address),
  }));
  return { rows, summary: summarizePage(page, totalItems) };
}

export type MandateForReview = MandateReviewRow & {
  adminFiscalCode: string;
  adminEmail: string | null;
  condominiumFiscalCode: string;
  verbaleFileId: string | null;
  decidedAt: Date | null;
  rejectionReason: string | null;
  revokedAt: Date | null;
  revocationReason: string | null;
  /** Other administrators' approved mandates on the same supply, which an approval ends. */
  currentAdmins: { id: string; adminName: string | null }[];
};

/** Loads a mandate with the administrator, the supply and the administrators it would replace. */
export async function loadMandateForReview(mandateId: string): Promise<MandateForReview | null> {
  const record = await db().condoAdminMandate.findUnique({
    where: { id: mandateId },
    select: {
      id: true,
      state: true,
      requestedAt: true,
      appointedOn: true,
      decidedAt: true,
      rejectionReason: true,
      revokedAt: true,
      revocationReason: true,
      verbaleFileId: true,
      supplyId: true,
      adminId: true,
      admin: { select: { givenName: true, familyName: true, legalName: true, fiscalCode: true, email: true } },
      supply: supplySelect,
    },
  });
  if (!record) return null;

  const current = await db().condoAdminMandate.findMany({
    where: { supplyId: record.supplyId, state: "approved", id: { not: record.id }, adminId: { not: record.adminId } },
    take: 5,
    select: { id: true, admin: { select: { givenName: true, familyName: true, legalName: true } } },
  });

  const { admin, supply, supplyId: _supplyId, adminId: _adminId, ...mandate } = record;
  return {
    ...mandate,
    adminName: personNameOf(admin),
    adminFiscalCode: admin.fiscalCode,
    adminEmail: admin.email,
    supplyCode: supply.supplyCode,
    condominiumName: personNameOf(supply.holder),
    condominiumFiscalCode: supply.holder.fiscalCode,
    address: formatAddressLine(supply.address),
    currentAdmins: current.map((item) => ({ id: item.id, adminName: personNameOf(item.admin) })),
  };
}
