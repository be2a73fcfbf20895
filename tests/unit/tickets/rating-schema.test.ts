import { describe, expect, it } from "vitest";

import { rateTicketSchema } from "@/lib/tickets/rate-ticket";

const ticketId = "5b0c7f0e-8f1e-4c5a-9d3b-2a1f6e7d8c90";

describe("rateTicketSchema", () => {
  it("reads the score from a form string and trims the comment", () => {
    expect(rateTicketSchema.parse({ ticketId, score: "2", comment: "  Ancora perdite  " })).toEqual({ ticketId, score: 2, comment: "Ancora perdite" });
  });

  it("drops an empty comment", () => {
    expect(rateTicketSchema.parse({ ticketId, score: 5, comment: "   " })).toEqual({ ticketId, score: 5, comment: undefined });
  });

  it.each([0, 6, 3.5, "", "cinque"])("rejects the score %s", (score) => {
    expect(rateTicketSchema.safeParse({ ticketId, score }).success).toBe(false);
  });

  it("rejects a comment longer than 2000 characters", () => {
    expect(rateTicketSchema.safeParse({ ticketId, score: 4, comment: "a".repeat(2001) }).success).toBe(false);
  });
});
