import { describe, expect, it } from "vitest";

import { cursorOf, keysetFor } from "@/lib/tickets/queue/queue-keyset";

const id = "0d6c1a5e-3b2f-4e8a-9c7d-1f2e3a4b5c6d";
const row = { id, dueAt: new Date("2026-12-10T10:00:00.000Z"), priority: "high" as const, openedAt: new Date("2026-11-02T08:00:00.000Z") };

describe("cursorOf", () => {
  it("uses the sort's key", () => {
    expect(cursorOf("due", row).key).toBe("2026-12-10T10:00:00.000Z");
    expect(cursorOf("priority", row).key).toBe("high");
    expect(cursorOf("created", row).key).toBe("2026-11-02T08:00:00.000Z");
    expect(cursorOf("due", { ...row, dueAt: null }).key).toBeNull();
  });
});

describe("keysetFor", () => {
  it("has no condition without a cursor", () => {
    expect(keysetFor("due", null, "after").where).toBeNull();
  });

  it("ends every order on the id", () => {
    for (const sort of ["due", "priority", "created"] as const) {
      const { orderBy } = keysetFor(sort, null, "after");
      expect(Object.keys(orderBy.at(-1)!)).toEqual(["id"]);
    }
  });

  it("keeps undated tickets after a dated cursor", () => {
    const { where } = keysetFor("due", { sort: "due", key: row.dueAt.toISOString(), id }, "after");
    expect(where).toEqual({ OR: [{ dueAt: row.dueAt, id: { gt: id } }, { dueAt: { gt: row.dueAt } }, { dueAt: null }] });
  });

  it("reads back into dated tickets before an undated cursor", () => {
    const { where, orderBy } = keysetFor("due", { sort: "due", key: null, id }, "before");
    expect(where).toEqual({ OR: [{ dueAt: null, id: { lt: id } }, { dueAt: { not: null } }] });
    expect(orderBy[0]).toEqual({ dueAt: { sort: "desc", nulls: "first" } });
  });

  it("pages priority through the less urgent values", () => {
    const { where } = keysetFor("priority", { sort: "priority", key: "high", id }, "after");
    expect(where).toEqual({ OR: [{ priority: "high", id: { gt: id } }, { priority: { in: ["normal", "low"] } }] });
  });

  it("pages priority back through the more urgent values", () => {
    const { where } = keysetFor("priority", { sort: "priority", key: "high", id }, "before");
    expect(where).toEqual({ OR: [{ priority: "high", id: { lt: id } }, { priority: { in: ["urgent"] } }] });
  });

  it("ignores a cursor key that does not fit the sort", () => {
    expect(keysetFor("priority", { sort: "priority", key: "extreme", id }, "after").where).toBeNull();
    expect(keysetFor("created", { sort: "created", key: "yesterday", id }, "after").where).toBeNull();
  });
});
