import { describe, expect, it } from "vitest";

import { cursorOf, keysetSegments } from "@/lib/tickets/queue/queue-keyset";

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

describe("keysetSegments", () => {
  const dueCursor = { sort: "due" as const, key: row.dueAt.toISOString(), id };

  it("reads dated then undated tickets without a cursor", () => {
    const segments = keysetSegments("due", null, "after");

    expect(segments.map((segment) => segment.condition.sql)).toEqual(['t."dueAt" IS NOT NULL', 't."dueAt" IS NULL']);
  });

  it("ends every order on the id", () => {
    for (const sort of ["due", "priority", "created"] as const) {
      for (const segment of keysetSegments(sort, null, "after")) {
        expect(segment.orderBy.sql).toMatch(/t\.id (ASC|DESC)$/);
      }
    }
  });

  it("compares rows after a dated cursor", () => {
    const [dated, undated] = keysetSegments("due", dueCursor, "after");

    expect(dated!.condition.sql).toContain('(t."dueAt", t.id) > (?::timestamptz, ?::uuid)');
    expect(dated!.condition.values).toEqual([row.dueAt, id]);
    expect(undated!.condition.sql).toBe('t."dueAt" IS NULL');
  });

  it("reads backwards before a dated cursor", () => {
    const segments = keysetSegments("due", dueCursor, "before");

    expect(segments).toHaveLength(1);
    expect(segments[0]!.condition.sql).toContain('(t."dueAt", t.id) < (?::timestamptz, ?::uuid)');
    expect(segments[0]!.orderBy.sql).toBe('t."dueAt" DESC, t.id DESC');
  });

  it("reads undated then dated tickets before an undated cursor", () => {
    const segments = keysetSegments("due", { sort: "due", key: null, id }, "before");

    expect(segments.map((segment) => segment.condition.sql)).toEqual(['t."dueAt" IS NULL AND t.id < ?::uuid', 't."dueAt" IS NOT NULL']);
  });

  it("reads less urgent levels after a priority cursor", () => {
    const segments = keysetSegments("priority", { sort: "priority", key: "high", id }, "after");

    expect(segments.map((segment) => segment.priority)).toEqual(["high", "normal", "low"]);
    expect(segments[0]!.condition.sql).toContain("t.id > ?::uuid");
  });

  it("reads more urgent levels before a priority cursor", () => {
    const segments = keysetSegments("priority", { sort: "priority", key: "high", id }, "before");

    expect(segments.map((segment) => segment.priority)).toEqual(["high", "urgent"]);
    expect(segments[0]!.condition.sql).toContain("t.id < ?::uuid");
  });

  it("treats an unfitting cursor as none", () => {
    expect(keysetSegments("priority", { sort: "priority", key: "extreme", id }, "after")).toHaveLength(4);
    expect(keysetSegments("created", { sort: "created", key: "yesterday", id }, "after")[0]!.condition.sql).toBe("TRUE");
  });

  // Regression: a forged cursor whose instant JavaScript accepts but PostgreSQL's timestamptz
  // does not ("-271821-04-20", "+100000-01-01") made the queue fail with HTTP 500.
  it.each(["-271821-04-20T00:00:00.000Z", "+100000-01-01T00:00:00.000Z", "0000-01-01T00:00:00.000Z"])("treats the out-of-range instant %s as no cursor", (key) => {
    expect(keysetSegments("created", { sort: "created", key, id }, "after")[0]!.condition.sql).toBe("TRUE");
    expect(keysetSegments("due", { sort: "due", key, id }, "after").map((segment) => segment.condition.sql)).toEqual(['t."dueAt" IS NOT NULL', 't."dueAt" IS NULL']);
  });

  it("compares rows before the newest-first cursor", () => {
    const [segment] = keysetSegments("created", { sort: "created", key: row.openedAt.toISOString(), id }, "after");

    expect(segment!.condition.sql).toBe('(t."openedAt", t.id) < (?::timestamptz, ?::uuid)');
    expect(segment!.orderBy.sql).toBe('t."openedAt" DESC, t.id DESC');
  });
});
