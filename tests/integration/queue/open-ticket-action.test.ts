import { randomUUID } from "node:crypto";

import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db/client";
import { initialTicketFormState } from "@/lib/tickets/queue/ticket-form-state";

import { newHousingFixtures, removeHousing, seedCustomer, type SeededCustomer } from "../customers/customer-fixtures";
import { createCategory, createUser, newFixtures, removeFixtures } from "../tickets/ticket-fixtures";

// The action reads the session and ends with Next's redirect, which both need a request, so
// stand-ins record what it did instead.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
const flashes = vi.hoisted(() => [] as unknown[]);

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.user }));
vi.mock("@/lib/flash/set-flash", () => ({ setFlash: async (message: unknown) => void flashes.push(message) }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/navigation", () => ({
  redirect: (path: string) => {
    throw new Error(`redirect:${path}`);
  },
  forbidden: () => {
    throw new Error("forbidden");
  },
  notFound: () => {
    throw new Error("notFound");
  },
}));

const { openTicketAction } = await import("@/lib/tickets/queue/open-ticket-action");

const fixtures = newFixtures();
const housing = newHousingFixtures();
let siiOperator: SessionUser;
let customer: SeededCustomer;
let siiCategory: string;
let casaCategory: string;

beforeAll(async () => {
  siiOperator = await createUser(fixtures, ["siiOperator"]);
  customer = await seedCustomer(fixtures, housing);
  siiCategory = await createCategory(fixtures, "sii");
  casaCategory = await createCategory(fixtures, "casa");
});

afterAll(async () => {
  await removeHousing(housing);
  await removeFixtures(fixtures);
});

beforeEach(() => {
  session.user = siiOperator;
  flashes.length = 0;
});

function formOf(values: Record<string, string>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(values)) form.set(name, value);
  return form;
}

function validForm(overrides: Record<string, string> = {}): FormData {
  return formOf({
    idempotencyKey: randomUUID(),
    requesterId: customer.personId,
    about: `supply:${customer.supply.id}`,
    categoryId: siiCategory,
    channel: "callCenter",
    priority: "",
    subject: "Bolletta troppo alta",
    description: "La cliente ha telefonato: la bolletta di ottobre è il doppio del solito.",
    ...overrides,
  });
}

async function redirectOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  if (!(error instanceof Error) || !error.message.startsWith("redirect:")) throw new Error(`Expected a redirect, got ${String(error)}`);
  return error.message.slice("redirect:".length);
}

describe("openTicketAction", () => {
  it("opens the ticket for the customer and redirects to it", async () => {
    const path = await redirectOf(openTicketAction(initialTicketFormState, validForm({ priority: "high" })));

    const ticketId = path.split("/").at(-1)!;
    const ticket = await db().ticket.findUniqueOrThrow({
      where: { id: ticketId },
      select: { channel: true, requesterId: true, supplyId: true, reporterId: true, priority: true, division: true, protocol: true },
    });
    expect(path).toBe(`/back-office/ticket/${ticketId}`);
    expect(ticket).toMatchObject({ channel: "callCenter", requesterId: customer.personId, supplyId: customer.supply.id, reporterId: siiOperator.id, priority: "high", division: "sii" });
    expect(flashes).toEqual([{ tone: "success", messageKey: "backoffice.flash.opened", values: { protocol: ticket.protocol } }]);
  });

  it("keeps a second submit of the same form view to one ticket", async () => {
    const idempotencyKey = randomUUID();

    const first = await redirectOf(openTicketAction(initialTicketFormState, validForm({ idempotencyKey })));
    const second = await redirectOf(openTicketAction(initialTicketFormState, validForm({ idempotencyKey })));

    expect(second).toBe(first);
    expect(await db().ticket.count({ where: { reporterId: siiOperator.id, idempotencyKey } })).toBe(1);
    expect(flashes).toMatchObject([{ messageKey: "backoffice.flash.opened" }, { messageKey: "backoffice.flash.alreadyOpened" }]);
  });

  it("refuses a dwelling on a water-service ticket", async () => {
    const state = await openTicketAction(initialTicketFormState, validForm({ about: `dwelling:${customer.dwelling.id}` }));

    expect(state).toMatchObject({ status: "error", errorCode: "invalidInput" });
    expect(await db().ticket.count({ where: { dwellingId: customer.dwelling.id } })).toBe(0);
  });

  it("refuses a category of another division", async () => {
    const state = await openTicketAction(initialTicketFormState, validForm({ about: "", categoryId: casaCategory }));

    expect(state).toMatchObject({ status: "error", errorCode: "permissionDenied" });
  });

  it("returns field errors and keeps the typed values", async () => {
    const state = await openTicketAction(initialTicketFormState, validForm({ channel: "onlineCounter", subject: "no" }));

    expect(state.status).toBe("invalid");
    expect(state.fieldErrors).toEqual({ channel: "channelRequired", subject: "subjectTooShort" });
    expect(state.values.subject).toBe("no");
  });
});
