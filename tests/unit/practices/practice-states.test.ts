import { describe, expect, it } from "vitest";

import { formatPracticeProtocol } from "@/lib/practices/practice-protocol";
import { canMovePractice, isClosedPracticeState, operatorTargetStates, practiceTransitions } from "@/lib/practices/practice-states";

describe("practice protocol", () => {
  it("pads the sequence to six digits", () => {
    expect(formatPracticeProtocol(2026, 123)).toBe("PR-2026-000123");
  });

  it("keeps a sequence past six digits", () => {
    expect(formatPracticeProtocol(2026, 1_234_567)).toBe("PR-2026-1234567");
  });
});

describe("practice states", () => {
  it.each([
    ["submitted", "inProgress", true],
    ["submitted", "approved", false],
    ["inProgress", "approved", true],
    ["waitingForCustomer", "inProgress", true],
    ["waitingForCustomer", "completed", false],
    ["approved", "completed", true],
    ["approved", "rejected", false],
    ["rejected", "inProgress", false],
    ["completed", "inProgress", false],
  ] as const)("%s to %s allowed: %s", (from, to, allowed) => {
    expect(canMovePractice(from, to)).toBe(allowed);
  });

  it("closes rejected, completed and cancelled practices", () => {
    expect(isClosedPracticeState("rejected")).toBe(true);
    expect(isClosedPracticeState("completed")).toBe(true);
    expect(isClosedPracticeState("cancelled")).toBe(true);
    expect(isClosedPracticeState("inProgress")).toBe(false);
  });

  it("offers operators only reachable states", () => {
    const reachable = new Set(Object.values(practiceTransitions).flat());
    for (const state of operatorTargetStates) expect(reachable.has(state), state).toBe(true);
  });
});
