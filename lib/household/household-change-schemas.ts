import { z } from "zod";

import type { HouseholdRelationship } from "@/lib/generated/prisma/enums";
import { validateCodiceFiscale } from "@/lib/identifiers/codice-fiscale";

// Error messages are keys under `household.changes.fieldErrors`, translated by the form.

/** The household changes a tenant can ask for. */
export const householdChangeKinds = ["moveIn", "moveOut", "birth", "death"] as const;
export type HouseholdChangeKind = (typeof householdChangeKinds)[number];

/** What the attached documents prove, stored as PracticeDocument.kind. */
export const documentKindOfChange: Record<HouseholdChangeKind, string> = {
  moveIn: "residenceDeclaration",
  moveOut: "residenceChange",
  birth: "birthCertificate",
  death: "deathCertificate",
};

/** Relationships a new member may have: the contract holder is never added through this request. */
export const newMemberRelationships = ["spouse", "partner", "child", "parent", "sibling", "otherRelative", "other"] as const satisfies readonly Exclude<HouseholdRelationship, "holder">[];

const isoDate = z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "dateInvalid" }).refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), { error: "dateInvalid" });

const fiscalCode = z.string().transform((value, context) => {
  const result = validateCodiceFiscale(value);
  if (!result.valid) {
    context.addIssue({ code: "custom", message: "fiscalCodeInvalid" });
    return z.NEVER;
  }
  return result.code;
});

const common = {
  idempotencyKey: z.uuid({ error: "formExpired" }),
  effectiveOn: isoDate,
  note: z.string().trim().max(2000, { error: "tooLong" }),
};

const newMember = {
  givenName: z.string().trim().min(1, { error: "givenNameMissing" }).max(80, { error: "tooLong" }),
  familyName: z.string().trim().min(1, { error: "familyNameMissing" }).max(80, { error: "tooLong" }),
  fiscalCode,
  birthDate: isoDate,
  relationship: z.enum(newMemberRelationships, { error: "relationshipMissing" }),
};

const leavingMember = { memberId: z.uuid({ error: "memberMissing" }) };

export const householdChangeSchema = z.discriminatedUnion(
  "change",
  [
    z.object({ change: z.literal("moveIn"), ...common, ...newMember }),
    z.object({ change: z.literal("birth"), ...common, ...newMember }),
    z.object({ change: z.literal("moveOut"), ...common, ...leavingMember }),
    z.object({ change: z.literal("death"), ...common, ...leavingMember }),
  ],
  { error: "changeMissing" },
);

export type HouseholdChangeRequest = z.output<typeof householdChangeSchema>;

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** The request as stored in Practice.payload. */
export type HouseholdChangePayload = DistributiveOmit<HouseholdChangeRequest, "idempotencyKey"> & {
  /** Name of the member leaving, copied so the review page reads without another lookup. */
  memberName?: string;
};

export const householdChangeFields = ["change", "effectiveOn", "memberId", "givenName", "familyName", "fiscalCode", "birthDate", "relationship", "note"] as const;

/** Validates the form's values; the fields of the other change kinds are ignored. */
export function parseHouseholdChange(values: Record<string, string>): { ok: true; request: HouseholdChangeRequest } | { ok: false; fieldErrors: Record<string, string> } {
  const result = householdChangeSchema.safeParse(values);
  if (result.success) return { ok: true, request: result.data };

  const fieldErrors: Record<string, string> = {};
  for (const issue of result.error.issues) fieldErrors[String(issue.path[0] ?? "change")] ??= issue.message;
  return { ok: false, fieldErrors };
}
