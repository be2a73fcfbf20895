import "server-only";

import { db } from "@/lib/db/client";
import type { CensusDeclarationState, CensusDocumentKind } from "@/lib/generated/prisma/client";
import { summarizePage, toSkipTake, type PageRequest, type PageSummary } from "@/lib/pagination";

import { declarationValuesOf, type DeclarationValues } from "./declaration-form";

/** A declaration as the operator's review page shows it. */
export type DeclarationForReview = {
  id: string;
  state: CensusDeclarationState;
  campaignId: string;
  campaignName: string;
  contractCode: string;
  householdCode: string;
  holderName: string;
  dwellingAddress: string;
  values: DeclarationValues | null;
  iseeErpCents: number | null;
  currentIseeErpCents: number | null;
  currentRentArea: string;
  resultingArea: string | null;
  integrationRequest: string | null;
  submittedAt: Date | null;
  reviewedAt: Date | null;
  documents: Array<{ id: string; fileId: string; kind: CensusDocumentKind; fileName: string }>;
  homeVisit: { startsAt: Date; bookingCode: string; state: string; notes: string | null } | null;
};

/** Returns a declaration for an operator who may read every declaration (`census:read:any`), or null when none has that id. */
export async function findDeclarationForReview(declarationId: string): Promise<DeclarationForReview | null> {
  const row = await db().censusDeclaration.findUnique({
    where: { id: declarationId },
    select: {
      id: true,
      state: true,
      payload: true,
      iseeErpCents: true,
      resultingArea: true,
      integrationRequest: true,
      submittedAt: true,
      reviewedAt: true,
      campaign: { select: { id: true, name: true } },
      household: { select: { code: true, iseeErpCents: true } },
      tenancy: {
        select: {
          contractCode: true,
          rentArea: true,
          holder: { select: { givenName: true, familyName: true } },
          dwelling: { select: { unit: true, building: { select: { address: { select: { street: true, houseNumber: true } } } } } },
        },
      },
      documents: { orderBy: { createdAt: "asc" }, select: { id: true, kind: true, file: { select: { id: true, fileName: true } } } },
      homeVisitAppointment: { select: { startsAt: true, bookingCode: true, state: true, notes: true } },
    },
  });
  if (!row) return null;

  const address = row.tenancy.dwelling.building.address;
  return {
    id: row.id,
    state: row.state,
    campaignId: row.campaign.id,
    campaignName: row.campaign.name,
    contractCode: row.tenancy.contractCode,
    householdCode: row.household.code,
    holderName: [row.tenancy.holder.givenName, row.tenancy.holder.familyName].filter(Boolean).join(" "),
    dwellingAddress: `${address.street} ${address.houseNumber}, int. ${row.tenancy.dwelling.unit}`,
    values: declarationValuesOf(row.payload),
    iseeErpCents: row.iseeErpCents,
    currentIseeErpCents: row.household.iseeErpCents,
    currentRentArea: row.tenancy.rentArea,
    resultingArea: row.resultingArea,
    integrationRequest: row.integrationRequest,
    submittedAt: row.submittedAt,
    reviewedAt: row.reviewedAt,
    documents: row.documents.map((document) => ({ id: document.id, fileId: document.file.id, kind: document.kind, fileName: document.file.fileName })),
    homeVisit: row.homeVisitAppointment,
  };
}

export type DeclarationListRow = { id: string; state: CensusDeclarationState; holderName: string; contractCode: string; buildingName: string; submittedAt: Date | null; homeVisit: boolean };

/** Lists one page of a campaign's declarations in the given states, oldest submission first, as the review queue. */
export async function listDeclarations(
  campaignId: string,
  states: CensusDeclarationState[],
  page: PageRequest,
): Promise<{ rows: DeclarationListRow[]; summary: PageSummary }> {
  const where = { campaignId, state: { in: states } };
  const [rows, total] = await Promise.all([
    db().censusDeclaration.findMany({
      where,
      orderBy: [{ submittedAt: { sort: "asc", nulls: "last" } }, { id: "asc" }],
      ...toSkipTake(page),
      select: {
        id: true,
        state: true,
        submittedAt: true,
        homeVisitAppointmentId: true,
        tenancy: { select: { contractCode: true, holder: { select: { givenName: true, familyName: true } }, dwelling: { select: { building: { select: { name: true, code: true } } } } } },
      },
    }),
    db().censusDeclaration.count({ where }),
  ]);

  return {
    rows: rows.map((row) => ({
      id: row.id,
      state: row.state,
      holderName: [row.tenancy.holder.givenName, row.tenancy.holder.familyName].filter(Boolean).join(" "),
      contractCode: row.tenancy.contractCode,
      buildingName: row.tenancy.dwelling.building.name ?? row.tenancy.dwelling.building.code,
      submittedAt: row.submittedAt,
      homeVisit: row.homeVisitAppointmentId !== null,
    })),
    summary: summarizePage(page, total),
  };
}
