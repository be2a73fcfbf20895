import { describe, expect, it } from "vitest";

import { hasPermission } from "@/lib/auth/permissions";
import { dashboardDivisionsFor } from "@/lib/dashboard/dashboard-scope";

describe("dashboardDivisionsFor", () => {
  it("gives supervisors both divisions", () => {
    expect(dashboardDivisionsFor({ roles: ["supervisor"] })).toEqual(["sii", "casa"]);
  });

  it("gives admins both divisions", () => {
    expect(dashboardDivisionsFor({ roles: ["admin"] })).toEqual(["sii", "casa"]);
  });

  it("limits an operator to their division", () => {
    expect(dashboardDivisionsFor({ roles: ["siiOperator"] })).toEqual(["sii"]);
    expect(dashboardDivisionsFor({ roles: ["casaOperator"] })).toEqual(["casa"]);
  });

  it("keeps both for a supervisor who is also an operator", () => {
    expect(dashboardDivisionsFor({ roles: ["siiOperator", "supervisor"] })).toEqual(["sii", "casa"]);
  });
});

describe("dashboard permission", () => {
  it.each(["supervisor", "admin"] as const)("is granted to %s", (role) => {
    expect(hasPermission({ roles: [role] }, "dashboard:read")).toBe(true);
  });

  it.each(["holder", "tenant", "condoAdmin", "caretaker", "cafOperator", "siiOperator", "casaOperator"] as const)("is not granted to %s", (role) => {
    expect(hasPermission({ roles: [role] }, "dashboard:read")).toBe(false);
  });
});
