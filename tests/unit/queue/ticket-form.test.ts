import { describe, expect, it } from "vitest";

import { AppError } from "@/lib/errors/app-error";
import { assignFormSchema, replyFormSchema, stateFormSchema } from "@/lib/tickets/queue/ticket-form-schemas";
import { fieldErrorsOf, formStateFromError } from "@/lib/tickets/queue/ticket-form-state";

const ticketId = "0d6c1a5e-3b2f-4e8a-9c7d-1f2e3a4b5c6d";

describe("ticket form schemas", () => {
  it("requires the reply text", () => {
    const parsed = replyFormSchema.safeParse({ ticketId, version: "3", body: "   " });
    expect(parsed.success).toBe(false);
    expect(fieldErrorsOf(parsed.error!)).toEqual({ body: "bodyRequired" });
  });

  it("reads the version from the hidden field", () => {
    const parsed = replyFormSchema.parse({ ticketId, version: "3", body: "Gentile cliente" });
    expect(parsed.version).toBe(3);
  });

  it("requires a reason to wait for the customer", () => {
    const parsed = stateFormSchema.safeParse({ ticketId, version: "2", toState: "waitingForCustomer", reason: "" });
    expect(parsed.success).toBe(false);
    expect(fieldErrorsOf(parsed.error!)).toEqual({ reason: "reasonRequired" });
  });

  it("requires a state", () => {
    const parsed = stateFormSchema.safeParse({ ticketId, version: "2", toState: "", reason: "" });
    expect(fieldErrorsOf(parsed.error!)).toEqual({ toState: "stateRequired" });
  });

  it("turns an empty assignee into nobody", () => {
    expect(assignFormSchema.parse({ ticketId, version: "1", assigneeId: "" }).assigneeId).toBeNull();
  });
});

describe("formStateFromError", () => {
  it("keeps the typed values and the stored state of a conflict", () => {
    const error = new AppError("ticket.conflict", "changed", 409, { state: "resolved", version: 7 });
    const state = formStateFromError(error, { body: "Testo" });
    expect(state?.status).toBe("conflict");
    expect(state?.errorCode).toBe("conflict");
    expect(state?.current).toEqual({ state: "resolved", version: 7 });
    expect(state?.values).toEqual({ body: "Testo" });
  });

  it("words a known ticket error", () => {
    const state = formStateFromError(new AppError("ticket.transitionNotAllowed", "no", 409), {});
    expect(state?.status).toBe("error");
    expect(state?.errorCode).toBe("transitionNotAllowed");
  });

  it("returns null for an unexpected error", () => {
    expect(formStateFromError(new Error("boom"), {})).toBeNull();
    expect(formStateFromError(new AppError("charter.calendarNotFound", "x", 500), {})).toBeNull();
  });
});
