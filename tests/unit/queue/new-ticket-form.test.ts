import { describe, expect, it } from "vitest";

import { normalizeCode } from "@/lib/customers/customer-search";
import { searchTextOf } from "@/lib/customers/search-text";
import { likePatternOf } from "@/lib/customers/like-pattern";
import { newTicketFormSchema, onBehalfInputOf } from "@/lib/tickets/queue/new-ticket-form-schema";

const ids = {
  key: "3f2b1c6e-8a4d-4c1e-9b2a-1d2e3f4a5b6c",
  person: "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
  supply: "0d6c1a5e-3b2f-4e8a-9c7d-1f2e3a4b5c6d",
  category: "1b2c3d4e-5f60-4718-8a9b-0c1d2e3f4a5b",
};

const form = {
  idempotencyKey: ids.key,
  requesterId: ids.person,
  about: `supply:${ids.supply}`,
  categoryId: ids.category,
  channel: "pec",
  priority: "",
  subject: "Richiesta rateizzazione",
  description: "Il cliente chiede di pagare la bolletta in tre rate.",
};

describe("new ticket form", () => {
  it("maps a supply ticket to createTicket input", () => {
    const parsed = newTicketFormSchema.parse(form);

    expect(onBehalfInputOf(parsed)).toEqual({
      openedBy: "operator",
      idempotencyKey: ids.key,
      requesterId: ids.person,
      supplyId: ids.supply,
      categoryId: ids.category,
      channel: "pec",
      subject: "Richiesta rateizzazione",
      description: "Il cliente chiede di pagare la bolletta in tre rate.",
    });
  });

  it("reads a dwelling and an explicit priority", () => {
    const parsed = newTicketFormSchema.parse({ ...form, about: `dwelling:${ids.supply}`, priority: "urgent" });

    expect(onBehalfInputOf(parsed)).toMatchObject({ dwellingId: ids.supply, priority: "urgent" });
    expect(onBehalfInputOf(parsed)).not.toHaveProperty("supplyId");
  });

  it("rejects portal channels and unknown records", () => {
    const parsed = newTicketFormSchema.safeParse({ ...form, channel: "onlineCounter", about: "meter:1" });

    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => [issue.path[0], issue.message])).toEqual([
      ["about", "aboutInvalid"],
      ["channel", "channelRequired"],
    ]);
  });
});

describe("customer search text", () => {
  it("normalizes codes the way they are stored", () => {
    expect(normalizeCode(" rss mra 80a01 f205x ")).toBe("RSSMRA80A01F205X");
  });

  it("folds commas and spaces in typed text", () => {
    expect(searchTextOf("  via dante,  12b ")).toBe("via dante 12b");
  });

  it("escapes LIKE wildcards", () => {
    expect(likePatternOf("50%_a\\b")).toBe("%50\\%\\_a\\\\b%");
    expect(likePatternOf("rossi")).toBe("%rossi%");
  });
});
