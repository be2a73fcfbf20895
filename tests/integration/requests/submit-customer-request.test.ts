import { randomUUID } from "node:crypto";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { formatDate } from "@/lib/i18n/format";
import { submitCustomerRequest } from "@/lib/requests/submit-customer-request";

import { createBill, createCustomer, createSupply, ensureRequestCategories, newRequestFixtures, removeRequestFixtures, type TestCustomer } from "./request-fixtures";

const fixtures = newRequestFixtures();
let holder: TestCustomer;
let otherHolder: TestCustomer;
let supply: { id: string; supplyCode: string };
let otherSupply: { id: string; supplyCode: string };
let bill: { id: string; number: string };
let otherBill: { id: string; number: string };

// Monday 9 March 2026, 10:00 in Milan. The test calendar has no holidays.
const openedAt = new Date("2026-03-09T09:00:00Z");

beforeAll(async () => {
  await ensureRequestCategories(fixtures, { information: 30, meterCheck: 10, billClarification: 30, complaint: 30, billingCorrection: 30 });
  holder = await createCustomer(fixtures);
  otherHolder = await createCustomer(fixtures);
  supply = await createSupply(fixtures, holder.personId);
  otherSupply = await createSupply(fixtures, otherHolder.personId);
  bill = await createBill(supply.id);
  otherBill = await createBill(otherSupply.id);
});

afterAll(async () => {
  await removeRequestFixtures(fixtures);
});

async function ticketOf(ticketId: string) {
  return db().ticket.findUniqueOrThrow({
    where: { id: ticketId },
    select: { channel: true, supplyId: true, reporterId: true, subject: true, description: true, dueAt: true, category: { select: { code: true } } },
  });
}

describe("submitCustomerRequest, valid input", () => {
  it("opens an information request without a supply", async () => {
    const result = await submitCustomerRequest(holder, "information", { idempotencyKey: randomUUID(), supplyId: "", subject: "Orari dello sportello", message: "Vorrei sapere gli orari dello sportello di via Meda." }, openedAt);

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const ticket = await ticketOf(result.ticketId);
    expect(ticket.category.code).toBe("information");
    expect(ticket.channel).toBe("onlineCounter");
    expect(ticket.supplyId).toBeNull();
    expect(ticket.subject).toBe("Orari dello sportello");
    expect(result.protocol).toMatch(/^SII-2026-\d{6}$/);
    // 30 working days from Monday 9 March without holidays end on Monday 20 April.
    expect(formatDate(ticket.dueAt!, "it")).toBe("20/04/2026");
  });

  it("opens a meter check with the fee acknowledged", async () => {
    const result = await submitCustomerRequest(
      holder,
      "meterCheck",
      { idempotencyKey: randomUUID(), supplyId: supply.id, message: "Il contatore gira anche con i rubinetti chiusi.", phone: "02 1234567", feeAccepted: "on" },
      openedAt,
    );

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const ticket = await ticketOf(result.ticketId);
    expect(ticket.category.code).toBe("meterCheck");
    expect(ticket.supplyId).toBe(supply.id);
    expect(ticket.description).toContain("Telefono per l'appuntamento: 02 1234567");
    expect(formatDate(ticket.dueAt!, "it")).toBe("23/03/2026");
  });

  it("opens a bill clarification naming the bill", async () => {
    const result = await submitCustomerRequest(holder, "billClarification", { idempotencyKey: randomUUID(), supplyId: supply.id, billId: bill.id, message: "Non capisco la voce quota fissa." }, openedAt);

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const ticket = await ticketOf(result.ticketId);
    expect(ticket.category.code).toBe("billClarification");
    expect(ticket.subject).toBe(`Chiarimento sulla bolletta ${bill.number}`);
    expect(ticket.description).toContain(`Bolletta: ${bill.number}`);
  });

  it("opens a complaint with the minimum identifying data", async () => {
    const result = await submitCustomerRequest(
      holder,
      "complaint",
      {
        idempotencyKey: randomUUID(),
        supplyId: supply.id,
        fullName: "Lucia Ferrari",
        supplyAddress: "Corso Buenos Aires 10, 20124 Milano (MI)",
        replyEmail: "lucia@esempio.it",
        replyPostalAddress: "",
        service: "waterSupply",
        customerCode: supply.supplyCode,
        message: "Da tre giorni la pressione dell'acqua è molto bassa.",
      },
      openedAt,
    );

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const ticket = await ticketOf(result.ticketId);
    expect(ticket.category.code).toBe("complaint");
    expect(ticket.description).toContain("Nome: Lucia Ferrari");
    expect(ticket.description).toContain("E-mail per la risposta: lucia@esempio.it");
    expect(ticket.description).toContain(`Codice cliente: ${supply.supplyCode}`);
    expect(ticket.description).toContain("Servizio: Acquedotto");
    expect(formatDate(ticket.dueAt!, "it")).toBe("20/04/2026");
  });

  it("opens a billing correction with the amount in cents", async () => {
    const result = await submitCustomerRequest(
      holder,
      "billingCorrection",
      { idempotencyKey: randomUUID(), supplyId: supply.id, billId: bill.id, disputedAmount: "1.234,5", message: "La lettura usata è stimata e troppo alta." },
      openedAt,
    );

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const ticket = await ticketOf(result.ticketId);
    expect(ticket.category.code).toBe("billingCorrection");
    expect(ticket.description).toContain("Importo contestato: 1.234,50 €");
  });
});

