import { randomUUID } from "node:crypto";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { listCustomerRequests } from "@/lib/requests/list-customer-requests";
import { loadRequestDetail } from "@/lib/requests/load-request-detail";
import { submitCustomerRequest } from "@/lib/requests/submit-customer-request";
import { addInternalNote } from "@/lib/tickets/add-internal-note";
import { replyToTicket } from "@/lib/tickets/reply-to-ticket";

import { createCustomer, createSupply, ensureRequestCategories, newRequestFixtures, removeRequestFixtures, type TestCustomer } from "./request-fixtures";

const fixtures = newRequestFixtures();
let holder: TestCustomer;
let otherHolder: TestCustomer;
let operator: TestCustomer;
const ticketIds: string[] = [];

// Monday 9 March 2026, 10:00 in Milan.
const firstOpenedAt = new Date("2026-03-09T09:00:00Z");

beforeAll(async () => {
  await ensureRequestCategories(fixtures, { information: 30, meterCheck: 10, billClarification: 30, complaint: 30, billingCorrection: 30 });
  holder = await createCustomer(fixtures);
  otherHolder = await createCustomer(fixtures);
  operator = await createCustomer(fixtures, ["siiOperator"]);
  const supply = await createSupply(fixtures, holder.personId);

  // Three requests a day apart, so the newest-first order is known.
  for (let index = 0; index < 3; index += 1) {
    const openedAt = new Date(firstOpenedAt.getTime() + index * 86_400_000);
    const result = await submitCustomerRequest(
      holder,
      "meterCheck",
      { idempotencyKey: randomUUID(), supplyId: supply.id, message: `Richiesta di verifica numero ${index + 1}.`, phone: "", feeAccepted: "on" },
      openedAt,
    );
    if (!result.ok) throw new Error(`Fixture request failed: ${JSON.stringify(result)}`);
    ticketIds.push(result.ticketId);
  }
});

afterAll(async () => {
  await removeRequestFixtures(fixtures);
});

describe("listCustomerRequests", () => {
  it("pages the customer's requests newest first", async () => {
    const first = await listCustomerRequests(holder, { page: 1, pageSize: 2 });
    const second = await listCustomerRequests(holder, { page: 2, pageSize: 2 });

    expect(first.rows.map((row) => row.id)).toEqual([ticketIds[2], ticketIds[1]]);
    expect(second.rows.map((row) => row.id)).toEqual([ticketIds[0]]);
    expect(first.summary.totalItems).toBe(3);
    expect(first.summary.totalPages).toBe(2);
  });

  it("shows protocol, kind, state and deadline", async () => {
    const { rows } = await listCustomerRequests(holder, { page: 1, pageSize: 20 });
    const oldest = rows.at(-1)!;

    expect(oldest.protocol).toMatch(/^SII-2026-\d{6}$/);
    expect(oldest.categoryCode).toBe("meterCheck");
    expect(oldest.state).toBe("new");
    expect(oldest.openedAt.toISOString()).toBe(firstOpenedAt.toISOString());
    expect(oldest.dueAt).not.toBeNull();
  });

  it("lists nothing of another customer's", async () => {
    const { rows, summary } = await listCustomerRequests(otherHolder, { page: 1, pageSize: 20 });

    expect(rows).toEqual([]);
    expect(summary.totalItems).toBe(0);
  });
});

describe("loadRequestDetail", () => {
  it("shows public replies but never internal notes", async () => {
    const ticketId = ticketIds[0]!;
    await addInternalNote(operator, { ticketId, body: "Nota interna: cliente già sentito al telefono." });
    await replyToTicket(operator, { ticketId, version: 1, body: "Il tecnico passerà giovedì mattina." });

    const detail = await loadRequestDetail(holder, ticketId);

    const bodies = detail!.timeline.map((entry) => entry.body);
    expect(bodies).toContain("Il tecnico passerà giovedì mattina.");
    expect(bodies).not.toContain("Nota interna: cliente già sentito al telefono.");
    expect(detail!.timeline.every((entry) => entry.visibility === "public")).toBe(true);
    expect(detail!.timeline.some((entry) => entry.kind === "internalNote")).toBe(false);
  });

  it("returns the receipt data", async () => {
    const detail = await loadRequestDetail(holder, ticketIds[1]!);

    expect(detail!.ticket.protocol).toMatch(/^SII-2026-\d{6}$/);
    expect(detail!.ticket.channel).toBe("onlineCounter");
    expect(detail!.categoryLabels.it).toBe("Categoria meterCheck");
    expect(detail!.ticket.dueAt).not.toBeNull();
  });

  it("hides another customer's request", async () => {
    expect(await loadRequestDetail(otherHolder, ticketIds[1]!)).toBeNull();
  });

  it("returns null for malformed and unknown ids", async () => {
    expect(await loadRequestDetail(holder, "not-a-uuid")).toBeNull();
    expect(await loadRequestDetail(holder, randomUUID())).toBeNull();
  });
});
