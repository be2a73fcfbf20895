import "server-only";

import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/config";
import { administrativeCodesWithOwnForm, emergencyCategoryCodes, unlawfulOccupationCategoryCode, type ReportKind } from "@/lib/reports/report-kinds";
import { currentAssignmentWhere } from "@/lib/reports/report-scope";
import { findAccountPersonId } from "@/lib/tenancy/find-account-person";
import { tenantTenancyScope } from "@/lib/tenancy/tenant-tenancy-scope";

export type ReportOption = { value: string; label: string };

/** What a report form offers: categories of its kind, and where the report can be about. */
export type ReportFormData = {
  categories: ReportOption[];
  /** The tenant's dwelling, for reports about it; null for a caretaker or a user without a tenancy in force. */
  dwelling: { id: string; buildingId: string; address: string; staircase: string | null; floor: number; unit: string } | null;
  /** Buildings a caretaker watches today; empty for a tenant. */
  buildings: ReportOption[];
};

const labelField = { it: "labelIt", en: "labelEn", ar: "labelAr" } as const;

/** Returns the where clause of the Casa categories a report form of `kind` offers. */
export function categoryWhereOf(kind: ReportKind) {
  const emergency = [...emergencyCategoryCodes] as string[];

  switch (kind) {
    case "tecnica":
      return { nature: "technical" as const, code: { notIn: emergency } };
    case "amministrativa":
      return { nature: "administrative" as const, code: { notIn: [...administrativeCodesWithOwnForm] as string[] } };
    case "emergenza":
      return { code: { in: emergency } };
    case "occupazione-abusiva":
      return { code: unlawfulOccupationCategoryCode };
  }
}

/** Loads the choices of a report form for the signed-in tenant or caretaker, with labels in `locale`. */
export async function findReportFormData(user: Pick<SessionUser, "id" | "roles">, kind: ReportKind, locale: Locale): Promise<ReportFormData> {
  const categories = await db().ticketCategory.findMany({
    where: { division: "casa", active: true, ...categoryWhereOf(kind) },
    orderBy: [{ position: "asc" }, { code: "asc" }],
    select: { id: true, labelIt: true, labelEn: true, labelAr: true },
  });

  const dwelling = user.roles.includes("tenant") ? await findTenantDwelling(user.id) : null;
  const buildings = user.roles.includes("caretaker") ? await findCaretakerBuildings(user.id) : [];

  return { categories: categories.map((category) => ({ value: category.id, label: category[labelField[locale]] })), dwelling, buildings };
}

/** Returns the dwelling of the tenant's tenancy in force, or null. */
export async function findTenantDwelling(userId: string): Promise<ReportFormData["dwelling"]> {
  const personId = await findAccountPersonId(userId);
  if (!personId) return null;

  const tenancy = await db().tenancy.findFirst({
    where: tenantTenancyScope(personId),
    orderBy: { startsOn: "desc" },
    select: {
      dwelling: {
        select: { id: true, buildingId: true, floor: true, unit: true, staircase: { select: { code: true } }, building: { select: { address: { select: { street: true, houseNumber: true } } } } },
      },
    },
  });
  if (!tenancy) return null;

  const { dwelling } = tenancy;
  return {
    id: dwelling.id,
    buildingId: dwelling.buildingId,
    address: `${dwelling.building.address.street} ${dwelling.building.address.houseNumber}`,
    staircase: dwelling.staircase?.code ?? null,
    floor: dwelling.floor,
    unit: dwelling.unit,
  };
}

/** Returns the buildings the caretaker watches today, by address. */
export async function findCaretakerBuildings(caretakerId: string): Promise<ReportOption[]> {
  const assignments = await db().caretakerAssignment.findMany({
    where: currentAssignmentWhere(caretakerId),
    orderBy: { building: { code: "asc" } },
    select: { building: { select: { id: true, code: true, address: { select: { street: true, houseNumber: true } } } } },
  });

  return assignments.map(({ building }) => ({ value: building.id, label: `${building.address.street} ${building.address.houseNumber} (${building.code})` }));
}
