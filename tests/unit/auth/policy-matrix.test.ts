import { describe, expect, it } from "vitest";

import { areasFor, divisionsFor, hasPermission, homePathFor, permissions, type Permission } from "@/lib/auth/permissions";
import { roles, type Role } from "@/lib/auth/roles";

// The expected grants, written out independently of lib/auth/permissions.ts: a change to the
// role table fails here until this specification is changed too.
const expectedGrants: Record<Role, Permission[]> = {
  holder: [
    "area:sii",
    "supply:read:own",
    "bill:read:own",
    "reading:create:own",
    "practice:create:own",
    "practice:read:own",
    "ticket:create:own",
    "ticket:read:own",
    "appointment:book:own",
  ],
  condoAdmin: [
    "area:sii",
    "supply:read:managed",
    "bill:read:managed",
    "reading:create:managed",
    "mandate:create:own",
    "practice:create:managed",
    "practice:read:managed",
    "ticket:create:own",
    "ticket:read:own",
    "appointment:book:own",
  ],
  tenant: [
    "area:erp",
    "tenancy:read:own",
    "contact:update:own",
    "census:submit:own",
    "ticket:create:own",
    "ticket:read:own",
    "appointment:book:own",
  ],
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
  supervisor: [
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
    "indemnity:exempt:any",
    "appointment:read:any",
    "appointment:update:any",
    "census:manage:any",
    "household:update:any",
    "dashboard:read",
    "audit:read",
    "billing:run:any",
  ],
  admin: ["area:backOffice", "dashboard:read", "audit:read", "user:manage", "admin:config", "billing:run:any"],
};

const matrix = roles.flatMap((role) =>
  permissions.map((permission) => ({ role, permission, expected: expectedGrants[role].includes(permission) })),
);

describe("authorization matrix", () => {
  it("covers every role and permission", () => {
    expect(matrix).toHaveLength(roles.length * permissions.length);
  });

  it("lists only known permissions in the specification", () => {
    const specified = new Set(Object.values(expectedGrants).flat());
    const unknown = [...specified].filter((permission) => !permissions.includes(permission));
    expect(unknown).toEqual([]);
  });

  it("grants every permission to at least one role", () => {
    const granted = new Set(Object.values(expectedGrants).flat());
    const orphans = permissions.filter((permission) => !granted.has(permission));
    expect(orphans).toEqual([]);
  });

  it.each(matrix)("$role / $permission → $expected", ({ role, permission, expected }) => {
    expect(hasPermission({ roles: [role] }, permission)).toBe(expected);
  });
});

describe("hasPermission with several roles", () => {
  it("grants the union of the roles", () => {
    const user = { roles: ["holder", "tenant"] as Role[] };

    expect(hasPermission(user, "supply:read:own")).toBe(true);
    expect(hasPermission(user, "census:submit:own")).toBe(true);
    expect(hasPermission(user, "ticket:read:any")).toBe(false);
  });

  it("grants nothing to a user without roles", () => {
    const granted = permissions.filter((permission) => hasPermission({ roles: [] }, permission));
    expect(granted).toEqual([]);
  });
});

describe("homePathFor", () => {
  const singleRoleHomes: [Role, string][] = [
    ["holder", "/sportello-online"],
    ["condoAdmin", "/sportello-online"],
    ["tenant", "/sportello-virtuale"],
    ["caretaker", "/sportello-virtuale"],
    ["cafOperator", "/caf"],
    ["siiOperator", "/back-office"],
    ["casaOperator", "/back-office"],
    ["supervisor", "/back-office"],
    ["admin", "/back-office"],
  ];

  it("has a case for every role", () => {
    expect(singleRoleHomes.map(([role]) => role).sort()).toEqual([...roles].sort());
  });

  it.each(singleRoleHomes)("%s lands on %s", (role, path) => {
    expect(homePathFor({ roles: [role] })).toBe(path);
  });

  const multiRoleHomes: [Role[], string][] = [
    [["holder", "siiOperator"], "/back-office"],
    [["tenant", "casaOperator"], "/back-office"],
    [["holder", "cafOperator"], "/caf"],
    [["cafOperator", "admin"], "/back-office"],
    [["tenant", "holder"], "/sportello-online"],
    [["caretaker", "condoAdmin"], "/sportello-online"],
    [["tenant", "caretaker"], "/sportello-virtuale"],
  ];

  it.each(multiRoleHomes)("%j lands on %s", (userRoles, path) => {
    expect(homePathFor({ roles: userRoles })).toBe(path);
  });

  it("sends a user without roles to the public home", () => {
    expect(homePathFor({ roles: [] })).toBe("/");
  });
});

describe("areasFor", () => {
  it("lists the areas in header order", () => {
    expect(areasFor({ roles: ["siiOperator", "tenant", "holder"] })).toEqual(["sii", "erp", "backOffice"]);
  });

  it("lists one area once for two roles sharing it", () => {
    expect(areasFor({ roles: ["holder", "condoAdmin"] })).toEqual(["sii"]);
  });

  it("lists no area for a user without roles", () => {
    expect(areasFor({ roles: [] })).toEqual([]);
  });
});

describe("divisionsFor", () => {
  it("maps each operator role to its division", () => {
    expect(divisionsFor({ roles: ["siiOperator"] })).toEqual(["sii"]);
    expect(divisionsFor({ roles: ["casaOperator"] })).toEqual(["casa"]);
  });

  it("returns both divisions for a user holding both operator roles", () => {
    expect(divisionsFor({ roles: ["siiOperator", "casaOperator"] })).toEqual(["sii", "casa"]);
  });

  it("returns no division for roles outside the operators", () => {
    expect(divisionsFor({ roles: ["supervisor", "admin", "holder"] })).toEqual([]);
  });
});