describe("submitCustomerRequest, invalid input", () => {
  it("returns field errors and opens nothing", async () => {
    const before = await db().ticket.count();
    const result = await submitCustomerRequest(holder, "billingCorrection", { idempotencyKey: randomUUID(), supplyId: supply.id, billId: "", disputedAmount: "12,345", message: "corto" }, openedAt);

    expect(result).toEqual({ ok: false, formError: null, fieldErrors: { billId: "billRequired", disputedAmount: "amountInvalid", message: "messageTooShort" } });
    expect(await db().ticket.count()).toBe(before);
  });

  it("requires a reply address on a complaint", async () => {
    const result = await submitCustomerRequest(holder, "complaint", {
      idempotencyKey: randomUUID(),
      supplyId: supply.id,
      fullName: "Lucia Ferrari",
      supplyAddress: "Corso Buenos Aires 10",
      replyEmail: "",
      replyPostalAddress: "",
      service: "",
      customerCode: "",
      message: "La pressione è bassa da giorni.",
    });

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors).toEqual({ replyEmail: "replyAddressRequired", service: "serviceRequired", customerCode: "customerCodeRequired" });
  });

  it("rejects a meter check without the fee acknowledged", async () => {
    const result = await submitCustomerRequest(holder, "meterCheck", { idempotencyKey: randomUUID(), supplyId: supply.id, message: "Il contatore gira sempre.", phone: "", feeAccepted: "" });

    expect(result).toEqual({ ok: false, formError: null, fieldErrors: { feeAccepted: "feeNotAccepted" } });
  });

  it("rejects a form without its idempotency key", async () => {
    const result = await submitCustomerRequest(holder, "information", { idempotencyKey: "", supplyId: "", subject: "Orari", message: "Quali sono gli orari?" });

    expect(result).toEqual({ ok: false, formError: null, fieldErrors: { idempotencyKey: "formExpired" } });
  });
});

describe("submitCustomerRequest, double submit", () => {
  it("opens one ticket for two submits of one form view", async () => {
    const values = { idempotencyKey: randomUUID(), supplyId: supply.id, billId: bill.id, message: "Chiedo il dettaglio dei consumi." };

    const first = await submitCustomerRequest(holder, "billClarification", values, openedAt);
    const second = await submitCustomerRequest(holder, "billClarification", values, openedAt);

    if (!first.ok || !second.ok) throw new Error("a submit of a valid form failed");
    expect(first.created).toBe(true);
    expect(second.created).toBe(false);
    expect(second.ticketId).toBe(first.ticketId);
    expect(await db().ticket.count({ where: { subject: `Chiarimento sulla bolletta ${bill.number}`, description: { contains: "dettaglio dei consumi" } } })).toBe(1);
  });

  it("opens one ticket for two concurrent submits", async () => {
    const values = { idempotencyKey: randomUUID(), supplyId: "", subject: "Doppio invio", message: "Invio lo stesso modulo due volte di seguito." };

    const [first, second] = await Promise.all([submitCustomerRequest(holder, "information", values), submitCustomerRequest(holder, "information", values)]);

    if (!first.ok || !second.ok) throw new Error("a submit of a valid form failed");
    expect(first.ticketId).toBe(second.ticketId);
    expect(await db().ticket.count({ where: { subject: "Doppio invio" } })).toBe(1);
  });
});

describe("submitCustomerRequest, authorization", () => {
  it("treats another holder's supply as not found", async () => {
    const result = await submitCustomerRequest(holder, "meterCheck", { idempotencyKey: randomUUID(), supplyId: otherSupply.id, message: "Il contatore gira sempre.", phone: "", feeAccepted: "on" });

    expect(result).toEqual({ ok: false, formError: null, fieldErrors: { supplyId: "supplyNotFound" } });
    expect(await db().ticket.count({ where: { supplyId: otherSupply.id } })).toBe(0);
  });

  it("rejects another supply's bill", async () => {
    const result = await submitCustomerRequest(holder, "billingCorrection", { idempotencyKey: randomUUID(), supplyId: supply.id, billId: otherBill.id, disputedAmount: "10", message: "Importo non dovuto in bolletta." });

    expect(result).toEqual({ ok: false, formError: null, fieldErrors: { billId: "billNotOfSupply" } });
  });

  it("treats a supply under a requested mandate as not found", async () => {
    const admin = await createCustomer(fixtures, ["condoAdmin"]);
    await db().condoAdminMandate.create({ data: { adminId: admin.personId, supplyId: otherSupply.id, state: "requested" } });

    const result = await submitCustomerRequest(admin, "meterCheck", { idempotencyKey: randomUUID(), supplyId: otherSupply.id, message: "Il contatore condominiale gira sempre.", phone: "", feeAccepted: "on" });

    expect(result).toEqual({ ok: false, formError: null, fieldErrors: { supplyId: "supplyNotFound" } });
  });

  it("accepts a supply under an approved mandate", async () => {
    const admin = await createCustomer(fixtures, ["condoAdmin"]);
    await db().condoAdminMandate.create({ data: { adminId: admin.personId, supplyId: otherSupply.id, state: "approved" } });

    const result = await submitCustomerRequest(admin, "meterCheck", { idempotencyKey: randomUUID(), supplyId: otherSupply.id, message: "Il contatore condominiale gira sempre.", phone: "", feeAccepted: "on" });

    expect(result.ok).toBe(true);
    expect(await db().ticket.count({ where: { supplyId: otherSupply.id, reporterId: admin.id } })).toBe(1);
  });
});
