import "server-only";

import { decodeCheckNote, type CheckNote } from "@/lib/bonus/check-notes";
import { bonusCheckKinds } from "@/lib/bonus/bonus-checks";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

const applicationSelect = {
  id: true,
  reference: true,
  source: true,
  state: true,
  version: true,
  competenceYear: true,
  applicantFiscalCode: true,
  applicantFamilyName: true,
  applicantGivenName: true,
  memberCount: true,
  dependentChildren: true,
  iseeCents: true,
  dsuProtocol: true,
  dsuDate: true,
  supplyKind: true,
  declaredSupplyCode: true,
  declaredAddress: true,
  declaredStreet: true,
  declaredHouseNumber: true,
  declaredPostalCode: true,
  declaredDwelling: true,
  matchResult: true,
  rejectionCode: true,
  rejectionReason: true,
  correctionRequest: true,
  decidedAt: true,
  benefitStart: true,
  benefitEnd: true,
  yearlyAmountCents: true,
  supplementaryYearlyAmountCents: true,
  receivedAt: true,
  batch: { select: { reference: true } },
  cafOffice: { select: { name: true } },
  decidedBy: { select: { displayName: true } },
  supply: {
    select: {
      supplyCode: true,
      useType: true,
      state: true,
      holder: { select: { familyName: true, givenName: true, legalName: true } },
      address: { select: { street: true, houseNumber: true, postalCode: true } },
    },
  },
  members: { select: { fiscalCode: true, familyName: true, givenName: true, isApplicant: true }, orderBy: [{ isApplicant: "desc" }, { familyName: "asc" }] },
  checks: { select: { kind: true, outcome: true, note: true, checkedAt: true } },
  inspections: {
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      scheduledAt: true,
      performedAt: true,
      outcome: true,
      notes: true,
      inspector: { select: { displayName: true } },
      photos: { select: { file: { select: { id: true, fileName: true } } } },
    },
  },
  paymentOrders: { orderBy: { supplementary: "asc" }, select: { id: true, supplementary: true, amountCents: true, orderedOn: true, dueBy: true, state: true } },
  billLines: {
    orderBy: { bill: { issuedOn: "asc" } },
    select: { id: true, kind: true, amountCents: true, bill: { select: { number: true, issuedOn: true, periodStart: true, periodEnd: true } } },
  },
} as const satisfies Prisma.WaterBonusApplicationSelect;

type ApplicationRow = Prisma.WaterBonusApplicationGetPayload<{ select: typeof applicationSelect }>;

export type BonusApplicationView = Omit<ApplicationRow, "checks"> & {
  checks: Array<{ kind: string; outcome: string; note: CheckNote | null; checkedAt: Date | null }>;
};

function toView(row: ApplicationRow): BonusApplicationView {
  const order = (kind: string) => (bonusCheckKinds as readonly string[]).indexOf(kind);
  const checks = [...row.checks]
    .sort((first, second) => order(first.kind) - order(second.kind))
    .map((check) => ({ kind: check.kind, outcome: check.outcome, note: decodeCheckNote(check.note), checkedAt: check.checkedAt }));

  return { ...row, checks };
}

/** Loads an application for the back office, or null when it does not exist. */
export async function loadApplicationForOperator(applicationId: string): Promise<BonusApplicationView | null> {
  const row = await db().waterBonusApplication.findUnique({ where: { id: applicationId }, select: applicationSelect });
  return row ? toView(row) : null;
}

/** Loads an application of the CAF office, or null when it does not exist or another office filed it. */
export async function loadApplicationForCaf(applicationId: string, cafOfficeId: string): Promise<BonusApplicationView | null> {
  const row = await db().waterBonusApplication.findFirst({ where: { id: applicationId, cafOfficeId }, select: applicationSelect });
  return row ? toView(row) : null;
}

export type TimelineEntry = { id: string; action: string; at: Date; actorName: string | null; after: Prisma.JsonValue };

/** Lists the application's audit entries, oldest first: its timeline. */
export async function listApplicationTimeline(applicationId: string): Promise<TimelineEntry[]> {
  const entries = await db().auditLog.findMany({
    where: { entity: "WaterBonusApplication", entityId: applicationId },
    orderBy: { createdAt: "asc" },
    take: 200,
    select: { id: true, action: true, createdAt: true, after: true, actor: { select: { displayName: true } } },
  });

  return entries.map((entry) => ({ id: entry.id, action: entry.action, at: entry.createdAt, actorName: entry.actor?.displayName ?? null, after: entry.after }));
}

/** Active SII staff who can carry out a site inspection. */
export async function listInspectors(): Promise<Array<{ id: string; displayName: string }>> {
  return db().user.findMany({
    where: { disabledAt: null, roles: { hasSome: ["siiOperator", "supervisor"] } },
    orderBy: { displayName: "asc" },
    select: { id: true, displayName: true },
    take: 100,
  });
}
