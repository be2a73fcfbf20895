import "server-only";

import type { SessionUser } from "@/lib/auth/session-user";
import { fromUtcMidnight } from "@/lib/charter/plain-date";
import { romeDateOf } from "@/lib/charter/rome-time";
import { db } from "@/lib/db/client";
import type { CensusDeclarationState, CensusDocumentKind, Prisma } from "@/lib/generated/prisma/client";

import { campaignWindowProblem, type CampaignWindowProblem } from "./campaign-window";
import { declarationValuesOf, type DeclarationValues, type MemberValues } from "./declaration-form";
import { isEditableByTenant } from "./declaration-states";

/** The tenant's declaration of the open campaign, as their page shows it. */
export type TenantDeclaration = {
  id: string;
  state: CensusDeclarationState;
  editable: boolean;
  /** Set when the campaign's dates, not the state, keep the tenant from editing today. */
  windowProblem: CampaignWindowProblem | null;
  campaignName: string;
  opensOn: Date;
  closesOn: Date;
  values: DeclarationValues;
  integrationRequest: string | null;
  submittedAt: Date | null;
  documents: Array<{ id: string; fileId: string; kind: CensusDocumentKind; fileName: string; createdAt: Date }>;
  homeVisit: { appointmentId: string; startsAt: Date; bookingCode: string } | null;
  dwelling: { buildingId: string; address: string };
};

/** Returns the person the account speaks for, or null for an account without one. */
export async function personIdOf(user: Pick<SessionUser, "id">): Promise<string | null> {
  const account = await db().user.findUnique({ where: { id: user.id }, select: { personId: true } });
  return account?.personId ?? null;
}

/** Returns the `where` clause of the declarations the person may fill in: those of their own tenancies, in an open campaign. */
export function tenantDeclarationScope(personId: string): Prisma.CensusDeclarationWhereInput {
  return { tenancy: { holderId: personId, state: { in: ["active", "inForfeiture"] } }, campaign: { state: "open" } };
}

function prefillFrom(household: {
  members: Array<{ relationship: string; person: { givenName: string | null; familyName: string | null; fiscalCode: string; birthDate: Date | null; citizenship: string | null } }>;
}, contacts: { phone: string | null; email: string | null }): DeclarationValues {
  const members: MemberValues[] = household.members.map(({ relationship, person }) => ({
    givenName: person.givenName ?? "",
    familyName: person.familyName ?? "",
    fiscalCode: person.fiscalCode,
    birthDate: person.birthDate ? person.birthDate.toISOString().slice(0, 10) : "",
    relationship,
    citizenship: person.citizenship ?? "",
    employment: "",
    yearlyIncome: "",
    disability: "",
    dependent: "",
  }));

  return { members, residesInDwelling: "", residenceNote: "", iseeErp: "", dsuProtocol: "", dsuDate: "", phone: contacts.phone ?? "", email: contacts.email ?? "" };
}

/**
 * Finds the person's declaration in the open campaign. A declaration never saved is prefilled
 * with the household's current members and the holder's contacts. Returns null when no
 * tenancy of the person is called to an open campaign.
 */
export async function findTenantDeclaration(personId: string, now: Date = new Date()): Promise<TenantDeclaration | null> {
  const declaration = await db().censusDeclaration.findFirst({
    where: tenantDeclarationScope(personId),
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      state: true,
      payload: true,
      integrationRequest: true,
      submittedAt: true,
      campaign: { select: { name: true, opensOn: true, closesOn: true } },
      documents: { orderBy: { createdAt: "asc" }, select: { id: true, kind: true, createdAt: true, file: { select: { id: true, fileName: true } } } },
      homeVisitAppointment: { select: { id: true, startsAt: true, bookingCode: true, state: true } },
      tenancy: {
        select: {
          holder: { select: { phone: true, email: true } },
          dwelling: { select: { buildingId: true, building: { select: { address: { select: { street: true, houseNumber: true, postalCode: true } } } } } },
        },
      },
      household: {
        select: {
          members: {
            where: { leftOn: null },
            orderBy: { joinedOn: "asc" },
            select: { relationship: true, person: { select: { givenName: true, familyName: true, fiscalCode: true, birthDate: true, citizenship: true } } },
          },
        },
      },
    },
  });
  if (!declaration) return null;

  const address = declaration.tenancy.dwelling.building.address;
  const homeVisit = declaration.homeVisitAppointment;
  const campaignDates = { opensOn: fromUtcMidnight(declaration.campaign.opensOn), closesOn: fromUtcMidnight(declaration.campaign.closesOn) };
  const windowProblem = isEditableByTenant(declaration.state) ? campaignWindowProblem(campaignDates, declaration.state, romeDateOf(now)) : null;

  return {
    id: declaration.id,
    state: declaration.state,
    editable: isEditableByTenant(declaration.state) && windowProblem === null,
    windowProblem,
    campaignName: declaration.campaign.name,
    opensOn: declaration.campaign.opensOn,
    closesOn: declaration.campaign.closesOn,
    values: declarationValuesOf(declaration.payload) ?? prefillFrom(declaration.household, declaration.tenancy.holder),
    integrationRequest: declaration.integrationRequest,
    submittedAt: declaration.submittedAt,
    documents: declaration.documents.map((document) => ({ id: document.id, fileId: document.file.id, kind: document.kind, fileName: document.file.fileName, createdAt: document.createdAt })),
    homeVisit: homeVisit && homeVisit.state !== "cancelled" ? { appointmentId: homeVisit.id, startsAt: homeVisit.startsAt, bookingCode: homeVisit.bookingCode } : null,
    dwelling: { buildingId: declaration.tenancy.dwelling.buildingId, address: `${address.street} ${address.houseNumber}, ${address.postalCode} Milano` },
  };
}
