import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import type { TicketState } from "@/lib/generated/prisma/enums";
import { emergencyPanelSize, listOpenEmergencies } from "@/lib/tickets/queue/list-open-emergencies";

import { createCategory, createUser, newFixtures, openTicket, removeFixtures } from "../tickets/ticket-fixtures";

const fixtures = newFixtures();
const hour = 60 * 60 * 1000;

let casaOperator: Awaited<ReturnType<typeof createUser>>;
let siiOperator: Awaited<ReturnType<typeof createUser>>;
let casaCategory: string;
let siiCategory: string;

async function urgentTicket(operator: typeof casaOperator, categoryId: string, hoursAgo: number, state: TicketState = "new"): Promise<string> {
  const ticket = await openTicket(operator, categoryId);
  await db().ticket.update({ where: { id: ticket.id }, data: { priority: "urgent", state, openedAt: new Date(Date.now() - hoursAgo * hour) } });
  return ticket.id;
}

beforeAll(async () => {
  casaOperator = await createUser(fixtures, ["casaOperator"]);
  siiOperator = await createUser(fixtures, ["siiOperator"]);
  casaCategory = await createCategory(fixtures, "casa", { nature: "technical" });
  siiCategory = await createCategory(fixtures, "sii", { nature: "technical" });
});

afterAll(async () => {
  await removeFixtures(fixtures);
});

describe("listOpenEmergencies", () => {
  it("lists unanswered urgent tickets of the division, oldest first", async () => {
    const older = await urgentTicket(casaOperator, casaCategory, 5, "inProgress");
    const newer = await urgentTicket(casaOperator, casaCategory, 1);
    const resolved = await urgentTicket(casaOperator, casaCategory, 3, "resolved");
    const normal = (await openTicket(casaOperator, casaCategory)).id;
    const water = await urgentTicket(siiOperator, siiCategory, 2);

    const casaIds = (await listOpenEmergencies(casaOperator)).rows.map((row) => row.id);
    const siiIds = (await listOpenEmergencies(siiOperator)).rows.map((row) => row.id);

    expect(casaIds.filter((id) => [older, newer, resolved, normal, water].includes(id))).toEqual([older, newer]);
    expect(siiIds).toContain(water);
    expect(siiIds).not.toContain(newer);
  });

  it("says when more emergencies wait than the panel shows", async () => {
    for (let index = 0; index < emergencyPanelSize + 1; index += 1) await urgentTicket(casaOperator, casaCategory, 10 + index);

    const emergencies = await listOpenEmergencies(casaOperator);

    expect(emergencies.rows).toHaveLength(emergencyPanelSize);
    expect(emergencies.more).toBe(true);
  });
});
