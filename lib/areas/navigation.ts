import { hasPermission, type Permission } from "@/lib/auth/permissions";
import { areas, type Area } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session-user";

/** One entry of an area's navigation; its label and description come from `areas.<area>.nav.<key>`. */
export type AreaNavItem = {
  key: string;
  path: string;
  /** False until the page exists: the menu then shows the entry as plain text marked "not yet available". */
  available: boolean;
  /** The entry is listed when the user has at least one of these permissions. */
  anyOf: readonly Permission[];
};

/** Permission that opens each area, as named in the policy module. */
export const areaPermissions = {
  sii: "area:sii",
  erp: "area:erp",
  caf: "area:caf",
  backOffice: "area:backOffice",
} as const satisfies Record<Area, Permission>;

/**
 * The sections of each area. Set `available: true` in the same change that adds
 * the section's page, so no menu entry leads to a 404.
 */
export const areaNavigation: Record<Area, readonly AreaNavItem[]> = {
  sii: [
    { key: "supplies", path: `${areas.sii}/forniture`, available: true, anyOf: ["supply:read:own", "supply:read:managed"] },
    { key: "bills", path: `${areas.sii}/bollette`, available: true, anyOf: ["bill:read:own", "bill:read:managed"] },
    { key: "selfReading", path: `${areas.sii}/autolettura`, available: true, anyOf: ["reading:create:own", "reading:create:managed"] },
    { key: "mandates", path: `${areas.sii}/mandati`, available: true, anyOf: ["mandate:create:own"] },
    { key: "practices", path: `${areas.sii}/pratiche`, available: true, anyOf: ["practice:read:own", "practice:read:managed"] },
    { key: "requests", path: `${areas.sii}/richieste`, available: true, anyOf: ["ticket:read:own"] },
    { key: "waterBonus", path: `${areas.sii}/bonus`, available: true, anyOf: ["supply:read:own"] },
  ],
  erp: [
    { key: "dwelling", path: `${areas.erp}/alloggio`, available: true, anyOf: ["tenancy:read:own"] },
    { key: "rent", path: `${areas.erp}/canone`, available: true, anyOf: ["tenancy:read:own"] },
    { key: "reports", path: `${areas.erp}/segnalazioni`, available: true, anyOf: ["ticket:create:own"] },
    { key: "contacts", path: `${areas.erp}/contatti`, available: true, anyOf: ["contact:update:own"] },
    { key: "household", path: `${areas.erp}/nucleo`, available: true, anyOf: ["tenancy:read:own"] },
    { key: "appointments", path: `${areas.erp}/appuntamenti`, available: true, anyOf: ["appointment:book:own"] },
    { key: "census", path: `${areas.erp}/anagrafe`, available: true, anyOf: ["census:submit:own"] },
    { key: "indemnities", path: `${areas.erp}/indennizzi`, available: true, anyOf: ["tenancy:read:own"] },
  ],
  caf: [{ key: "bonusApplications", path: `${areas.caf}/domande-bonus`, available: true, anyOf: ["bonus:read:caf"] }],
  backOffice: [
    { key: "ticketQueue", path: `${areas.backOffice}/ticket`, available: true, anyOf: ["ticket:read:division", "ticket:read:any"] },
    { key: "practiceQueue", path: `${areas.backOffice}/pratiche`, available: true, anyOf: ["practice:read:any"] },
    { key: "readingsToReview", path: `${areas.backOffice}/letture`, available: true, anyOf: ["reading:update:any"] },
    { key: "mandates", path: `${areas.backOffice}/mandati`, available: true, anyOf: ["mandate:read:any"] },
    { key: "waterBonus", path: `${areas.backOffice}/bonus-idrico`, available: true, anyOf: ["bonus:read:any"] },
    { key: "householdChanges", path: `${areas.backOffice}/nuclei`, available: true, anyOf: ["household:update:any"] },
    { key: "census", path: `${areas.backOffice}/anagrafe`, available: true, anyOf: ["census:read:any"] },
    { key: "appointments", path: `${areas.backOffice}/agenda`, available: true, anyOf: ["appointment:read:division", "appointment:read:any"] },
    { key: "dashboard", path: `${areas.backOffice}/cruscotto`, available: true, anyOf: ["dashboard:read"] },
    { key: "serviceCharter", path: `${areas.backOffice}/carta-servizi`, available: true, anyOf: ["admin:config"] },
    { key: "outbox", path: `${areas.backOffice}/posta`, available: true, anyOf: ["admin:config"] },
    { key: "billingRun", path: `${areas.backOffice}/fatturazione`, available: true, anyOf: ["billing:run:any"] },
  ],
};

/** Returns the entries of an area's navigation that the user's permissions reach. */
export function navigationFor(area: Area, user: Pick<SessionUser, "roles">): AreaNavItem[] {
  return areaNavigation[area].filter((item) => item.anyOf.some((permission) => hasPermission(user, permission)));
}
