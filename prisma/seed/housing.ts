import type { ServiceChargeKind } from "@/lib/generated/prisma/client";

import { addAddress } from "./addresses";
import { erpStreetNames } from "./data/milan-streets";
import { addDays, addMonths, seedReferenceDate, utcDate } from "./dates";
import { newNoticeCode, rentSegregationCode } from "./billing";
import { addNaturalPerson, pickTenantOrigin, type SeededPerson } from "./people";
import { nextInSequence, type SeedContext } from "./seed-rows";

type RentArea = "protection" | "access" | "permanence" | "forfeiture";

export type SeededBuilding = { id: string; code: string; addressId: string; street: string; houseNumber: string; apartmentCount: number };

export type SeededTenancy = {
  id: string;
  buildingIndex: number;
  dwellingId: string;
  householdId: string;
  holder: SeededPerson;
  addressId: string;
  memberCount: number;
};

export type HousingResult = { buildings: SeededBuilding[]; tenancies: SeededTenancy[] };

const staircaseCodes = ["A", "B"];
const residentialFloors = [1, 2, 3, 4];
const unitsPerFloor = 2;

/** Rent charges cover the 12 months up to the reference date's month. */
const rentMonths = 12;

/*
 * ISEE-ERP bounds of the rent areas. Only the protection bound (9,000 €) is a known value.
 * NOTE: the other bounds are demo placeholders until the real ones are confirmed and configured.
 */
function rentAreaOf(iseeErpCents: number): RentArea {
  if (iseeErpCents <= 900_000) return "protection";
  if (iseeErpCents <= 1_600_000) return "access";
  if (iseeErpCents <= 4_000_000) return "permanence";
  return "forfeiture";
}

/** Share of the dwelling's yearly rental value charged as rent in each area (demo values). */
const rentShare: Record<RentArea, number> = { protection: 0.12, access: 0.3, permanence: 0.55, forfeiture: 1 };

function addHousehold(context: SeedContext, startsOn: Date): { holder: SeededPerson; householdId: string; memberCount: number } {
  const { random, rows } = context;
  const origin = pickTenantOrigin(context);
  const householdId = random.uuid();
  rows.households.push({ id: householdId, code: `NF-${String(nextInSequence(context, "household")).padStart(6, "0")}` });

  // Tenants are mostly 45-65 or over 66 in equal parts, with some younger households.
  const ageBand = random.weighted<[number, number]>([
    [[30, 44], 12],
    [[45, 65], 44],
    [[66, 92], 44],
  ]);
  const holder = addNaturalPerson(context, { origin, minimumAge: ageBand[0], maximumAge: ageBand[1] });
  rows.householdMembers.push({ id: random.uuid(), householdId, personId: holder.id, relationship: "holder", joinedOn: startsOn });

  let memberCount = 1;
  const holderAge = seedReferenceDate.getUTCFullYear() - holder.birthDate.getUTCFullYear();
  if (random.chance(holderAge > 75 ? 0.35 : 0.6)) {
    const partner = addNaturalPerson(context, {
      origin,
      minimumAge: Math.max(25, holderAge - 6),
      maximumAge: holderAge + 4,
      sex: holder.sex === "F" ? "M" : "F",
    });
    rows.householdMembers.push({ id: random.uuid(), householdId, personId: partner.id, relationship: "spouse", joinedOn: startsOn });
    memberCount += 1;
  }

  const children = holderAge < 60 ? random.weighted([[0, 3], [1, 3], [2, 3], [3, 1]] as const) : random.chance(0.2) ? 1 : 0;
  for (let child = 0; child < children; child += 1) {
    const person = addNaturalPerson(context, {
      origin,
      minimumAge: Math.max(0, holderAge - 45),
      maximumAge: Math.max(1, holderAge - 22),
      familyName: holder.familyName,
    });
    rows.householdMembers.push({ id: random.uuid(), householdId, personId: person.id, relationship: "child", joinedOn: startsOn });
    memberCount += 1;
  }

  return { holder, householdId, memberCount };
}

function roomsFor(floorAreaSquareMetres: number): number {
  if (floorAreaSquareMetres < 50) return 2;
  if (floorAreaSquareMetres < 75) return 3;
  return 4;
}

