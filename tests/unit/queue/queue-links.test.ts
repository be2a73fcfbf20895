import { describe, expect, it } from "vitest";

import { parseQueueFilters } from "@/lib/tickets/queue/queue-filters";
import { activeQueueTab, queuePageHref, queueQueryOf, queueTabHref, ticketPagePath } from "@/lib/tickets/queue/queue-links";

describe("queue links", () => {
  it("keeps filters and drops the default sort", () => {
    const filters = parseQueueFilters({ state: "new", q: "SII-2026", after: "abc" });
    expect(queueQueryOf(filters)).toBe("?q=SII-2026&state=new");
  });

  it("replaces the cursor on page links", () => {
    const filters = parseQueueFilters({ sort: "created", before: "old" });
    expect(queuePageHref(filters, { after: "next" })).toBe("/back-office/ticket?sort=created&after=next");
  });

  it("builds tab links with the chosen sort", () => {
    expect(queueTabHref("open", "due")).toBe("/back-office/ticket");
    expect(queueTabHref("mine", "priority")).toBe("/back-office/ticket?assignee=mine&sort=priority");
    expect(queueTabHref("overdue", "due")).toBe("/back-office/ticket?sla=overdue");
  });

  it("marks the tab the filters match", () => {
    expect(activeQueueTab(parseQueueFilters({}))).toBe("open");
    expect(activeQueueTab(parseQueueFilters({ assignee: "unassigned" }))).toBe("unassigned");
    expect(activeQueueTab(parseQueueFilters({ sla: "overdue", sort: "created" }))).toBe("overdue");
    expect(activeQueueTab(parseQueueFilters({ sla: "overdue", priority: "high" }))).toBeNull();
    expect(activeQueueTab(parseQueueFilters({ sla: "paused" }))).toBeNull();
  });

  it("builds the ticket page path", () => {
    expect(ticketPagePath("abc")).toBe("/back-office/ticket/abc");
  });
});
