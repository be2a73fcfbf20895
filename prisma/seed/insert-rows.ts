import type { PrismaClient } from "@/lib/generated/prisma/client";

import type { SeedRows } from "./seed-rows";

/*
 * PostgreSQL accepts at most 65,535 bind parameters per statement, and 1,000 rows of up to 30
 * columns stay well below it.
 */
const batchSize = 1000;

async function inBatches<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += batchSize) {
    await insert(rows.slice(start, start + batchSize));
  }
}

/** Inserts every row in foreign-key order with createMany. */
export async function insertRows(prisma: PrismaClient, rows: SeedRows): Promise<void> {
  await inBatches(rows.addresses, (data) => prisma.address.createMany({ data }));
  await inBatches(rows.cafOffices, (data) => prisma.cafOffice.createMany({ data }));
  await inBatches(rows.persons, (data) => prisma.person.createMany({ data }));
  await inBatches(rows.users, (data) => prisma.user.createMany({ data }));

  await inBatches(rows.calendars, (data) => prisma.businessCalendar.createMany({ data }));
  await inBatches(rows.calendarHolidays, (data) => prisma.calendarHoliday.createMany({ data }));
  await inBatches(rows.calendarClosures, (data) => prisma.calendarClosure.createMany({ data }));
  await inBatches(rows.serviceStandards, (data) => prisma.serviceStandard.createMany({ data }));
  await inBatches(rows.bonusConfigurations, (data) => prisma.bonusConfiguration.createMany({ data }));
  await inBatches(rows.tariffs, (data) => prisma.tariff.createMany({ data }));
  await inBatches(rows.tariffRates, (data) => prisma.tariffRate.createMany({ data }));
  await inBatches(rows.ticketCategories, (data) => prisma.ticketCategory.createMany({ data }));
  await inBatches(rows.teams, (data) => prisma.team.createMany({ data }));
  await inBatches(rows.teamMembers, (data) => prisma.teamMember.createMany({ data }));
  await inBatches(rows.counterServices, (data) => prisma.counterService.createMany({ data }));
  await inBatches(rows.offices, (data) => prisma.office.createMany({ data }));
  await inBatches(rows.openingHours, (data) => prisma.officeOpeningHours.createMany({ data }));
  await inBatches(rows.officeServices, (data) => prisma.officeService.createMany({ data }));
  await inBatches(rows.desks, (data) => prisma.desk.createMany({ data }));

  await inBatches(rows.buildings, (data) => prisma.building.createMany({ data }));
  await inBatches(rows.staircases, (data) => prisma.staircase.createMany({ data }));
  await inBatches(rows.dwellings, (data) => prisma.dwelling.createMany({ data }));
  await inBatches(rows.caretakerAssignments, (data) => prisma.caretakerAssignment.createMany({ data }));
  await inBatches(rows.households, (data) => prisma.household.createMany({ data }));
  await inBatches(rows.householdMembers, (data) => prisma.householdMember.createMany({ data }));
  await inBatches(rows.tenancies, (data) => prisma.tenancy.createMany({ data }));
  await inBatches(rows.rentCharges, (data) => prisma.rentCharge.createMany({ data }));
  await inBatches(rows.rentChargeLines, (data) => prisma.rentChargeLine.createMany({ data }));

  await inBatches(rows.supplies, (data) => prisma.supply.createMany({ data }));
  await inBatches(rows.mandates, (data) => prisma.condoAdminMandate.createMany({ data }));
  await inBatches(rows.meters, (data) => prisma.meter.createMany({ data }));
  await inBatches(rows.readings, (data) => prisma.meterReading.createMany({ data }));

  await inBatches(rows.bonusBatches, (data) => prisma.waterBonusBatch.createMany({ data }));
  await inBatches(rows.bonusApplications, (data) => prisma.waterBonusApplication.createMany({ data }));
  await inBatches(rows.bonusMembers, (data) => prisma.waterBonusMember.createMany({ data }));
  await inBatches(rows.bonusChecks, (data) => prisma.waterBonusCheck.createMany({ data }));
  await inBatches(rows.bonusPaymentOrders, (data) => prisma.waterBonusPaymentOrder.createMany({ data }));

  await inBatches(rows.bills, (data) => prisma.bill.createMany({ data }));
  await inBatches(rows.payments, (data) => prisma.payment.createMany({ data }));

  await inBatches(rows.tickets, (data) => prisma.ticket.createMany({ data }));
  await inBatches(rows.ticketEvents, (data) => prisma.ticketEvent.createMany({ data }));
  await inBatches(rows.serviceClocks, (data) => prisma.serviceClock.createMany({ data }));
  await inBatches(rows.indemnities, (data) => prisma.indemnity.createMany({ data }));
  // Bill lines come after the indemnities, because an indemnity credit line refers to its indemnity.
  await inBatches(rows.billLines, (data) => prisma.billLine.createMany({ data }));
  await inBatches(rows.censusCampaigns, (data) => prisma.censusCampaign.createMany({ data }));
  await inBatches(rows.censusDeclarations, (data) => prisma.censusDeclaration.createMany({ data }));
  await inBatches(rows.satisfactionSurveys, (data) => prisma.satisfactionSurvey.createMany({ data }));
  await inBatches(rows.surveyQuestions, (data) => prisma.surveyQuestion.createMany({ data }));
  await inBatches(rows.surveyResponses, (data) => prisma.surveyResponse.createMany({ data }));
  await inBatches(rows.surveyAnswers, (data) => prisma.surveyAnswer.createMany({ data }));
  await inBatches(rows.appointments, (data) => prisma.appointment.createMany({ data }));
  await inBatches(rows.protocolCounters, (data) => prisma.protocolCounter.createMany({ data }));
  await inBatches(rows.storedFiles, (data) => prisma.storedFile.createMany({ data }));
  await inBatches(rows.practices, (data) => prisma.practice.createMany({ data }));
  await inBatches(rows.practiceDocuments, (data) => prisma.practiceDocument.createMany({ data }));
  await inBatches(rows.auditLogs, (data) => prisma.auditLog.createMany({ data }));
}