function addRentCharges(context: SeedContext, tenancyId: string, monthlyRentCents: number, hasElevator: boolean): void {
  const { random, rows } = context;
  const firstMonth = addMonths(utcDate(seedReferenceDate.getUTCFullYear(), seedReferenceDate.getUTCMonth() + 1, 1), -(rentMonths - 1));
  const cleaning = random.integer(800, 1500);
  const lighting = random.integer(300, 600);
  const caretaker = random.integer(500, 900);
  const elevator = hasElevator ? random.integer(600, 1200) : 0;
  const heating = random.integer(3000, 6000);
  const latePayer = random.chance(0.1);

  for (let index = 0; index < rentMonths; index += 1) {
    const month = addMonths(firstMonth, index);
    const calendarMonth = month.getUTCMonth() + 1;
    // Milan is in climate zone E, where central heating may run from 15 October to 15 April.
    const isHeatingMonth = calendarMonth >= 10 || calendarMonth <= 4;

    const serviceLines: Array<{ service: ServiceChargeKind; description: string; amountCents: number }> = [
      { service: "cleaning", description: "Pulizia parti comuni", amountCents: cleaning },
      { service: "stairLighting", description: "Illuminazione scale", amountCents: lighting },
      { service: "caretaker", description: "Servizio di custodia", amountCents: caretaker },
      ...(hasElevator ? [{ service: "elevator" as const, description: "Ascensore", amountCents: elevator }] : []),
      ...(isHeatingMonth ? [{ service: "heating" as const, description: "Riscaldamento centralizzato", amountCents: heating }] : []),
    ];
    const serviceChargesCents = serviceLines.reduce((sum, line) => sum + line.amountCents, 0);
    const totalCents = monthlyRentCents + serviceChargesCents;

    const id = random.uuid();
    const issuedOn = addDays(month, -10);
    const dueOn = addDays(month, 15);
    const overdue = dueOn < seedReferenceDate;
    const paid = overdue && !(latePayer && index >= rentMonths - 4) && random.chance(0.95);
    const paidOn = paid ? addDays(dueOn, random.integer(-10, 5)) : null;
    const noticeCode = newNoticeCode(context, rentSegregationCode, month.getUTCFullYear());

    rows.rentCharges.push({
      id,
      tenancyId,
      month,
      rentCents: monthlyRentCents,
      serviceChargesCents,
      totalCents,
      issuedOn,
      dueOn,
      pagoPaNoticeCode: noticeCode,
      paymentState: paid ? "paid" : "unpaid",
      paidOn,
    });
    rows.rentChargeLines.push({ id: random.uuid(), rentChargeId: id, position: 1, kind: "rent", description: "Canone di locazione", amountCents: monthlyRentCents });
    serviceLines.forEach((line, lineIndex) => {
      rows.rentChargeLines.push({
        id: random.uuid(),
        rentChargeId: id,
        position: lineIndex + 2,
        kind: "serviceCharge",
        service: line.service,
        description: line.description,
        amountCents: line.amountCents,
      });
    });

    if (paidOn) {
      rows.payments.push({
        id: random.uuid(),
        rentChargeId: id,
        amountCents: totalCents,
        paidAt: new Date(paidOn.getTime() + 11 * 3_600_000),
        method: "pagoPa",
        pagoPaNoticeCode: noticeCode,
        receiptReference: `IUR${random.digits(12)}`,
      });
    }
  }
}

