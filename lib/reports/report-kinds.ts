import { tenantPaths } from "@/lib/tenancy/tenant-paths";

/** The report forms of the tenant area, by URL slug. */
export const reportKinds = ["tecnica", "amministrativa", "emergenza", "occupazione-abusiva"] as const;

export type ReportKind = (typeof reportKinds)[number];

/** Report forms a caretaker may use: they report on common areas, never on a tenancy's administration. */
export const caretakerReportKinds: readonly ReportKind[] = ["tecnica", "emergenza", "occupazione-abusiva"];

/**
 * Casa categories that are emergencies: the form shows the 24-hour contact center and the
 * emergency services first, and the seeded categories carry the urgent priority, which the
 * queue's priority sort puts on top.
 */
export const emergencyCategoryCodes = ["gasSmell", "flooding", "fireOrSmoke", "liftEntrapment", "structuralDanger"] as const;

/** The category of the dedicated unlawful-occupation form. */
export const unlawfulOccupationCategoryCode = "unlawfulOccupation";

/** Administrative categories handled by their own flows elsewhere, so the general form does not offer them. */
export const administrativeCodesWithOwnForm = [unlawfulOccupationCategoryCode, "householdChange", "census"] as const;

/** ERP 24-hour contact center and the single European emergency number. */
export const contactCenterNumber = "800 013 191";
export const emergencyServicesNumber = "112";

export const contactTimes = ["morning", "afternoon", "evening", "anytime"] as const;
export type ContactTime = (typeof contactTimes)[number];

export const reportPlaces = ["dwelling", "commonArea"] as const;
export type ReportPlace = (typeof reportPlaces)[number];

export const newReportPath = `${tenantPaths.reports}/nuova`;

export function newReportKindPath(kind: ReportKind): string {
  return `${newReportPath}/${kind}`;
}

export function reportDetailPath(ticketId: string): string {
  return `${tenantPaths.reports}/${ticketId}`;
}

export function isReportKind(value: string): value is ReportKind {
  return (reportKinds as readonly string[]).includes(value);
}
