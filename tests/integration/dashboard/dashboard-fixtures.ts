import { randomUUID } from "node:crypto";

import type { Division } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { Channel, IndemnityLevel, IndemnityState, TicketState } from "@/lib/generated/prisma/client";

/** Rows one test file creates, removed by `removeDashboardFixtures` in dependency order. */
export type DashboardFixtures = {
  ticketIds: string[];
  categoryIds: string[];
  standardIds: string[];
  surveyIds: string[];
  campaignIds: string[];
  tenancyIds: string[];
  householdIds: string[];
  dwellingIds: string[];
  buildingIds: string[];
  addressIds: string[];
  personIds: string[];
};

export function newDashboardFixtures(): DashboardFixtures {
  return { ticketIds: [], categoryIds: [], standardIds: [], surveyIds: [], campaignIds: [], tenancyIds: [], householdIds: [], dwellingIds: [], buildingIds: [], addressIds: [], personIds: [] };
}

export async function removeDashboardFixtures(fixtures: DashboardFixtures): Promise<void> {
  const prisma = db();
  await prisma.censusDeclaration.deleteMany({ where: { campaignId: { in: fixtures.campaignIds } } });
  await prisma.censusCampaign.deleteMany({ where: { id: { in: fixtures.campaignIds } } });
  await prisma.tenancy.deleteMany({ where: { id: { in: fixtures.tenancyIds } } });
  await prisma.household.deleteMany({ where: { id: { in: fixtures.householdIds } } });
  await prisma.dwelling.deleteMany({ where: { id: { in: fixtures.dwellingIds } } });
  await prisma.building.deleteMany({ where: { id: { in: fixtures.buildingIds } } });
  await prisma.satisfactionSurvey.deleteMany({ where: { id: { in: fixtures.surveyIds } } });
  await prisma.indemnity.deleteMany({ where: { serviceStandardId: { in: fixtures.standardIds } } });
  await prisma.ticket.deleteMany({ where: { id: { in: fixtures.ticketIds } } });
  await prisma.serviceStandard.deleteMany({ where: { id: { in: fixtures.standardIds } } });
  await prisma.ticketCategory.deleteMany({ where: { id: { in: fixtures.categoryIds } } });
  await prisma.person.deleteMany({ where: { id: { in: fixtures.personIds } } });
  await prisma.address.deleteMany({ where: { id: { in: fixtures.addressIds } } });
}

export async function createCategory(fixtures: DashboardFixtures, division: Division, label: string): Promise<{ id: string; code: string }> {
  const code = `dash-${randomUUID().slice(0, 8)}`;
  const category = await db().ticketCategory.create({
    data: { division, code, nature: "administrative", labelIt: label, labelEn: `${label} (en)`, labelAr: `${label} (ar)` },
    select: { id: true },
  });
  fixtures.categoryIds.push(category.id);
  return { id: category.id, code };
}

export async function createStandard(fixtures: DashboardFixtures, division: Division, name: string): Promise<{ id: string; code: string }> {
  const code = `dash-${randomUUID().slice(0, 8)}`;
  const standard = await db().serviceStandard.create({
    data: { code, division, kind: "specific", name, limitValue: 30, unit: "workingDays", startEvent: "requestReceived", stopEvent: "replySent", indemnityCents: 3000, source: "test", effectiveFrom: new Date("2040-01-01") },
    select: { id: true },
  });
  fixtures.standardIds.push(standard.id);
  return { id: standard.id, code };
}

type TicketInput = { division: Division; categoryId: string; state: TicketState; channel: Channel; openedAt: Date; resolvedAt?: Date; firstReplyAt?: Date };

let sequence = 0;

export async function createTicket(fixtures: DashboardFixtures, input: TicketInput): Promise<{ id: string; protocol: string }> {
  sequence += 1;
  const protocolSequence = Math.floor(Math.random() * 900_000) * 10 + (sequence % 10);
  const protocol = `DASH-${input.division}-${randomUUID().slice(0, 12)}`;
  const ticket = await db().ticket.create({
    data: {
      protocol,
      division: input.division,
      protocolYear: 2041,
      protocolSequence,
      nature: "administrative",
      categoryId: input.categoryId,
      channel: input.channel,
      state: input.state,
      subject: "Prova cruscotto",
      description: "Segnalazione di prova per il cruscotto",
      openedAt: input.openedAt,
      resolvedAt: input.resolvedAt ?? null,
    },
    select: { id: true },
  });
  fixtures.ticketIds.push(ticket.id);

  if (input.firstReplyAt) {
    await db().ticketEvent.create({ data: { ticketId: ticket.id, kind: "publicReply", visibility: "public", body: "Risposta", createdAt: input.firstReplyAt } });
    // A later reply must not change the first-reply time.
    await db().ticketEvent.create({ data: { ticketId: ticket.id, kind: "publicReply", visibility: "public", body: "Seconda risposta", createdAt: new Date(input.firstReplyAt.getTime() + 48 * 3600_000) } });
  }

  return { id: ticket.id, protocol };
}

