import { randomUUID } from "node:crypto";

import { describe, expect, it } from "vitest";

import { maxDisputedCents, parseRequest } from "@/lib/requests/request-schemas";

const supplyId = randomUUID();
const billId = randomUUID();

describe("parseRequest", () => {
  it("turns the disputed amount into cents", () => {
    const result = parseRequest("billingCorrection", { idempotencyKey: randomUUID(), supplyId, billId, disputedAmount: "45,6", message: "Importo non dovuto." });

    if (!result.ok || result.request.kind !== "billingCorrection") throw new Error("expected a parsed billing correction");
    expect(result.request.data.disputedAmount).toBe(4560);
  });

  it("rejects a zero or excessive amount", () => {
    const zero = parseRequest("billingCorrection", { idempotencyKey: randomUUID(), supplyId, billId, disputedAmount: "0,00", message: "Importo non dovuto." });
    const huge = parseRequest("billingCorrection", { idempotencyKey: randomUUID(), supplyId, billId, disputedAmount: String(maxDisputedCents), message: "Importo non dovuto." });

    expect(zero).toEqual({ ok: false, fieldErrors: { disputedAmount: "amountNotPositive" } });
    expect(huge).toEqual({ ok: false, fieldErrors: { disputedAmount: "amountTooLarge" } });
  });

  it("leaves an information request without a supply", () => {
    const result = parseRequest("information", { idempotencyKey: randomUUID(), supplyId: "", subject: "Orari", message: "Quali sono gli orari?" });

    if (!result.ok) throw new Error("expected a parsed information request");
    expect(result.request.data.supplyId).toBeUndefined();
  });

  it("accepts a complaint with only a postal address", () => {
    const result = parseRequest("complaint", {
      idempotencyKey: randomUUID(),
      supplyId,
      fullName: "Mario Rossi",
      supplyAddress: "Via Dante 1, 20121 Milano",
      replyEmail: "",
      replyPostalAddress: "Via Dante 1, 20121 Milano",
      service: "treatment",
      customerCode: "123456789",
      message: "Cattivi odori dal depuratore.",
    });

    expect(result.ok).toBe(true);
  });

  it("lists every field error of a complaint at once", () => {
    const result = parseRequest("complaint", {
      idempotencyKey: randomUUID(),
      supplyId: "",
      fullName: "",
      supplyAddress: "",
      replyEmail: "",
      replyPostalAddress: "",
      service: "gas",
      customerCode: "",
      message: "",
    });

    expect(result).toEqual({
      ok: false,
      fieldErrors: {
        supplyId: "supplyRequired",
        fullName: "fullNameRequired",
        supplyAddress: "supplyAddressRequired",
        replyEmail: "replyAddressRequired",
        service: "serviceRequired",
        customerCode: "customerCodeRequired",
        message: "messageTooShort",
      },
    });
  });

  it("requires the fee acknowledgement on a meter check", () => {
    const result = parseRequest("meterCheck", { idempotencyKey: randomUUID(), supplyId, message: "Il contatore gira sempre.", phone: "", feeAccepted: "" });

    expect(result).toEqual({ ok: false, fieldErrors: { feeAccepted: "feeNotAccepted" } });
  });
});
