import { randomUUID } from "node:crypto";

import { describe, expect, it } from "vitest";

import { changeTicketStateSchema, createTicketSchema, replyToTicketSchema } from "@/lib/tickets/ticket-schemas";

const selfService = {
  openedBy: "selfService",
  categoryId: randomUUID(),
  subject: "Bolletta troppo alta",
  description: "L'ultima bolletta riporta un consumo doppio rispetto al solito.",
  idempotencyKey: randomUUID(),
};

function issuePaths(result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[] }> } }): string[] {
  return (result.error?.issues ?? []).map((issue) => issue.path.join("."));
}

describe("createTicketSchema", () => {
  it("accepts a self-service ticket", () => {
    const result = createTicketSchema.safeParse(selfService);
    expect(result.success).toBe(true);
  });

  it("requires a channel from an operator", () => {
    const result = createTicketSchema.safeParse({ ...selfService, openedBy: "operator" });
    expect(result.success).toBe(false);
    expect(issuePaths(result)).toEqual(["channel"]);
  });

  it("accepts an operator ticket with a channel", () => {
    const result = createTicketSchema.safeParse({ ...selfService, openedBy: "operator", channel: "callCenter", priority: "urgent" });
    expect(result.success).toBe(true);
  });

  it("rejects a missing idempotency key", () => {
    const { idempotencyKey: _key, ...withoutKey } = selfService;
    const result = createTicketSchema.safeParse(withoutKey);
    expect(issuePaths(result)).toEqual(["idempotencyKey"]);
  });

  it("rejects a blank subject and a short description", () => {
    const result = createTicketSchema.safeParse({ ...selfService, subject: "   ", description: "corta" });
    expect(issuePaths(result).sort()).toEqual(["description", "subject"]);
  });
  // Regression: PostgreSQL rejects a NUL character in a text column, so a crafted POST with one failed with HTTP 500.
  it("drops NUL characters from the stored text", () => {
    const result = createTicketSchema.parse({ ...selfService, subject: "Bolletta\u0000 alta", description: `${selfService.description}\u0000` });
    expect(result.subject).toBe("Bolletta alta");
    expect(result.description).toBe(selfService.description);
  });

  it("keeps line breaks of a reply while dropping NUL", () => {
    const result = replyToTicketSchema.parse({ ticketId: randomUUID(), version: 1, body: "Buongiorno,\n\u0000verifichiamo." });
    expect(result.body).toBe("Buongiorno,\nverifichiamo.");
  });

  it("reads a body of NUL characters only as empty", () => {
    expect(replyToTicketSchema.safeParse({ ticketId: randomUUID(), version: 1, body: "\u0000\u0000" }).success).toBe(false);
  });
});

describe("changeTicketStateSchema", () => {
  it("rejects a version below 1", () => {
    const result = changeTicketStateSchema.safeParse({ ticketId: randomUUID(), version: 0, toState: "inProgress" });
    expect(issuePaths(result)).toEqual(["version"]);
  });

  it("defaults the pause reason to waiting for an answer", () => {
    const result = changeTicketStateSchema.parse({ ticketId: randomUUID(), version: 3, toState: "waitingForCustomer", reason: "Serve la foto del contatore" });
    expect(result.pauseReason).toBe("waitingForCustomerAnswer");
  });
});
