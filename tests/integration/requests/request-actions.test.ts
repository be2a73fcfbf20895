import { randomUUID } from "node:crypto";

import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db/client";
import { initialRequestFormState } from "@/lib/requests/request-form-state";

import { createBill, createCustomer, createSupply, ensureRequestCategories, newRequestFixtures, removeRequestFixtures, type TestCustomer } from "./request-fixtures";

// The actions read the session through next-auth and end with Next's redirect. Both need a
// request scope, so the test replaces them with stand-ins that record what the action did.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
const flashes = vi.hoisted(() => [] as unknown[]);

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.user }));
vi.mock("@/lib/flash/set-flash", () => ({ setFlash: async (message: unknown) => void flashes.push(message) }));
vi.mock("next/navigation", () => ({
  redirect: (path: string) => {
    throw new Error(`redirect:${path}`);
  },
  notFound: () => {
    throw new Error("notFound");
  },
  forbidden: () => {
    throw new Error("forbidden");
  },
}));

const { sendRequestMessageAction, submitRequestAction } = await import("@/lib/requests/request-actions");

const fixtures = newRequestFixtures();
let holder: TestCustomer;
let otherHolder: TestCustomer;
let supply: { id: string; supplyCode: string };
let otherSupply: { id: string; supplyCode: string };
let bill: { id: string; number: string };

beforeAll(async () => {
  await ensureRequestCategories(fixtures, { information: 30, meterCheck: 10, billClarification: 30, complaint: 30, billingCorrection: 30 });
  holder = await createCustomer(fixtures);
  otherHolder = await createCustomer(fixtures);
  supply = await createSupply(fixtures, holder.personId);
  otherSupply = await createSupply(fixtures, otherHolder.personId);
  bill = await createBill(supply.id);
});

afterAll(async () => {
  await removeRequestFixtures(fixtures);
});

beforeEach(() => {
  session.user = holder;
  flashes.length = 0;
});

function formOf(values: Record<string, string>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(values)) form.set(name, value);
  return form;
}

/** Runs an action that should redirect and returns the path it redirected to. */
async function redirectOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => new Error("the action returned instead of redirecting"),
    (thrown: unknown) => thrown,
  );
  const message = error instanceof Error ? error.message : String(error);
  expect(message).toMatch(/^redirect:/);
  return message.slice("redirect:".length);
}

const complaintValues = () => ({
  idempotencyKey: randomUUID(),
  supplyId: supply.id,
  fullName: "Lucia Ferrari",
  supplyAddress: "Corso Buenos Aires 10, 20124 Milano (MI)",
  replyEmail: "lucia@esempio.it",
  replyPostalAddress: "",
  service: "billing",
  customerCode: supply.supplyCode,
  message: "La bolletta riporta consumi doppi rispetto al solito.",
});

