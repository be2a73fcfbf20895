import { randomUUID } from "node:crypto";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { createTicket } from "@/lib/tickets/create-ticket";
import { protocolYearOf } from "@/lib/tickets/protocol-number";

import { appErrorOf } from "./app-error-of";
import { createCategory, createSupply, createUser, newFixtures, removeFixtures } from "./ticket-fixtures";

const fixtures = newFixtures();
let holder: Awaited<ReturnType<typeof createUser>>;
let otherHolder: Awaited<ReturnType<typeof createUser>>;
let siiOperator: Awaited<ReturnType<typeof createUser>>;
let casaOperator: Awaited<ReturnType<typeof createUser>>;
let siiCategoryId: string;
let casaCategoryId: string;
let holderSupplyId: string;
let otherSupplyId: string;

beforeAll(async () => {
  holder = await createUser(fixtures, ["holder"], true);
  otherHolder = await createUser(fixtures, ["holder"], true);
  siiOperator = await createUser(fixtures, ["siiOperator"]);
  casaOperator = await createUser(fixtures, ["casaOperator"]);
  siiCategoryId = await createCategory(fixtures, "sii", { nature: "technical" });
  casaCategoryId = await createCategory(fixtures, "casa");
  holderSupplyId = await createSupply(fixtures, holder.personId!);
  otherSupplyId = await createSupply(fixtures, otherHolder.personId!);
});

afterAll(async () => {
  await removeFixtures(fixtures);
});

function selfServiceInput(overrides: Record<string, unknown> = {}) {
  return {
    openedBy: "selfService",
    categoryId: siiCategoryId,
    supplyId: holderSupplyId,
    subject: "Contatore che perde",
    description: "Dal raccordo del contatore esce acqua anche a rubinetti chiusi.",
    idempotencyKey: randomUUID(),
    ...overrides,
  };
}

describe("createTicket by a customer", () => {
  it("stores the ticket with the category's division and nature", async () => {
    const openedAt = new Date("2026-03-10T09:00:00Z");
    const { ticket, created } = await createTicket(holder, selfServiceInput(), openedAt);

    expect(created).toBe(true);
    expect(ticket.division).toBe("sii");
    expect(ticket.nature).toBe("technical");
    expect(ticket.channel).toBe("onlineCounter");
    expect(ticket.state).toBe("new");
    expect(ticket.version).toBe(1);
    expect(ticket.requesterId).toBe(holder.personId);
    expect(ticket.reporterId).toBe(holder.id);
    expect(ticket.supplyId).toBe(holderSupplyId);
    expect(ticket.protocol).toMatch(/^SII-2026-\d{6}$/);
  });

  it("numbers tickets one after the other", async () => {
    const first = await createTicket(holder, selfServiceInput());
    const second = await createTicket(holder, selfServiceInput());

    const sequenceOf = (protocol: string) => Number(protocol.split("-")[2]);
    expect(sequenceOf(second.ticket.protocol)).toBe(sequenceOf(first.ticket.protocol) + 1);
    expect(first.ticket.protocol.startsWith(`SII-${protocolYearOf(new Date())}-`)).toBe(true);
  });

  it("writes a public created event with the actor", async () => {
    const { ticket } = await createTicket(holder, selfServiceInput());
    const events = await db().ticketEvent.findMany({ where: { ticketId: ticket.id }, select: { kind: true, visibility: true, authorId: true, toState: true } });

    expect(events).toEqual([{ kind: "created", visibility: "public", authorId: holder.id, toState: "new" }]);
  });

  it("creates one ticket for a double submit", async () => {
    const input = selfServiceInput();
    const first = await createTicket(holder, input);
    const second = await createTicket(holder, input);

    expect(first.created).toBe(true);
    expect(second.created).toBe(false);
    expect(second.ticket.id).toBe(first.ticket.id);
    expect(await db().ticket.count({ where: { id: first.ticket.id } })).toBe(1);
  });

  it("stores the idempotency key on the ticket", async () => {
    const input = selfServiceInput();
    const { ticket } = await createTicket(holder, input);

    const stored = await db().ticket.findUniqueOrThrow({ where: { id: ticket.id }, select: { idempotencyKey: true, reporterId: true } });
    expect(stored).toEqual({ idempotencyKey: input.idempotencyKey, reporterId: holder.id });
  });

  it("keeps one key apart per reporter", async () => {
    const key = randomUUID();
    const mine = await createTicket(holder, selfServiceInput({ idempotencyKey: key }));
    const theirs = await createTicket(otherHolder, selfServiceInput({ idempotencyKey: key, supplyId: otherSupplyId }));

    expect(mine.created).toBe(true);
    expect(theirs.created).toBe(true);
    expect(theirs.ticket.id).not.toBe(mine.ticket.id);
  });

  it("rejects another holder's supply as not found", async () => {
    const error = await appErrorOf(createTicket(holder, selfServiceInput({ supplyId: otherSupplyId })));
    expect(error.code).toBe("ticket.supplyNotFound");
    expect(error.status).toBe(404);
  });

  it("rejects a supply on a housing ticket", async () => {
    const error = await appErrorOf(createTicket(holder, selfServiceInput({ categoryId: casaCategoryId })));
    expect(error.code).toBe("ticket.invalidInput");
  });

  it("rejects invalid input with the failing fields", async () => {
    const error = await appErrorOf(createTicket(holder, selfServiceInput({ subject: "" })));
    expect(error.code).toBe("ticket.invalidInput");
    expect(error.status).toBe(400);
    expect(JSON.stringify(error.details)).toContain("subject");
  });

  it("rejects an unknown category", async () => {
    const error = await appErrorOf(createTicket(holder, selfServiceInput({ categoryId: randomUUID() })));
    expect(error.code).toBe("ticket.categoryNotFound");
  });
});

describe("createTicket by an operator", () => {
  it("records the channel and the requester", async () => {
    const { ticket } = await createTicket(casaOperator, {
      openedBy: "operator",
      channel: "contactCenter",
      categoryId: casaCategoryId,
      requesterId: holder.personId,
      priority: "urgent",
      subject: "Ascensore fermo",
      description: "L'ascensore della scala B è fermo da ieri sera.",
      idempotencyKey: randomUUID(),
    });

    expect(ticket.protocol).toMatch(/^CASA-\d{4}-\d{6}$/);
    expect(ticket.channel).toBe("contactCenter");
    expect(ticket.priority).toBe("urgent");
    expect(ticket.requesterId).toBe(holder.personId);
    expect(ticket.reporterId).toBe(casaOperator.id);
  });

  it("rejects a category of another division", async () => {
    const error = await appErrorOf(
      createTicket(siiOperator, {
        openedBy: "operator",
        channel: "callCenter",
        categoryId: casaCategoryId,
        subject: "Ascensore fermo",
        description: "L'ascensore della scala B è fermo da ieri sera.",
        idempotencyKey: randomUUID(),
      }),
    );
    expect(error.code).toBe("ticket.permissionDenied");
  });

  it("rejects self-service from an operator", async () => {
    const error = await appErrorOf(createTicket(siiOperator, selfServiceInput({ supplyId: undefined })));
    expect(error.code).toBe("ticket.permissionDenied");
  });
});