type ClockInput = { ticketId: string; standardId: string; state: "running" | "stopped"; dueAt: Date; stoppedAt?: Date; metStandard?: boolean };

export async function createClock(input: ClockInput): Promise<string> {
  const clock = await db().serviceClock.create({
    data: {
      ticketId: input.ticketId,
      serviceStandardId: input.standardId,
      state: input.state,
      startedAt: new Date(input.dueAt.getTime() - 30 * 86_400_000),
      dueAt: input.dueAt,
      stoppedAt: input.stoppedAt ?? null,
      metStandard: input.metStandard ?? null,
    },
    select: { id: true },
  });
  return clock.id;
}

export async function createIndemnity(standardId: string, level: IndemnityLevel, amountCents: number, createdAt: Date, state: IndemnityState = "due"): Promise<void> {
  await db().indemnity.create({
    data: { serviceStandardId: standardId, level, amountCents, state, createdAt, ...(state === "exempt" ? { exemptionReason: "forceMajeure" as const, exemptionNote: "Prova" } : {}) },
  });
}

/** Creates a survey with a 1-5 rating question and a comment question. */
export async function createSurvey(fixtures: DashboardFixtures, division: Division | null): Promise<{ id: string; ratingId: string; commentId: string }> {
  const survey = await db().satisfactionSurvey.create({
    data: {
      code: `dash-${randomUUID()}`,
      division,
      title: "Sondaggio di prova",
      opensOn: new Date("2041-01-01"),
      questions: {
        create: [
          { position: 1, kind: "rating", textIt: "Voto", textEn: "Score", textAr: "Score" },
          { position: 2, kind: "text", required: false, textIt: "Commento", textEn: "Comment", textAr: "Comment" },
        ],
      },
    },
    select: { id: true, questions: { select: { id: true, kind: true } } },
  });
  fixtures.surveyIds.push(survey.id);

  const ratingId = survey.questions.find((question) => question.kind === "rating")!.id;
  const commentId = survey.questions.find((question) => question.kind === "text")!.id;
  return { id: survey.id, ratingId, commentId };
}

type RatingInput = { survey: { id: string; ratingId: string; commentId: string }; ticketId?: string; score: number; comment?: string; submittedAt: Date };

export async function createRating(input: RatingInput): Promise<void> {
  await db().surveyResponse.create({
    data: {
      surveyId: input.survey.id,
      ticketId: input.ticketId ?? null,
      channel: "onlineCounter",
      submittedAt: input.submittedAt,
      answers: {
        create: [{ questionId: input.survey.ratingId, ratingValue: input.score }, ...(input.comment === undefined ? [] : [{ questionId: input.survey.commentId, textValue: input.comment }])],
      },
    },
  });
}

type MemberPayload = { birthDate: string; citizenship: string };

/** Creates a household and its declaration in the campaign, with the members in the payload. */
export async function createDeclaration(fixtures: DashboardFixtures, campaignId: string, state: "accepted" | "submitted", members: MemberPayload[]): Promise<void> {
  const prisma = db();
  const address = await prisma.address.create({ data: { street: "Via Cruscotto", houseNumber: String(fixtures.addressIds.length + 1), postalCode: "20146" }, select: { id: true } });
  fixtures.addressIds.push(address.id);
  const building = await prisma.building.create({ data: { code: `DASH-${randomUUID()}`, addressId: address.id }, select: { id: true } });
  fixtures.buildingIds.push(building.id);
  const dwelling = await prisma.dwelling.create({ data: { code: `DASH-${randomUUID()}`, buildingId: building.id, floor: 1, unit: "1", rentalValueYearlyCents: 400_000, state: "occupied" }, select: { id: true } });
  fixtures.dwellingIds.push(dwelling.id);
  const person = await prisma.person.create({ data: { kind: "natural", fiscalCode: `DSH${randomUUID().replaceAll("-", "").slice(0, 13).toUpperCase()}`, givenName: "Prova", familyName: "Cruscotto" }, select: { id: true } });
  fixtures.personIds.push(person.id);
  const household = await prisma.household.create({ data: { code: `DASH-${randomUUID()}` }, select: { id: true } });
  fixtures.householdIds.push(household.id);
  const tenancy = await prisma.tenancy.create({
    data: { contractCode: `DASH-${randomUUID()}`, dwellingId: dwelling.id, householdId: household.id, holderId: person.id, startsOn: new Date("2030-01-01"), rentArea: "permanence", monthlyRentCents: 20_000 },
    select: { id: true },
  });
  fixtures.tenancyIds.push(tenancy.id);

  await prisma.censusDeclaration.create({ data: { campaignId, tenancyId: tenancy.id, householdId: household.id, state, memberCount: members.length, payload: { members } } });
}
