import { describe, expect, it } from "vitest";

import { describeRequest } from "@/lib/requests/describe-request";
import { pendingDeadline } from "@/lib/requests/request-deadline";
import { categoryCodeOfKind, kindOfSlug, newRequestPath, requestKinds, slugOfKind } from "@/lib/requests/request-kinds";

describe("request kinds", () => {
  it("map each slug back to its kind", () => {
    for (const kind of requestKinds) expect(kindOfSlug(slugOfKind[kind])).toBe(kind);
    expect(kindOfSlug("gas")).toBeNull();
  });

  it("open the charter-bound SII categories", () => {
    expect(categoryCodeOfKind).toEqual({
      information: "information",
      meterCheck: "meterCheck",
      billClarification: "billClarification",
      complaint: "complaint",
      billingCorrection: "billingCorrection",
    });
    expect(newRequestPath("complaint")).toBe("/sportello-online/richieste/nuova/reclamo");
  });
});

describe("pendingDeadline", () => {
  const dueAt = new Date("2026-04-20T22:00:00Z");

  it("shows the deadline of an open request", () => {
    expect(pendingDeadline("new", dueAt)).toBe(dueAt);
    expect(pendingDeadline("waitingForCustomer", dueAt)).toBe(dueAt);
  });

  it("hides it once answered or without a clock", () => {
    expect(pendingDeadline("resolved", dueAt)).toBeNull();
    expect(pendingDeadline("closed", dueAt)).toBeNull();
    expect(pendingDeadline("new", null)).toBeNull();
  });
});

describe("describeRequest", () => {
  it("writes the disputed amount in Italian euros", () => {
    const { subject, description } = describeRequest(
      { kind: "billingCorrection", data: { idempotencyKey: "k", supplyId: "s", billId: "b", disputedAmount: 123456, message: "Lettura stimata errata." } },
      { supplyCode: "100200300", billNumber: "2026/0001234" },
    );

    expect(subject).toBe("Rettifica della bolletta 2026/0001234");
    expect(description.split("\n")).toEqual(["Utenza: 100200300", "Bolletta: 2026/0001234", "Importo contestato: 1.234,56 €", "", "Lettura stimata errata."]);
  });

  it("lists the complaint's identifying data first", () => {
    const { description } = describeRequest(
      {
        kind: "complaint",
        data: {
          idempotencyKey: "k",
          supplyId: "s",
          fullName: "Mario Rossi",
          supplyAddress: "Via Dante 1",
          replyEmail: "",
          replyPostalAddress: "Via Verdi 2",
          service: "sewerage",
          customerCode: "100200300",
          message: "Tombino intasato.",
        },
      },
      { supplyCode: "100200300", billNumber: null },
    );

    expect(description.split("\n").slice(0, 6)).toEqual([
      "Nome: Mario Rossi",
      "Indirizzo di fornitura: Via Dante 1",
      "E-mail per la risposta: non indicata",
      "Indirizzo postale per la risposta: Via Verdi 2",
      "Servizio: Fognatura",
      "Codice cliente: 100200300",
    ]);
  });
});
