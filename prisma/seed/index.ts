import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";

import { buildStaffAccounts, buildTeams, demoPassword } from "./accounts";
import { addAddress } from "./addresses";
import { buildBills, creditSeededIndemnities, recordBillingCounters } from "./billing";
import { buildBonusApplications, type BonusHousehold } from "./bonus";
import { buildBillClarificationCategory, buildBonusConfiguration, buildCounterServices, buildTicketCategories } from "./catalogs";
import { buildCharter } from "./charter";
import { seedReferenceDate } from "./dates";
import { assignCaretakers, buildHousing } from "./housing";
import { insertRows } from "./insert-rows";
import { buildOffices } from "./offices";
import { buildAppointments, type AppointmentRequest } from "./appointments";
import { buildCensus } from "./census";
import { buildKnownCustomers, type KnownCustomers } from "./known-customers";
import { buildSatisfaction } from "./satisfaction";
import { buildTickets } from "./tickets";
import { buildTenantArea } from "./tenant-area";
import { buildPractices } from "./practices";
import { addLegalPerson, newNumericFiscalCode, personSummary, type PersonSummary } from "./people";
import { createSeedContext, type SeedRows } from "./seed-rows";
import { buildTariffs } from "./tariff";
import { buildReadings, type SeededSupply, type SupplyHistory } from "./water";
import { buildBusinessSupplies, buildCondominiums, buildDomesticSupplies, buildErpBuildingSupplies } from "./water-customers";

export { demoPassword, seedReferenceDate };
export type { SeedRows };

/** Rows written per table, returned so callers can log or assert them. */
export type SeedSummary = Record<
  | "persons"
  | "users"
  | "addresses"
  | "supplies"
  | "meters"
  | "readings"
  | "bills"
  | "billLines"
  | "payments"
  | "buildings"
  | "dwellings"
  | "tenancies"
  | "rentCharges"
  | "offices"
  | "serviceStandards"
  | "ticketCategories"
  | "bonusApplications"
  | "tickets"
  | "indemnities"
  | "appointments",
  number
>;

/** Seed of the pseudo-random generator. Changing it changes every generated row. */
const randomSeed = 20_261_120;

/** Codice fiscale of the Comune di Milano, owner of the ERP buildings and holder of their water supplies. */
const comuneDiMilanoFiscalCode = "01199250158";

/** Appointments of the demo customers: upcoming ones to show, and past ones in each final state. */
function demoAppointments(known: KnownCustomers, userIdsByPersonId: Map<string, string>): AppointmentRequest[] {
  const rossiId = known.rossiSupply.holderId;
  const tenantId = known.tenantTenancy.holder.id;
  const tenantHolderId = known.tenantHolderTenancy.holder.id;

  return [
    { officeCode: "SII-SPORTELLO-CLIENTI", serviceCode: "siiBills", personId: rossiId, bookedById: userIdsByPersonId.get(rossiId) ?? null, dayOffset: 4, hour: 10, minute: 0, state: "booked" },
    { officeCode: "SII-SPORTELLO-CLIENTI", serviceCode: "siiReadings", personId: rossiId, bookedById: null, dayOffset: -30, hour: 9, minute: 30, state: "completed" },
    { officeCode: "CASA-SEDE-OVEST", serviceCode: "casaRent", personId: tenantId, bookedById: userIdsByPersonId.get(tenantId) ?? null, dayOffset: 5, hour: 9, minute: 15, state: "booked" },
    { officeCode: "CASA-SPORTELLO-SAN-SIRO", serviceCode: "casaCensus", personId: tenantHolderId, bookedById: userIdsByPersonId.get(tenantHolderId) ?? null, dayOffset: -8, hour: 9, minute: 30, state: "cancelled" },
  ];
}

/**
 * Builds every demo row in memory, without touching a database. The same password hash gives
 * the same rows on every call.
 */
