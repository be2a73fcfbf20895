import { describe, expect, it } from "vitest";

import { parseQueueFilters } from "@/lib/tickets/queue/queue-filters";

describe("parseQueueFilters", () => {
  it("defaults to the due-date sort with no filters", () => {
    const filters = parseQueueFilters({});
    expect(filters.sort).toBe("due");
    expect(filters.state).toBeUndefined();
    expect(filters.q).toBeUndefined();
  });

  it("reads every valid filter", () => {
    const filters = parseQueueFilters({
      state: "inProgress",
      category: "4a1f0c2e-8a7b-4c1d-9e2f-3a4b5c6d7e8f",
      nature: "technical",
      channel: "pec",
      priority: "urgent",
      assignee: "mine",
      sla: "dueSoon",
      openedFrom: "2026-01-01",
      openedTo: "2026-12-31",
      q: "  Bianchi ",
      sort: "priority",
    });
    expect(filters.state).toBe("inProgress");
    expect(filters.nature).toBe("technical");
    expect(filters.channel).toBe("pec");
    expect(filters.priority).toBe("urgent");
    expect(filters.assignee).toBe("mine");
    expect(filters.sla).toBe("dueSoon");
    expect(filters.openedFrom).toBe("2026-01-01");
    expect(filters.q).toBe("Bianchi");
    expect(filters.sort).toBe("priority");
  });

  it("treats empty form fields as no filter", () => {
    const filters = parseQueueFilters({ state: "", priority: "", q: "" });
    expect(filters.state).toBeUndefined();
    expect(filters.priority).toBeUndefined();
    expect(filters.q).toBeUndefined();
  });

  it("drops invalid values one by one", () => {
    const filters = parseQueueFilters({ state: "archived", assignee: "someone", openedFrom: "01/02/2026", sort: "random", priority: "high" });
    expect(filters.state).toBeUndefined();
    expect(filters.assignee).toBeUndefined();
    expect(filters.openedFrom).toBeUndefined();
    expect(filters.sort).toBe("due");
    expect(filters.priority).toBe("high");
  });

  it("takes the first of repeated parameters", () => {
    expect(parseQueueFilters({ state: ["new", "closed"] }).state).toBe("new");
  });

  // Regression: "?q=%00" reached PostgreSQL, which rejects a NUL character, and the queue failed with HTTP 500.
  it("reads control characters in the free text as spaces", () => {
    expect(parseQueueFilters({ q: "rossi\u0000mario" }).q).toBe("rossi mario");
    expect(parseQueueFilters({ q: "\u0000\t" }).q).toBeUndefined();
  });

  it("keeps LIKE wildcards and quotes for a literal match", () => {
    expect(parseQueueFilters({ q: "50%_'\\" }).q).toBe("50%_'\\");
  });
});