/** Adds the ERP buildings with staircases, dwellings, households, tenancies and 12 months of rent charges. */
export function buildHousing(context: SeedContext): HousingResult {
  const { random, rows } = context;
  const buildings: SeededBuilding[] = [];
  const tenancies: SeededTenancy[] = [];

  erpStreetNames.forEach((streetName, buildingIndex) => {
    const address = addAddress(context, { street: streetName });
    const buildingId = random.uuid();
    const code = `ERP-${String(buildingIndex + 1).padStart(4, "0")}`;
    rows.buildings.push({
      id: buildingId,
      code,
      name: `${address.street} ${address.houseNumber}`,
      addressId: address.id,
      constructionYear: random.integer(1930, 1975),
      floors: residentialFloors.length + 1,
    });

    let apartmentCount = 0;
    for (const staircaseCode of staircaseCodes) {
      const staircaseId = random.uuid();
      const hasElevator = random.chance(0.6);
      rows.staircases.push({ id: staircaseId, buildingId, code: staircaseCode, hasElevator });

      for (const floor of residentialFloors) {
        for (let unit = 1; unit <= unitsPerFloor; unit += 1) {
          const dwellingId = random.uuid();
          const floorArea = random.integer(38, 95);
          // Demo rental value of about 55 € per square metre a year.
          const rentalValueYearlyCents = floorArea * 5500;
          const state = random.weighted([
            ["occupied", 85],
            ["vacant", 8],
            ["unlawfullyOccupied", 3],
            ["underRenovation", 4],
          ] as const);

          rows.dwellings.push({
            id: dwellingId,
            code: `${code}-${staircaseCode}-${floor}${String(unit).padStart(2, "0")}`,
            buildingId,
            staircaseId,
            floor,
            unit: `${floor}${String(unit).padStart(2, "0")}`,
            kind: "apartment",
            rooms: roomsFor(floorArea),
            floorAreaSquareMetres: floorArea,
            rentalValueYearlyCents,
            state,
          });
          apartmentCount += 1;
          if (state !== "occupied") continue;

          const startsOn = utcDate(random.integer(1985, 2024), random.integer(1, 12), 1);
          const household = addHousehold(context, startsOn);
          const iseeErpCents = random.integer(200_000, 3_000_000) + (random.chance(0.05) ? 3_000_000 : 0);
          const rentArea = rentAreaOf(iseeErpCents);
          rows.households[rows.households.length - 1]!.iseeErpCents = iseeErpCents;
          rows.households[rows.households.length - 1]!.iseeErpValidUntil = utcDate(2026, 12, 31);
          const monthlyRentCents = Math.max(2000, Math.round((rentalValueYearlyCents * rentShare[rentArea]) / 12));

          const tenancyId = random.uuid();
          rows.tenancies.push({
            id: tenancyId,
            contractCode: `LOC-${String(nextInSequence(context, "tenancy")).padStart(6, "0")}`,
            dwellingId,
            householdId: household.householdId,
            holderId: household.holder.id,
            state: rentArea === "forfeiture" ? "inForfeiture" : "active",
            startsOn,
            rentArea,
            monthlyRentCents,
          });
          addRentCharges(context, tenancyId, monthlyRentCents, hasElevator);
          tenancies.push({
            id: tenancyId,
            buildingIndex,
            dwellingId,
            householdId: household.householdId,
            holder: household.holder,
            addressId: address.id,
            memberCount: household.memberCount,
          });
        }
      }
    }

    // Each building has a shop on the ground floor and two garages in the basement.
    for (const [kind, unit] of [["shop", "N1"], ["garage", "B1"], ["garage", "B2"]] as const) {
      rows.dwellings.push({
        id: random.uuid(),
        code: `${code}-${unit}`,
        buildingId,
        floor: kind === "shop" ? 0 : -1,
        unit,
        kind,
        floorAreaSquareMetres: kind === "shop" ? random.integer(30, 80) : random.integer(12, 18),
        state: random.chance(0.7) ? "occupied" : "vacant",
      });
    }

    buildings.push({ id: buildingId, code, addressId: address.id, street: address.street, houseNumber: address.houseNumber, apartmentCount });
  });

  return { buildings, tenancies };
}

/** Assigns each caretaker to two consecutive buildings and makes them resident in the first one. */
export function assignCaretakers(context: SeedContext, caretakerIds: string[], buildings: SeededBuilding[]): void {
  caretakerIds.forEach((caretakerId, caretakerIndex) => {
    for (let offset = 0; offset < 2; offset += 1) {
      const building = buildings[caretakerIndex * 2 + offset];
      if (!building) continue;
      context.rows.caretakerAssignments.push({
        id: context.random.uuid(),
        caretakerId,
        buildingId: building.id,
        residentOnSite: offset === 0,
        startsOn: utcDate(2019 + caretakerIndex, 3, 1),
      });
    }
  });
}
