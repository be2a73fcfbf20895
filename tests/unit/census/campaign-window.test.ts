import { describe, expect, it } from "vitest";

import { campaignWindowProblem } from "@/lib/census/campaign-window";

const campaign = { opensOn: "2026-11-02", closesOn: "2027-02-26" };

describe("campaignWindowProblem", () => {
  it("allows saving from opening to closing day", () => {
    expect(campaignWindowProblem(campaign, "notStarted", "2026-11-02")).toBeNull();
    expect(campaignWindowProblem(campaign, "draft", "2027-02-26")).toBeNull();
  });

  it("rejects saving before the opening day", () => {
    expect(campaignWindowProblem(campaign, "notStarted", "2026-11-01")).toBe("campaignNotOpen");
    expect(campaignWindowProblem(campaign, "incomplete", "2026-11-01")).toBe("campaignNotOpen");
  });

  it("rejects a new declaration after the closing day", () => {
    expect(campaignWindowProblem(campaign, "notStarted", "2027-02-27")).toBe("campaignClosed");
    expect(campaignWindowProblem(campaign, "draft", "2027-02-27")).toBe("campaignClosed");
  });

  it("lets a requested integration be answered after closing", () => {
    expect(campaignWindowProblem(campaign, "incomplete", "2027-03-15")).toBeNull();
  });
});
