import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import type { Division } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import { loadCensusOverview } from "@/lib/dashboard/census-overview";
import { parseDashboardPeriod } from "@/lib/dashboard/dashboard-period";
import { loadSatisfactionOverview } from "@/lib/dashboard/satisfaction-overview";
import { loadTicketKpis, type TicketKpis } from "@/lib/dashboard/ticket-kpis";
import { db } from "@/lib/db/client";

import {
  createCategory,
  createClock,
  createDeclaration,
  createIndemnity,
  createRating,
  createStandard,
  createSurvey,
  createTicket,
  newDashboardFixtures,
  removeDashboardFixtures,
} from "./dashboard-fixtures";

// The policy module reads the session through next-auth and ends with Next's forbidden or
// redirect, which need a request scope, so the test replaces them with stand-ins.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.user }));
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

const { loadDashboard } = await import("@/lib/dashboard/load-dashboard");

const fixtures = newDashboardFixtures();

/** May 2041 in Milan (summer time, UTC+2): no other test writes data in 2041. */
const periodParams = { dal: "2041-05-01", al: "2041-05-31" };
const now = new Date("2041-05-31T10:00:00Z");
const period = parseDashboardPeriod(periodParams, now);
const both: Division[] = ["sii", "casa"];

let before: TicketKpis;
let after: TicketKpis;
let siiStandardCode: string;
let casaStandardCode: string;
let protocols: Record<string, string> = {};

const at = (iso: string) => new Date(iso);

function divisionKpis(kpis: TicketKpis, division: Division) {
  const found = kpis.divisions.find((row) => row.division === division);
  if (!found) throw new Error(`No figures for division ${division}`);
  return found;
}

