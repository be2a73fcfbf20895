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
    { key: "supplies", path: `${areas.sii}/forniture`, available: false, anyOf: ["supply:read:own", "supply:read:managed"] },
    { key: "bills", path: `${areas.sii}/bollette`, available: false, anyOf: ["bill:read:own", "bill:read:managed"] },
    { key: "selfReading", path: `${areas.sii}/autolettura`, available: false, anyOf: ["reading:create:own", "reading:create:managed"] },
    { key: "practices", path: `${areas.sii}/pratiche`, available: false, anyOf: ["practice:read:own", "practice:read:managed"] },
    { key: "requests", path: `${areas.sii}/richieste`, available: true, anyOf: ["ticket:read:own"] },
  ],
  erp: [
    { key: "dwelling", path: `${areas.erp}/alloggio`, available: false, anyOf: ["tenancy:read:own"] },
    { key: "rent", path: `${areas.erp}/canone`, available: false, anyOf: ["tenancy:read:own"] },
    { key: "reports", path: `${areas.erp}/segnalazioni`, available: false, anyOf: ["ticket:create:own"] },
    { key: "appointments", path: `${areas.erp}/appuntamenti`, available: false, anyOf: ["appointment:book:own"] },
    { key: "census", path: `${areas.erp}/anagrafe-utenza`, available: false, anyOf: ["census:submit:own"] },
  ],
  caf: [{ key: "bonusApplications", path: `${areas.caf}/domande-bonus`, available: false, anyOf: ["bonus:read:caf"] }],
  backOffice: [
    { key: "ticketQueue", path: `${areas.backOffice}/ticket`, available: true, anyOf: ["ticket:read:division", "ticket:read:any"] },
    { key: "readingsToReview", path: `${areas.backOffice}/letture`, available: false, anyOf: ["reading:create:any", "supply:read:any"] },
    { key: "waterBonus", path: `${areas.backOffice}/bonus-idrico`, available: false, anyOf: ["bonus:read:any"] },
    { key: "census", path: `${areas.backOffice}/anagrafe-utenza`, available: false, anyOf: ["census:read:any"] },
    { key: "appointments", path: `${areas.backOffice}/appuntamenti`, available: false, anyOf: ["appointment:read:division", "appointment:read:any"] },
    { key: "dashboard", path: `${areas.backOffice}/cruscotto`, available: false, anyOf: ["dashboard:read"] },
  ],
};

/** Returns the entries of an area's navigation that the user's permissions reach. */
export function navigationFor(area: Area, user: Pick<SessionUser, "roles">): AreaNavItem[] {
  return areaNavigation[area].filter((item) => item.anyOf.some((permission) => hasPermission(user, permission)));
}
