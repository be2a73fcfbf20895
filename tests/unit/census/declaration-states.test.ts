import { describe, expect, it } from "vitest";

import { declarationStates, isEditableByTenant, nextDeclarationState, operatorEventsFor, type DeclarationEvent } from "@/lib/census/declaration-states";
import type { CensusDeclarationState } from "@/lib/generated/prisma/enums";

// Every (state, event) pair with its expected result; pairs not listed must be refused.
const allowed: Array<[CensusDeclarationState, DeclarationEvent, CensusDeclarationState]> = [
  ["notStarted", "saveDraft", "draft"],
  ["draft", "saveDraft", "draft"],
  ["incomplete", "saveDraft", "incomplete"],
  ["notStarted", "submit", "submitted"],
  ["draft", "submit", "submitted"],
  ["incomplete", "submit", "submitted"],
  ["submitted", "startReview", "underReview"],
  ["submitted", "requestIntegration", "incomplete"],
  ["underReview", "requestIntegration", "incomplete"],
  ["submitted", "complete", "accepted"],
  ["underReview", "complete", "accepted"],
  ["underReview", "reject", "rejected"],
];

const events: DeclarationEvent[] = ["saveDraft", "submit", "startReview", "requestIntegration", "complete", "reject"];

describe("nextDeclarationState", () => {
  for (const state of declarationStates) {
    for (const event of events) {
      const expected = allowed.find(([from, on]) => from === state && on === event)?.[2] ?? null;
      it(`${event} from ${state} gives ${expected ?? "nothing"}`, () => {
        expect(nextDeclarationState(state, event)).toBe(expected);
      });
    }
  }
});

describe("isEditableByTenant", () => {
  it("opens the form before submission and after a request for documents", () => {
    expect(declarationStates.filter(isEditableByTenant)).toEqual(["notStarted", "draft", "incomplete"]);
  });
});

describe("operatorEventsFor", () => {
  it("offers review steps by state", () => {
    expect(operatorEventsFor("submitted")).toEqual(["startReview", "requestIntegration", "complete"]);
    expect(operatorEventsFor("underReview")).toEqual(["requestIntegration", "complete"]);
    expect(operatorEventsFor("draft")).toEqual([]);
    expect(operatorEventsFor("accepted")).toEqual([]);
  });
});