describe("submitRequestAction", () => {
  it("files each kind and redirects to its receipt", async () => {
    const forms = {
      information: { idempotencyKey: randomUUID(), supplyId: "", subject: "Tariffe 2026", message: "Dove trovo le tariffe in vigore nel 2026?" },
      meterCheck: { idempotencyKey: randomUUID(), supplyId: supply.id, message: "Il contatore segna consumi anche di notte.", phone: "", feeAccepted: "on" },
      billClarification: { idempotencyKey: randomUUID(), supplyId: supply.id, billId: bill.id, message: "Cosa sono i conguagli in bolletta?" },
      complaint: complaintValues(),
      billingCorrection: { idempotencyKey: randomUUID(), supplyId: supply.id, billId: bill.id, disputedAmount: "54,80", message: "Ho già pagato questa bolletta due volte." },
    } as const;

    for (const [kind, values] of Object.entries(forms)) {
      const path = await redirectOf(submitRequestAction(kind as keyof typeof forms, initialRequestFormState, formOf(values)));
      const ticketId = path.split("/").at(-1)!;

      const ticket = await db().ticket.findUniqueOrThrow({ where: { id: ticketId }, select: { reporterId: true, protocol: true } });
      expect(path).toBe(`/sportello-online/richieste/${ticketId}`);
      expect(ticket.reporterId).toBe(holder.id);
      expect(flashes.at(-1)).toEqual({ tone: "success", messageKey: "requests.flash.created", values: { protocol: ticket.protocol } });
    }
  });

  it("returns Italian-catalog error keys and keeps the values", async () => {
    const values = { ...complaintValues(), replyEmail: "non-una-email", message: "breve" };

    const state = await submitRequestAction("complaint", initialRequestFormState, formOf(values));

    expect(state.fieldErrors).toEqual({ replyEmail: "replyEmailInvalid", message: "messageTooShort" });
    expect(state.values.replyEmail).toBe("non-una-email");
    expect(state.values.fullName).toBe("Lucia Ferrari");
    expect(flashes).toEqual([]);
  });

  it("opens one ticket for a double submit", async () => {
    const marker = randomUUID();
    const values = { ...complaintValues(), message: `Reclamo inviato due volte, riferimento ${marker}.` };

    const first = await redirectOf(submitRequestAction("complaint", initialRequestFormState, formOf(values)));
    const second = await redirectOf(submitRequestAction("complaint", initialRequestFormState, formOf(values)));

    expect(second).toBe(first);
    expect(await db().ticket.count({ where: { description: { contains: marker } } })).toBe(1);
  });

  it("rejects another holder's supply", async () => {
    const state = await submitRequestAction("complaint", initialRequestFormState, formOf({ ...complaintValues(), supplyId: otherSupply.id }));

    expect(state.fieldErrors).toEqual({ supplyId: "supplyNotFound" });
    expect(await db().ticket.count({ where: { supplyId: otherSupply.id } })).toBe(0);
  });

  it("rejects an unknown kind", async () => {
    await expect(submitRequestAction("pressureCheck" as never, initialRequestFormState, formOf({}))).rejects.toThrow("notFound");
  });

  it("forbids an operator without ticket:create:own", async () => {
    session.user = { id: randomUUID(), displayName: "Operatore", roles: ["siiOperator"] };

    await expect(submitRequestAction("complaint", initialRequestFormState, formOf(complaintValues()))).rejects.toThrow("forbidden");
  });
});

describe("sendRequestMessageAction", () => {
  it("adds the message to the customer's own request", async () => {
    const ticketPath = await redirectOf(submitRequestAction("complaint", initialRequestFormState, formOf(complaintValues())));
    const ticketId = ticketPath.split("/").at(-1)!;

    const path = await redirectOf(sendRequestMessageAction(ticketId, initialRequestFormState, formOf({ body: "Allego la lettura di oggi: 1234 m³." })));

    expect(path).toBe(ticketPath);
    const messages = await db().ticketEvent.findMany({ where: { ticketId, kind: "customerMessage" }, select: { body: true, authorId: true } });
    expect(messages).toEqual([{ body: "Allego la lettura di oggi: 1234 m³.", authorId: holder.id }]);
  });

  it("returns an error for an empty message", async () => {
    const ticketPath = await redirectOf(submitRequestAction("complaint", initialRequestFormState, formOf(complaintValues())));

    const state = await sendRequestMessageAction(ticketPath.split("/").at(-1)!, initialRequestFormState, formOf({ body: "   " }));

    expect(state.fieldErrors).toEqual({ body: "replyEmpty" });
  });

  it("answers not found on another customer's request", async () => {
    const ticketPath = await redirectOf(submitRequestAction("complaint", initialRequestFormState, formOf(complaintValues())));
    session.user = otherHolder;

    await expect(sendRequestMessageAction(ticketPath.split("/").at(-1)!, initialRequestFormState, formOf({ body: "Messaggio estraneo" }))).rejects.toThrow("notFound");
  });
});