beforeAll(async () => {
  before = await loadTicketKpis(both, period, now);

  const complaints = await createCategory(fixtures, "sii", "Reclamo di prova");
  const information = await createCategory(fixtures, "sii", "Informazioni di prova");
  const maintenance = await createCategory(fixtures, "casa", "Manutenzione di prova");
  const siiStandard = await createStandard(fixtures, "sii", "Risposta di prova SII");
  const casaStandard = await createStandard(fixtures, "casa", "Risposta di prova Casa");
  siiStandardCode = siiStandard.code;
  casaStandardCode = casaStandard.code;

  const t1 = await createTicket(fixtures, { division: "sii", categoryId: complaints.id, state: "new", channel: "onlineCounter", openedAt: at("2041-05-03T08:00:00Z"), firstReplyAt: at("2041-05-03T18:00:00Z") });
  const t2 = await createTicket(fixtures, { division: "sii", categoryId: complaints.id, state: "inProgress", channel: "onlineCounter", openedAt: at("2041-05-10T08:00:00Z"), firstReplyAt: at("2041-05-11T04:00:00Z") });
  const t3 = await createTicket(fixtures, { division: "sii", categoryId: complaints.id, state: "resolved", channel: "callCenter", openedAt: at("2041-05-05T08:00:00Z"), resolvedAt: at("2041-05-20T08:00:00Z") });
  const t4 = await createTicket(fixtures, { division: "sii", categoryId: information.id, state: "waitingForCustomer", channel: "email", openedAt: at("2041-04-20T08:00:00Z") });
  // Resolved at 23:59:59 on 30 April in Milan: before the period.
  const t5 = await createTicket(fixtures, { division: "sii", categoryId: information.id, state: "resolved", channel: "email", openedAt: at("2041-04-01T08:00:00Z"), resolvedAt: at("2041-04-30T21:59:59Z") });
  // Opened at midnight of 1 May in Milan: inside the period.
  const t6 = await createTicket(fixtures, { division: "sii", categoryId: information.id, state: "closed", channel: "pec", openedAt: at("2041-04-30T22:00:00Z") });
  const c1 = await createTicket(fixtures, { division: "casa", categoryId: maintenance.id, state: "reopened", channel: "virtualCounter", openedAt: at("2041-05-15T08:00:00Z") });
  // Resolved at 23:59 on 31 May in Milan: inside the period.
  const c2 = await createTicket(fixtures, { division: "casa", categoryId: maintenance.id, state: "resolved", channel: "caretaker", openedAt: at("2041-05-16T08:00:00Z"), resolvedAt: at("2041-05-31T21:59:00Z") });
  protocols = { t3: t3.protocol, t6: t6.protocol, c2: c2.protocol };
  void t4;

  await createClock({ ticketId: t1.id, standardId: siiStandard.id, state: "running", dueAt: at("2041-05-20T21:59:59Z") });
  await createClock({ ticketId: t2.id, standardId: siiStandard.id, state: "running", dueAt: at("2041-06-30T21:59:59Z") });
  await createClock({ ticketId: t3.id, standardId: siiStandard.id, state: "stopped", dueAt: at("2041-06-01T21:59:59Z"), stoppedAt: at("2041-05-20T08:00:00Z"), metStandard: true });
  await createClock({ ticketId: t6.id, standardId: siiStandard.id, state: "stopped", dueAt: at("2041-05-10T21:59:59Z"), stoppedAt: at("2041-05-25T08:00:00Z"), metStandard: false });
  await createClock({ ticketId: t5.id, standardId: siiStandard.id, state: "stopped", dueAt: at("2041-05-10T21:59:59Z"), stoppedAt: at("2041-04-30T21:00:00Z"), metStandard: true });
  await createClock({ ticketId: c1.id, standardId: casaStandard.id, state: "running", dueAt: at("2041-05-01T21:59:59Z") });
  await createClock({ ticketId: c2.id, standardId: casaStandard.id, state: "stopped", dueAt: at("2041-06-10T21:59:59Z"), stoppedAt: at("2041-05-31T21:00:00Z"), metStandard: true });

  await createIndemnity(siiStandard.id, "base", 3000, at("2041-05-10T08:00:00Z"));
  await createIndemnity(siiStandard.id, "base", 3000, at("2041-05-12T08:00:00Z"), "credited");
  await createIndemnity(siiStandard.id, "doubled", 6000, at("2041-05-20T08:00:00Z"));
  await createIndemnity(siiStandard.id, "tripled", 9000, at("2041-05-21T08:00:00Z"), "exempt");
  await createIndemnity(siiStandard.id, "base", 3000, at("2041-04-29T08:00:00Z"));
  await createIndemnity(casaStandard.id, "base", 3000, at("2041-05-15T08:00:00Z"));

  const ticketSurvey = await createSurvey(fixtures, null);
  const casaSurvey = await createSurvey(fixtures, "casa");
  await createRating({ survey: ticketSurvey, ticketId: t3.id, score: 5, comment: "Ottimo servizio", submittedAt: at("2041-05-21T08:00:00Z") });
  await createRating({ survey: ticketSurvey, ticketId: t6.id, score: 1, comment: "Nessuna risposta", submittedAt: at("2041-05-26T08:00:00Z") });
  await createRating({ survey: ticketSurvey, ticketId: t1.id, score: 4, submittedAt: at("2041-05-22T08:00:00Z") });
  await createRating({ survey: ticketSurvey, ticketId: c2.id, score: 2, comment: "Lento", submittedAt: at("2041-05-31T21:30:00Z") });
  await createRating({ survey: ticketSurvey, ticketId: t2.id, score: 3, comment: "Fuori periodo", submittedAt: at("2041-04-30T21:00:00Z") });
  await createRating({ survey: casaSurvey, score: 4, comment: "   ", submittedAt: at("2041-05-05T08:00:00Z") });
  // A survey of both divisions that rates no ticket has no division: left out.
  await createRating({ survey: ticketSurvey, score: 1, submittedAt: at("2041-05-06T08:00:00Z") });

  const campaign = await db().censusCampaign.create({
    data: { code: `DASH-${Date.now()}`, name: "Anagrafe cruscotto", opensOn: at("2041-01-01"), closesOn: at("2041-06-30"), rentEffectiveFrom: at("2042-01-01"), state: "open" },
    select: { id: true },
  });
  fixtures.campaignIds.push(campaign.id);
  await createDeclaration(fixtures, campaign.id, "accepted", [
    { birthDate: "1950-01-01", citizenship: "EG" },
    { birthDate: "1990-06-01", citizenship: "IT" },
    { birthDate: "2015-01-01", citizenship: "it" },
  ]);
  await createDeclaration(fixtures, campaign.id, "accepted", [{ birthDate: "1980-01-01", citizenship: "IT" }]);
  await createDeclaration(fixtures, campaign.id, "submitted", [{ birthDate: "2000-01-01", citizenship: "MA" }]);

  after = await loadTicketKpis(both, period, now);
});

