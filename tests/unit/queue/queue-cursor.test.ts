import { describe, expect, it } from "vitest";

import { decodeQueueCursor, encodeQueueCursor } from "@/lib/tickets/queue/queue-cursor";

const id = "0d6c1a5e-3b2f-4e8a-9c7d-1f2e3a4b5c6d";

describe("queue cursor", () => {
  it("round-trips a due-date cursor", () => {
    const encoded = encodeQueueCursor({ sort: "due", key: "2026-12-10T10:00:00.000Z", id });
    expect(decodeQueueCursor(encoded, "due")).toEqual({ sort: "due", key: "2026-12-10T10:00:00.000Z", id });
  });

  it("round-trips a cursor without a due date", () => {
    const encoded = encodeQueueCursor({ sort: "due", key: null, id });
    expect(decodeQueueCursor(encoded, "due")).toEqual({ sort: "due", key: null, id });
  });

  it("is URL-safe", () => {
    const encoded = encodeQueueCursor({ sort: "priority", key: "urgent", id });
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it("rejects a cursor of another sort", () => {
    const encoded = encodeQueueCursor({ sort: "created", key: "2026-12-10T10:00:00.000Z", id });
    expect(decodeQueueCursor(encoded, "due")).toBeNull();
  });

  it("rejects malformed input", () => {
    expect(decodeQueueCursor("not-base64-json", "due")).toBeNull();
    expect(decodeQueueCursor(Buffer.from('{"s":"due","k":null,"i":"x"}').toString("base64url"), "due")).toBeNull();
    expect(decodeQueueCursor(undefined, "due")).toBeNull();
  });
});