export function buildSeedRows(passwordHash: string): SeedRows {
  const context = createSeedContext(randomSeed);
  const { rows, random } = context;

  // Configuration and catalogs.
  const charter = buildCharter(context);
  buildBonusConfiguration(context);
  const tariffs = buildTariffs(context);
  const categoryIds = buildTicketCategories(context);
  const counterServiceIds = buildCounterServices(context);
  const officeIds = buildOffices(context, charter.officesCalendarId, counterServiceIds);

  // Organizations.
  const cityHall = addAddress(context, { street: "Piazza della Scala", houseNumber: 2 });
  const comune = addLegalPerson(context, { kind: "company", legalName: "Comune di Milano", fiscalCode: comuneDiMilanoFiscalCode, addressId: cityHall.id });
  const cafAddress = addAddress(context, { street: "Via Torino", houseNumber: 40 });
  const cafOfficeId = random.uuid();
  rows.cafOffices.push({
    id: cafOfficeId,
    code: "CAF-DEMO-CENTRO",
    name: "CAF Milano Centro (dato dimostrativo)",
    fiscalCode: newNumericFiscalCode(context, "company"),
    addressId: cafAddress.id,
    email: "caf.centro@sportello-mm.test",
  });

  // Staff accounts first: mandates, readings and bonus decisions refer to them.
  const staff = buildStaffAccounts(context, passwordHash, cafOfficeId);
  const teamIds = buildTeams(context, staff);

  // Public housing.
  const housing = buildHousing(context);
  assignCaretakers(context, staff.caretakerIds, housing.buildings);

  // Water customers.
  const domestic = buildDomesticSupplies(context, { resident: 140, nonResident: 25 });
  const business = buildBusinessSupplies(context, 18);
  const admins = buildCondominiums(context, 6, 4, staff.siiOperatorId);
  const erpSupplies = buildErpBuildingSupplies(context, housing.buildings, comune.id);

  const known = buildKnownCustomers(context, { housing, condoAdminPersonId: admins[0]!.personId, passwordHash });

  // Readings for every supply with a meter.
  const allSupplies: SeededSupply[] = [
    ...domestic,
    ...business,
    ...admins.flatMap((admin) => admin.allSupplies),
    ...erpSupplies,
    ...known.supplies,
  ];
  const histories = new Map<string, SupplyHistory>();
  for (const supply of allSupplies) {
    histories.set(supply.id, buildReadings(context, supply, staff.siiOperatorId));
  }

  // Social water bonus, then bills with the bonus credits.
  const householdOf = (supply: SeededSupply, memberCount: number, otherMembers?: PersonSummary[]): BonusHousehold => ({
    supply,
    holder: personSummary(context, supply.holderId),
    memberCount,
    otherMembers,
  });
  const activeResident = domestic.filter((supply) => supply.useType === "domesticResident" && supply.state === "active");
  const tenantHolderMembers = rows.householdMembers
    .filter((member) => member.householdId === known.tenantHolderTenancy.householdId && member.relationship !== "holder")
    .map((member) => personSummary(context, member.personId));
  const indirectTenancies = housing.tenancies.filter((tenancy) => tenancy.buildingIndex === 2).slice(0, 2);

  const bonusPeriods = buildBonusApplications(context, {
    directHouseholds: [
      householdOf(known.tenantHolderSupply, known.tenantHolderTenancy.memberCount, tenantHolderMembers),
      ...activeResident.slice(0, 7).map((supply) => householdOf(supply, supply.residentCount ?? 3)),
    ],
    indirectHouseholds: indirectTenancies.map((tenancy) => ({
      supply: erpSupplies[2]!,
      holder: personSummary(context, tenancy.holder.id),
      memberCount: tenancy.memberCount,
    })),
    nonResidentHousehold: householdOf(domestic.find((supply) => supply.useType === "domesticNonResident" && supply.state === "active")!, 2),
    cafHouseholds: activeResident.slice(7, 13).map((supply) => householdOf(supply, supply.residentCount ?? 3)),
    cafOfficeId,
    cafOperatorId: staff.cafOperatorId,
    deciderId: staff.siiOperatorId,
    importerId: staff.adminId,
  });

  for (const row of rows.supplies) {
    // Bonus holders' domestic supplies cannot be disconnected for arrears.
    if (row.id && bonusPeriods.has(row.id)) row.disconnectionExempt = true;
  }

  for (const supply of allSupplies) {
    const history = histories.get(supply.id);
    const tariff = tariffs.get(supply.useType);
    if (history && tariff) buildBills(context, history, tariff, bonusPeriods.get(supply.id) ?? null);
  }

  // Tickets, the tenant census and counter appointments.
  const userIdsByPersonId = new Map(rows.users.filter((user) => user.personId).map((user) => [user.personId!, user.id!]));
  buildTickets(context, {
    categoryIds,
    teamIds,
    staff,
    siiSupplies: [...domestic, ...business].filter((supply) => supply.state === "active"),
    tenancies: housing.tenancies,
    userIdsByPersonId,
    demo: {
      holderSupply: known.rossiSupply,
      tenantTenancy: known.tenantTenancy,
      tenantHolderTenancy: known.tenantHolderTenancy,
      tenantHolderSupply: known.tenantHolderSupply,
    },
  });
  // Indemnities of the late tickets go on the next bill of their supply.
  creditSeededIndemnities(context);
  buildCensus(context, housing.tenancies, staff.casaOperatorId, [known.tenantTenancy.id, known.tenantHolderTenancy.id]);
  buildSatisfaction(context);
  buildAppointments(context, demoAppointments(known, userIdsByPersonId), officeIds, counterServiceIds, housing.tenancies);

  buildTenantArea(context, officeIds, known.tenantTenancy.id);
  buildPractices(context, { domesticSupplies: domestic, demoHolderSupply: known.rossiSupply, demoAdminSupply: { ...admins[0]!.supplies[0]!, adminPersonId: admins[0]!.personId }, siiOperatorId: staff.siiOperatorId });

  recordBillingCounters(context);
  buildBillClarificationCategory(context);
  // Protocol counters continue after the self-reading protocols the seed used.
  for (const [name, next] of context.sequences) {
    const match = /^reading:(\d{4})$/.exec(name);
    if (match) rows.protocolCounters.push({ scope: "reading", year: Number(match[1]), lastValue: next - 1 });
  }

  return rows;
}

/**
 * Fills an empty, migrated database with deterministic demo data: people, water supplies with
 * 24 months of readings and bills, ERP housing, offices, charter configuration and one account
 * per role. Every account's password is `demoPassword`. Only the password hash differs between
 * runs, because argon2 draws a random salt.
 */
export async function seedDatabase(prisma: PrismaClient): Promise<SeedSummary> {
  const rows = buildSeedRows(await hashPassword(demoPassword));
  await insertRows(prisma, rows);

  return {
    persons: rows.persons.length,
    users: rows.users.length,
    addresses: rows.addresses.length,
    supplies: rows.supplies.length,
    meters: rows.meters.length,
    readings: rows.readings.length,
    bills: rows.bills.length,
    billLines: rows.billLines.length,
    payments: rows.payments.length,
    buildings: rows.buildings.length,
    dwellings: rows.dwellings.length,
    tenancies: rows.tenancies.length,
    rentCharges: rows.rentCharges.length,
    offices: rows.offices.length,
    serviceStandards: rows.serviceStandards.length,
    ticketCategories: rows.ticketCategories.length,
    bonusApplications: rows.bonusApplications.length,
    tickets: rows.tickets.length,
    indemnities: rows.indemnities.length,
    appointments: rows.appointments.length,
  };
}