afterAll(async () => {
  await removeDashboardFixtures(fixtures);
});

describe("ticket KPIs", () => {
  it("count open tickets by state", () => {
    const sii = divisionKpis(after, "sii").openByState;
    const siiBefore = divisionKpis(before, "sii").openByState;
    const casa = divisionKpis(after, "casa").openByState;
    const casaBefore = divisionKpis(before, "casa").openByState;

    expect(sii.new - siiBefore.new).toBe(1);
    expect(sii.inProgress - siiBefore.inProgress).toBe(1);
    expect(sii.waitingForCustomer - siiBefore.waitingForCustomer).toBe(1);
    expect(sii.reopened - siiBefore.reopened).toBe(0);
    expect(casa.reopened - casaBefore.reopened).toBe(1);
    expect(casa.new - casaBefore.new).toBe(0);
  });

  it("count tickets opened and resolved in the period", () => {
    expect(divisionKpis(after, "sii").openedInPeriod).toBe(4);
    expect(divisionKpis(after, "sii").resolvedInPeriod).toBe(1);
    expect(divisionKpis(after, "casa").openedInPeriod).toBe(2);
    expect(divisionKpis(after, "casa").resolvedInPeriod).toBe(1);
  });

  it("count running clocks past due", () => {
    expect(divisionKpis(after, "sii").overdue - divisionKpis(before, "sii").overdue).toBe(1);
    expect(divisionKpis(after, "casa").overdue - divisionKpis(before, "casa").overdue).toBe(1);
  });

  it("average the first public reply", () => {
    const sii = divisionKpis(after, "sii");

    expect(sii.firstReplyAverageHours).toBe(15);
    expect(sii.firstReplyCount).toBe(2);
    expect(divisionKpis(after, "casa").firstReplyAverageHours).toBeNull();
  });

  it("split the channels", () => {
    expect(divisionKpis(after, "sii").channels).toEqual([
      { channel: "onlineCounter", count: 2 },
      { channel: "callCenter", count: 1 },
      { channel: "pec", count: 1 },
    ]);
    expect(divisionKpis(after, "casa").channels).toEqual([
      // Equal counts follow the order of the Channel enum.
      { channel: "virtualCounter", count: 1 },
      { channel: "caretaker", count: 1 },
    ]);
  });

  it("measure compliance per standard", () => {
    expect(after.compliance).toEqual([
      { division: "sii", code: siiStandardCode, name: "Risposta di prova SII", stopped: 2, met: 1 },
      { division: "casa", code: casaStandardCode, name: "Risposta di prova Casa", stopped: 1, met: 1 },
    ]);
  });

  it("total indemnities by level", () => {
    expect(after.indemnities).toEqual([
      { division: "sii", level: "base", count: 2, totalCents: 6000, exempt: 0 },
      { division: "sii", level: "doubled", count: 1, totalCents: 6000, exempt: 0 },
      { division: "sii", level: "tripled", count: 0, totalCents: 0, exempt: 1 },
      { division: "casa", level: "base", count: 1, totalCents: 3000, exempt: 0 },
      { division: "casa", level: "doubled", count: 0, totalCents: 0, exempt: 0 },
      { division: "casa", level: "tripled", count: 0, totalCents: 0, exempt: 0 },
    ]);
  });

  it("leave out other divisions", async () => {
    const sii = await loadTicketKpis(["sii"], period, now);

    expect(sii.divisions.map((row) => row.division)).toEqual(["sii"]);
    expect(sii.compliance.map((row) => row.division)).toEqual(["sii"]);
    expect(sii.indemnities.every((row) => row.division === "sii")).toBe(true);
  });
});

