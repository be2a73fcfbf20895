import "server-only";

import { db } from "@/lib/db/client";
import type { MandateState } from "@/lib/generated/prisma/client";
import { summarizePage, toSkipTake, type PageRequest, type PageSummary } from "@/lib/pagination";
import { formatAddressLine } from "@/lib/requests/find-request-form-data";
import { personNameOf } from "@/lib/tickets/queue/list-ticket-queue";

export type AdminMandateRow = {
  id: string;
  state: MandateState;
  supplyId: string;
  supplyCode: string;
  condominiumName: string | null;
  address: string;
  appointedOn: Date | null;
  requestedAt: Date;
  decidedAt: Date | null;
  rejectionReason: string | null;
  revokedAt: Date | null;
  revocationReason: string | null;
  verbaleFileId: string | null;
};

/** Lists one page of an administrator's mandates in every state, newest request first. */
export async function listAdminMandates(personId: string | null, page: PageRequest): Promise<{ rows: AdminMandateRow[]; summary: PageSummary }> {
  if (!personId) return { rows: [], summary: summarizePage(page, 0) };

  const where = { adminId: personId };
  const [totalItems, records] = await Promise.all([
    db().condoAdminMandate.count({ where }),
    db().condoAdminMandate.findMany({
      where,
      orderBy: [{ requestedAt: "desc" }, { id: "asc" }],
      ...toSkipTake(page),
      select: {
        id: true,
        state: true,
        appointedOn: true,
        requestedAt: true,
        decidedAt: true,
        rejectionReason: true,
        revokedAt: true,
        revocationReason: true,
        verbaleFileId: true,
        supply: {
          select: {
            id: true,
            supplyCode: true,
            holder: { select: { givenName: true, familyName: true, legalName: true } },
            address: { select: { street: true, houseNumber: true, extra: true, postalCode: true, city: true, province: true } },
          },
        },
      },
    }),
  ]);

  const rows = records.map(({ supply, ...mandate }) => ({
    ...mandate,
    supplyId: supply.id,
    supplyCode: supply.supplyCode,
    condominiumName: personNameOf(supply.holder),
    address: formatAddressLine(supply.address),
  }));
  return { rows, summary: summarizePage(page, totalItems) };
}
