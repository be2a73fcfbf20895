import { randomUUID } from "node:crypto";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { findCustomers } from "@/lib/customers/find-customers";
import { db } from "@/lib/db/client";
import { customerSearchSchema } from "@/lib/customers/customer-search";
import { listTicketQueue } from "@/lib/tickets/queue/list-ticket-queue";
import { encodeQueueCursor } from "@/lib/tickets/queue/queue-cursor";
import { parseQueueFilters } from "@/lib/tickets/queue/queue-filters";

import { createCategory, createSupply, createUser, newFixtures, openTicket, removeFixtures } from "../tickets/ticket-fixtures";

const fixtures = newFixtures();
// A family name no other test or seed row carries, so every search here matches only these rows.
const family = `Zaccàrdo${randomUUID().slice(0, 6)}`;
let operator: Awaited<ReturnType<typeof createUser>>;
let personId: string;
let supplyId: string;
let ticketId: string;
let protocol: string;

beforeAll(async () => {
  operator = await createUser(fixtures, ["siiOperator"]);
  const person = await db().person.create({
    data: { kind: "natural", fiscalCode: `TST${randomUUID().replaceAll("-", "").slice(0, 13).toUpperCase()}`, givenName: "Niccolò", familyName: family },
    select: { id: true },
  });
  personId = person.id;
  fixtures.personIds.push(person.id);

  supplyId = await createSupply(fixtures, personId);
  const supply = await db().supply.findUniqueOrThrow({ where: { id: supplyId }, select: { addressId: true } });
  await db().address.update({ where: { id: supply.addressId }, data: { street: "Viale Città Studi", houseNumber: "17" } });

  const categoryId = await createCategory(fixtures, "sii");
  const ticket = await openTicket(operator, categoryId, personId);
  ticketId = ticket.id;
  protocol = ticket.protocol;
  await db().ticket.update({ where: { id: ticketId }, data: { subject: `Perdita 50%_${family}` } });
});

afterAll(async () => {
  await removeFixtures(fixtures);
});

async function queueIds(q: string): Promise<string[]> {
  const page = await listTicketQueue(operator, parseQueueFilters({ q }));
  return page.rows.map((row) => row.id);
}

describe("queue free text", () => {
  it("finds the requester without accents or case", async () => {
    expect(await queueIds(`niccolo ${family.toUpperCase().replace("À", "A")}`)).toEqual([ticketId]);
  });

  it("finds the requester by family then given name", async () => {
    expect(await queueIds(`${family} Niccolò`)).toEqual([ticketId]);
  });

  it("finds part of the protocol", async () => {
    expect(await queueIds(protocol.slice(4).toLowerCase())).toContain(ticketId);
  });

  it("matches LIKE wildcards literally", async () => {
    expect(await queueIds(`50%_${family}`)).toEqual([ticketId]);
    expect(await queueIds(`50__${family}`)).toEqual([]);
  });

  it.each(["'", "\\", "%", "_", `O'Brien\\%_${family}`])("returns a list for %s", async (q) => {
    await expect(queueIds(q)).resolves.toBeInstanceOf(Array);
  });

  // Regression: PostgreSQL rejects a NUL character in a text parameter, so "?q=%00" made the queue fail with HTTP 500.
  it("reads control characters as spaces", async () => {
    expect(await queueIds(`50%_${family}\u0000`)).toEqual([ticketId]);
    await expect(queueIds("\u0000")).resolves.toBeInstanceOf(Array);
  });

  // Regression: a forged cursor with an instant outside PostgreSQL's range made the queue fail with HTTP 500.
  it("starts from the first page for a cursor with an out-of-range instant", async () => {
    const after = encodeQueueCursor({ sort: "due", key: "-271821-04-20T00:00:00.000Z", id: randomUUID() });
    const page = await listTicketQueue(operator, parseQueueFilters({ q: family, after }));
    expect(page.rows.map((row) => row.id)).toEqual([ticketId]);
  });
});

describe("customer lookup", () => {
  it("finds a partial name without accents", async () => {
    const matches = await findCustomers(["sii"], { by: "name", q: `niccolo ${family.slice(0, 6).toLowerCase().replace("à", "a")}` });
    expect(matches.map((match) => match.personId)).toEqual([personId]);
  });

  // Regression: a NUL character typed or pasted into the lookup reached PostgreSQL and failed the page.
  it("reads control characters in the lookup as spaces", async () => {
    const search = customerSearchSchema.parse({ by: "name", q: `niccolo\u0000${family}` });
    expect((await findCustomers(["sii"], search)).map((match) => match.personId)).toEqual([personId]);

    const code = customerSearchSchema.parse({ by: "fiscalCode", q: "RSSMRA\u000080A01F205X" });
    expect(await findCustomers(["sii"], code)).toEqual([]);
  });

  it("finds a partial address without accents", async () => {
    const matches = await findCustomers(["sii"], { by: "address", q: "citta studi, 17" });
    expect(matches.map((match) => match.personId)).toContain(personId);
    expect(matches.find((match) => match.personId === personId)?.supplies.map((supply) => supply.id)).toEqual([supplyId]);
  });
});
