import { areas, type Area, type Role } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session-user";

/**
 * Every permission the portal checks, named `entity:action:scope`. The scope names which
 * records the permission reaches: `own` (the user's own), `managed` (buildings a condominium
 * administrator is appointed to), `caf` (applications the user's CAF filed), `assigned`
 * (buildings a caretaker watches), `division` (the operator's division) or `any`.
 * A wider scope does not imply a narrower one: feature code checks each scope it serves.
 */
export const permissions = [
  "area:sii",
  "area:erp",
  "area:caf",
  "area:backOffice",

  "supply:read:own",
  "supply:read:managed",
  "supply:read:any",
  "bill:read:own",
  "bill:read:managed",
  "bill:read:any",
  "billing:run:any",
  "reading:create:own",
  "reading:create:managed",
  "reading:create:any",
  "reading:update:any",
  "mandate:create:own",
  "mandate:read:any",
  "mandate:update:any",
  "practice:create:own",
  "practice:create:managed",
  "practice:read:own",
  "practice:read:managed",
  "practice:read:any",
  "practice:update:any",

  "tenancy:read:own",
  "tenancy:read:any",
  "census:submit:own",
  "census:read:any",
  "census:update:any",
  "census:manage:any",
  "building:read:assigned",
  "contact:update:own",
  "household:update:any",

  "bonus:create:caf",
  "bonus:read:caf",
  "bonus:read:any",
  "bonus:update:any",

  "ticket:create:own",
  "ticket:read:own",
  "ticket:read:division",
  "ticket:update:division",
  "ticket:read:any",
  "ticket:update:any",
  "indemnity:exempt:any",
  "appointment:book:own",
  "appointment:read:division",
  "appointment:update:division",
  "appointment:read:any",
  "appointment:update:any",

  "dashboard:read",
  "audit:read",
  "user:manage",
  "admin:config",
] as const;

export type Permission = (typeof permissions)[number];

const customerSelfService = ["ticket:create:own", "ticket:read:own", "appointment:book:own"] as const;

const backOfficeOversight = [
  "area:backOffice",
  "supply:read:any",
  "bill:read:any",
  "reading:update:any",
  "mandate:read:any",
  "mandate:update:any",
  "practice:read:any",
  "practice:update:any",
  "tenancy:read:any",
  "census:read:any",
  "bonus:read:any",
  "ticket:read:any",
  "ticket:update:any",
  "appointment:read:any",
  "dashboard:read",
  "audit:read",
] as const;

/**
 * Permissions granted by each role. A user holding several roles gets the union. The admin role
 * configures the portal and manages accounts but reads no customer record, so an admin who
 * also works cases needs an operator or supervisor role as well.
 */
export const rolePermissions: Record<Role, readonly Permission[]> = {
  holder: [
    "area:sii",
    "supply:read:own",
    "bill:read:own",
    "reading:create:own",
    "practice:create:own",
    "practice:read:own",
    ...customerSelfService,
  ],
  condoAdmin: [
    "area:sii",
    "supply:read:managed",
    "bill:read:managed",
    "reading:create:managed",
    "mandate:create:own",
    "practice:create:managed",
    "practice:read:managed",
    ...customerSelfService,
  ],
  tenant: ["area:erp", "tenancy:read:own", "contact:update:own", "census:submit:own", ...customerSelfService],
  cafOperator: ["area:caf", "bonus:create:caf", "bonus:read:caf"],
  caretaker: ["area:erp", "building:read:assigned", "ticket:create:own", "ticket:read:own"],
  siiOperator: [
    "area:backOffice",
    "supply:read:any",
    "bill:read:any",
    "reading:create:any",
    "reading:update:any",
    "mandate:read:any",
    "mandate:update:any",
    "practice:read:any",
    "practice:update:any",
    "bonus:read:any",
    "bonus:update:any",
    "ticket:read:division",
    "ticket:update:division",
    "appointment:read:division",
    "appointment:update:division",
  ],
  casaOperator: [
    "area:backOffice",
    "tenancy:read:any",
    "census:read:any",
    "census:update:any",
    "household:update:any",
    "ticket:read:division",
    "ticket:update:division",
    "appointment:read:division",
    "appointment:update:division",
  ],
  supervisor: [...backOfficeOversight, "indemnity:exempt:any", "appointment:update:any", "census:manage:any", "household:update:any", "billing:run:any"],
  admin: ["area:backOffice", "dashboard:read", "audit:read", "user:manage", "admin:config", "billing:run:any"],
};

/** The two operating divisions of MM whose tickets and appointments operators work on. */
export type Division = "sii" | "casa";

const roleDivisions: Partial<Record<Role, Division>> = {
  siiOperator: "sii",
  casaOperator: "casa",
};

/** Returns true when any of the user's roles grants the permission. */
export function hasPermission(user: Pick<SessionUser, "roles">, permission: Permission): boolean {
  return user.roles.some((role) => rolePermissions[role].includes(permission));
}

/**
 * Returns the divisions a `…:division` permission reaches for this user, so feature code can
 * scope a query with `where: { division: { in: divisionsFor(user) } }`.
 */
export function divisionsFor(user: Pick<SessionUser, "roles">): Division[] {
  const divisions = new Set<Division>();

  for (const role of user.roles) {
    const division = roleDivisions[role];
    if (division) divisions.add(division);
  }

  return [...divisions];
}

const areaPermissions: Record<Area, Permission> = {
  sii: "area:sii",
  erp: "area:erp",
  caf: "area:caf",
  backOffice: "area:backOffice",
};

/** Returns the areas the user may enter, in the order the header lists them (sii, erp, caf, backOffice). */
export function areasFor(user: Pick<SessionUser, "roles">): Area[] {
  const listed = Object.keys(areas) as Area[];
  return listed.filter((area) => hasPermission(user, areaPermissions[area]));
}

/**
 * Landing area after sign-in for a user with several: work before self-service, because a
 * member of staff who is also a customer signs in mostly to work. So back office, then CAF,
 * then the water counter (sii), then the housing counter (erp).
 */
export const homeAreaPriority: readonly Area[] = ["backOffice", "caf", "sii", "erp"];

/** Returns the path the user lands on after sign-in, or "/" for an account without any area. */
export function homePathFor(user: Pick<SessionUser, "roles">): string {
  const allowed = areasFor(user);
  const home = homeAreaPriority.find((area) => allowed.includes(area));
  return home ? areas[home] : "/";
}