describe("satisfaction overview", () => {
  it("summarise ratings per division", async () => {
    const overview = await loadSatisfactionOverview(both, period, "it");

    expect(overview.divisions).toEqual([
      { division: "sii", count: 3, sum: 10, byScore: { 1: 1, 2: 0, 3: 0, 4: 1, 5: 1 } },
      { division: "casa", count: 2, sum: 6, byScore: { 1: 0, 2: 1, 3: 0, 4: 1, 5: 0 } },
    ]);
  });

  it("summarise ratings per category", async () => {
    const overview = await loadSatisfactionOverview(both, period, "en");

    expect(overview.categories.map(({ division, label, count, sum }) => ({ division, label, count, sum }))).toEqual([
      // Divisions in the order of the Division enum, then the lowest average first.
      { division: "sii", label: "Informazioni di prova (en)", count: 1, sum: 1 },
      { division: "sii", label: "Reclamo di prova (en)", count: 2, sum: 9 },
      { division: "casa", label: "Manutenzione di prova (en)", count: 1, sum: 2 },
    ]);
  });

  it("list the latest comments with protocols", async () => {
    const overview = await loadSatisfactionOverview(both, period, "it");

    expect(overview.comments.map(({ protocol, score, text }) => ({ protocol, score, text }))).toEqual([
      { protocol: protocols.c2, score: 2, text: "Lento" },
      { protocol: protocols.t6, score: 1, text: "Nessuna risposta" },
      { protocol: protocols.t3, score: 5, text: "Ottimo servizio" },
    ]);
  });

  it("leave out other divisions", async () => {
    const overview = await loadSatisfactionOverview(["sii"], period, "it");

    expect(overview.divisions.map((row) => row.division)).toEqual(["sii"]);
    expect(overview.categories.every((row) => row.division === "sii")).toBe(true);
    expect(overview.comments.map((row) => row.protocol)).toEqual([protocols.t6, protocols.t3]);
  });
});

describe("census overview", () => {
  it("aggregate accepted declarations", async () => {
    const overview = await loadCensusOverview(both, now);

    expect(overview?.campaign.name).toBe("Anagrafe cruscotto");
    expect(overview?.aggregates.ageBands).toEqual([
      { band: "under30", count: 1 },
      { band: "from30to44", count: 0 },
      { band: "from45to65", count: 2 },
      { band: "from66", count: 1 },
    ]);
    expect(overview?.aggregates.nationalities).toEqual([
      { country: "IT", count: 3 },
      { country: "EG", count: 1 },
    ]);
    expect(overview?.aggregates.householdSizes).toEqual([
      { size: 1, count: 1 },
      { size: 3, count: 1 },
    ]);
    expect(overview?.aggregates.declarations).toBe(2);
  });

  it("stay hidden without Casa", async () => {
    expect(await loadCensusOverview(["sii"], now)).toBeNull();
  });
});

describe("dashboard access", () => {
  const user = (roles: SessionUser["roles"]): SessionUser => ({ id: "00000000-0000-4000-8000-000000000001", displayName: "Prova", roles });

  it.each([["tenant"], ["holder"], ["siiOperator"], ["casaOperator"], ["cafOperator"]] as const)("forbids %s", async (role) => {
    session.user = user([role]);

    await expect(loadDashboard(periodParams, "it", now)).rejects.toThrow("forbidden");
  });

  it("redirects anonymous users to sign-in", async () => {
    session.user = null;

    await expect(loadDashboard(periodParams, "it", now)).rejects.toThrow(/^redirect:/);
  });

  it("shows a supervisor both divisions", async () => {
    session.user = user(["supervisor"]);
    const dashboard = await loadDashboard(periodParams, "it", now);

    expect(dashboard.divisions).toEqual(["sii", "casa"]);
    expect(dashboard.period.from).toBe("2041-05-01");
    expect(divisionKpis(dashboard.tickets, "sii").openedInPeriod).toBe(4);
    expect(dashboard.satisfaction.divisions).toHaveLength(2);
    expect(dashboard.census?.aggregates.declarations).toBe(2);
  });
});
