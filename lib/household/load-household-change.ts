import "server-only";

import { db } from "@/lib/db/client";
import type { HouseholdRelationship } from "@/lib/generated/prisma/client";
import type { HouseholdChangePayload } from "@/lib/household/household-change-schemas";
import { payloadOf, type HouseholdChangeRow, memberNameOf } from "@/lib/household/list-household-changes";

/** A household change as the reviewing operator sees it: the request, the documents and the household today. */
export type HouseholdChangeReview = HouseholdChangeRow & {
  payload: HouseholdChangePayload;
  applicantName: string | null;
  dwellingCode: string | null;
  documents: { fileId: string; fileName: string; kind: string }[];
  currentMembers: { id: string; name: string; fiscalCode: string; relationship: HouseholdRelationship; joinedOn: Date }[];
};

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Loads one household-change practice for review; null for a malformed id or any other practice. The caller checks `household:update:any`. */
export async function loadHouseholdChange(practiceId: string): Promise<HouseholdChangeReview | null> {
  if (!uuidPattern.test(practiceId)) return null;

  const practice = await db().practice.findFirst({
    where: { id: practiceId, kind: "householdChange", division: "casa" },
    select: {
      id: true,
      protocol: true,
      state: true,
      payload: true,
      submittedAt: true,
      rejectionReason: true,
      applicant: { select: { givenName: true, familyName: true } },
      documents: { orderBy: { createdAt: "asc" }, select: { kind: true, file: { select: { id: true, fileName: true } } } },
      tenancy: {
        select: {
          contractCode: true,
          dwelling: { select: { code: true } },
          household: {
            select: {
              members: {
                where: { leftOn: null },
                orderBy: [{ joinedOn: "asc" }, { id: "asc" }],
                select: { id: true, relationship: true, joinedOn: true, person: { select: { givenName: true, familyName: true, fiscalCode: true } } },
              },
            },
          },
        },
      },
    },
  });
  if (!practice) return null;

  const payload = payloadOf(practice.payload);
  return {
    id: practice.id,
    protocol: practice.protocol ?? "",
    change: payload.change,
    memberName: memberNameOf(payload),
    effectiveOn: payload.effectiveOn,
    state: practice.state,
    submittedAt: practice.submittedAt,
    rejectionReason: practice.rejectionReason,
    contractCode: practice.tenancy?.contractCode ?? null,
    payload,
    applicantName: practice.applicant ? [practice.applicant.givenName, practice.applicant.familyName].filter(Boolean).join(" ") : null,
    dwellingCode: practice.tenancy?.dwelling.code ?? null,
    documents: practice.documents.map((document) => ({ fileId: document.file.id, fileName: document.file.fileName, kind: document.kind })),
    currentMembers: (practice.tenancy?.household.members ?? []).map((member) => ({
      id: member.id,
      name: [member.person.givenName, member.person.familyName].filter(Boolean).join(" "),
      fiscalCode: member.person.fiscalCode,
      relationship: member.relationship,
      joinedOn: member.joinedOn,
    })),
  };
}
