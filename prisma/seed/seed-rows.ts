import type { Prisma } from "@/lib/generated/prisma/client";

import { SeededRandom } from "./random";

/** Every row the seed inserts, built in memory first so relations can use ids before anything is written. */
export type SeedRows = {
  addresses: Prisma.AddressCreateManyInput[];
  cafOffices: Prisma.CafOfficeCreateManyInput[];
  persons: Prisma.PersonCreateManyInput[];
  users: Prisma.UserCreateManyInput[];
  calendars: Prisma.BusinessCalendarCreateManyInput[];
  calendarHolidays: Prisma.CalendarHolidayCreateManyInput[];
  calendarClosures: Prisma.CalendarClosureCreateManyInput[];
  serviceStandards: Prisma.ServiceStandardCreateManyInput[];
  bonusConfigurations: Prisma.BonusConfigurationCreateManyInput[];
  tariffs: Prisma.TariffCreateManyInput[];
  tariffRates: Prisma.TariffRateCreateManyInput[];
  ticketCategories: Prisma.TicketCategoryCreateManyInput[];
  teams: Prisma.TeamCreateManyInput[];
  teamMembers: Prisma.TeamMemberCreateManyInput[];
  counterServices: Prisma.CounterServiceCreateManyInput[];
  offices: Prisma.OfficeCreateManyInput[];
  openingHours: Prisma.OfficeOpeningHoursCreateManyInput[];
  officeServices: Prisma.OfficeServiceCreateManyInput[];
  desks: Prisma.DeskCreateManyInput[];
  buildings: Prisma.BuildingCreateManyInput[];
  staircases: Prisma.StaircaseCreateManyInput[];
  dwellings: Prisma.DwellingCreateManyInput[];
  caretakerAssignments: Prisma.CaretakerAssignmentCreateManyInput[];
  households: Prisma.HouseholdCreateManyInput[];
  householdMembers: Prisma.HouseholdMemberCreateManyInput[];
  tenancies: Prisma.TenancyCreateManyInput[];
  rentCharges: Prisma.RentChargeCreateManyInput[];
  rentChargeLines: Prisma.RentChargeLineCreateManyInput[];
  supplies: Prisma.SupplyCreateManyInput[];
  mandates: Prisma.CondoAdminMandateCreateManyInput[];
  meters: Prisma.MeterCreateManyInput[];
  readings: Prisma.MeterReadingCreateManyInput[];
  bonusBatches: Prisma.WaterBonusBatchCreateManyInput[];
  bonusApplications: Prisma.WaterBonusApplicationCreateManyInput[];
  bonusMembers: Prisma.WaterBonusMemberCreateManyInput[];
  bonusChecks: Prisma.WaterBonusCheckCreateManyInput[];
  bonusPaymentOrders: Prisma.WaterBonusPaymentOrderCreateManyInput[];
  bills: Prisma.BillCreateManyInput[];
  billLines: Prisma.BillLineCreateManyInput[];
  payments: Prisma.PaymentCreateManyInput[];
  tickets: Prisma.TicketCreateManyInput[];
  ticketEvents: Prisma.TicketEventCreateManyInput[];
  serviceClocks: Prisma.ServiceClockCreateManyInput[];
  indemnities: Prisma.IndemnityCreateManyInput[];
  censusCampaigns: Prisma.CensusCampaignCreateManyInput[];
  censusDeclarations: Prisma.CensusDeclarationCreateManyInput[];
  satisfactionSurveys: Prisma.SatisfactionSurveyCreateManyInput[];
  surveyQuestions: Prisma.SurveyQuestionCreateManyInput[];
  surveyResponses: Prisma.SurveyResponseCreateManyInput[];
  surveyAnswers: Prisma.SurveyAnswerCreateManyInput[];
  appointments: Prisma.AppointmentCreateManyInput[];
  protocolCounters: Prisma.ProtocolCounterCreateManyInput[];
  storedFiles: Prisma.StoredFileCreateManyInput[];
  practices: Prisma.PracticeCreateManyInput[];
  practiceDocuments: Prisma.PracticeDocumentCreateManyInput[];
  auditLogs: Prisma.AuditLogCreateManyInput[];
};

/** State shared by the seed's builders: the generator and the rows built so far. */
export type SeedContext = {
  random: SeededRandom;
  rows: SeedRows;
  /** Next value of each numeric sequence (bill numbers, pagoPA IUVs, supply codes ...). */
  sequences: Map<string, number>;
};

export function createSeedContext(seed: number): SeedContext {
  const rows: SeedRows = {
    addresses: [],
    cafOffices: [],
    persons: [],
    users: [],
    calendars: [],
    calendarHolidays: [],
    calendarClosures: [],
    serviceStandards: [],
    bonusConfigurations: [],
    tariffs: [],
    tariffRates: [],
    ticketCategories: [],
    teams: [],
    teamMembers: [],
    counterServices: [],
    offices: [],
    openingHours: [],
    officeServices: [],
    desks: [],
    buildings: [],
    staircases: [],
    dwellings: [],
    caretakerAssignments: [],
    households: [],
    householdMembers: [],
    tenancies: [],
    rentCharges: [],
    rentChargeLines: [],
    supplies: [],
    mandates: [],
    meters: [],
    readings: [],
    bonusBatches: [],
    bonusApplications: [],
    bonusMembers: [],
    bonusChecks: [],
    bonusPaymentOrders: [],
    bills: [],
    billLines: [],
    payments: [],
    tickets: [],
    ticketEvents: [],
    serviceClocks: [],
    indemnities: [],
    censusCampaigns: [],
    censusDeclarations: [],
    satisfactionSurveys: [],
    surveyQuestions: [],
    surveyResponses: [],
    surveyAnswers: [],
    appointments: [],
    protocolCounters: [],
    storedFiles: [],
    practices: [],
    practiceDocuments: [],
    auditLogs: [],
  };
  return { random: new SeededRandom(seed), rows, sequences: new Map() };
}

/** Returns the next value of a named sequence, starting at `start`. */
export function nextInSequence(context: SeedContext, name: string, start = 1): number {
  const value = context.sequences.get(name) ?? start;
  context.sequences.set(name, value + 1);
  return value;
}
