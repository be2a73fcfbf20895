import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { areaNavigation, navigationFor } from "@/lib/areas/navigation";
import { roles, type Area, type Role } from "@/lib/auth/roles";
import { locales } from "@/lib/i18n/config";

const root = path.resolve(import.meta.dirname, "../../..");
const allItems = Object.entries(areaNavigation).flatMap(([area, items]) => items.map((item) => ({ area: area as Area, item })));

function keysOf(role: Role, area: Area): string[] {
  return navigationFor(area, { roles: [role] }).map((item) => item.key);
}

describe("area navigation", () => {
  it.each(allItems.filter(({ item }) => item.available))("$item.path has a page", ({ item }) => {
    expect(existsSync(path.join(root, "app", item.path, "page.tsx"))).toBe(true);
  });

  it.each(locales)("every entry has a label and description in %s", (locale) => {
    const catalog = JSON.parse(readFileSync(path.join(root, "messages", locale, "areas.json"), "utf8")) as Record<
      string,
      { nav: Record<string, { label?: string; description?: string }> }
    >;

    for (const { area, item } of allItems) {
      expect(catalog[area]?.nav[item.key]?.label, `${area}.nav.${item.key}.label`).toBeTruthy();
      expect(catalog[area]?.nav[item.key]?.description, `${area}.nav.${item.key}.description`).toBeTruthy();
    }
  });

  it("shows a holder every water section", () => {
    expect(keysOf("holder", "sii")).toEqual(["supplies", "bills", "selfReading", "practices", "requests", "waterBonus"]);
  });

  it("shows a caretaker only the housing reports", () => {
    expect(keysOf("caretaker", "erp")).toEqual(["reports"]);
  });

  it("shows a housing operator no water work", () => {
    expect(keysOf("casaOperator", "backOffice")).toEqual(["ticketQueue", "householdChanges", "census", "appointments"]);
  });

  it("shows an admin the dashboard and configuration", () => {
    expect(keysOf("admin", "backOffice")).toEqual(["dashboard", "serviceCharter", "outbox", "billingRun"]);
  });

  it("shows CAF entries only to CAF operators", () => {
    for (const role of roles) {
      expect(keysOf(role, "caf").length > 0, role).toBe(role === "cafOperator");
    }
  });
});
