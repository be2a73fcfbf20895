import { describe, expect, it } from "vitest";

import { bulkStateFormSchema, parseAssignTarget, parseBulkSelection, protocolSummary } from "@/lib/tickets/queue/bulk-form-schemas";

const ticketId = "3f2b1c6e-8a4d-4c1e-9b2a-1d2e3f4a5b6c";
const otherId = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";

describe("parseBulkSelection", () => {
  it("reads id and version from each checked row", () => {
    expect(parseBulkSelection([`${ticketId}:3`, `${otherId.toUpperCase()}:12`])).toEqual([
      { id: ticketId, version: 3 },
      { id: otherId, version: 12 },
    ]);
  });

  it("returns null for no rows or a malformed row", () => {
    expect(parseBulkSelection([])).toBeNull();
    expect(parseBulkSelection([`${ticketId}`])).toBeNull();
    expect(parseBulkSelection([`${ticketId}:-1`])).toBeNull();
    expect(parseBulkSelection(["not-a-ticket:1"])).toBeNull();
  });
});

describe("parseAssignTarget", () => {
  it("reads the three kinds of assignee", () => {
    expect(parseAssignTarget("me")).toEqual({ kind: "me" });
    expect(parseAssignTarget(`user:${ticketId}`)).toEqual({ kind: "user", id: ticketId });
    expect(parseAssignTarget(`team:${otherId}`)).toEqual({ kind: "team", id: otherId });
  });

  it("returns null for an empty or unknown value", () => {
    expect(parseAssignTarget("")).toBeNull();
    expect(parseAssignTarget("user:someone")).toBeNull();
    expect(parseAssignTarget(`group:${ticketId}`)).toBeNull();
  });
});

describe("bulkStateFormSchema", () => {
  it("requires a reason only to wait for the customer", () => {
    expect(bulkStateFormSchema.safeParse({ toState: "inProgress", reason: "" }).success).toBe(true);
    expect(bulkStateFormSchema.safeParse({ toState: "waitingForCustomer", reason: "  " }).success).toBe(false);
    expect(bulkStateFormSchema.safeParse({ toState: "waitingForCustomer", reason: "Chiesta la lettura" }).data).toEqual({ toState: "waitingForCustomer", reason: "Chiesta la lettura" });
  });
});

describe("protocolSummary", () => {
  it("joins protocols and cuts the list before the length limit", () => {
    expect(protocolSummary(["SII-2026-000001", "SII-2026-000002"])).toBe("SII-2026-000001, SII-2026-000002");

    const many = Array.from({ length: 30 }, (_, index) => `SII-2026-${String(index).padStart(6, "0")}`);
    const summary = protocolSummary(many);
    expect(summary.length).toBeLessThanOrEqual(200);
    expect(summary.endsWith(", …")).toBe(true);
    expect(summary.startsWith("SII-2026-000000, SII-2026-000001")).toBe(true);
  });
});
