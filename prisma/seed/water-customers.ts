import { computeIbanCheckDigits } from "@/lib/identifiers/iban";

import { addAddress } from "./addresses";
import { companyNames, condominiumNames } from "./data/names";
import { lastDayOfMonth, addMonths, historyStart, utcDate, atHour } from "./dates";
import type { SeededBuilding } from "./housing";
import { addLegalPerson, addNaturalPerson, pickHolderOrigin } from "./people";
import type { SeedContext } from "./seed-rows";
import { addSupply, type SeededSupply, type SupplyPlan } from "./water";

/** Builds a fictitious Italian IBAN that passes the mod-97 check. Bank code (ABI) 99999 marks it as demo data. */
export function demoIban(context: SeedContext): string {
  const cin = String.fromCharCode(65 + context.random.integer(0, 25));
  const bban = `${cin}99999${context.random.digits(5)}${context.random.digits(12)}`;
  return `IT${computeIbanCheckDigits("IT", bban)}${bban}`;
}

type PaymentChoice = Pick<SupplyPlan, "paymentMethod" | "directDebitIban" | "billDelivery" | "billingEmail">;

export function pickPaymentChoice(context: SeedContext, email: string | null): PaymentChoice {
  const { random } = context;
  const directDebit = random.chance(0.45);
  const delivery = email && random.chance(0.4) ? "email" : "paper";

  return {
    paymentMethod: directDebit ? "sepaDirectDebit" : "pagoPa",
    directDebitIban: directDebit ? demoIban(context) : undefined,
    billDelivery: delivery,
    billingEmail: delivery === "email" && email ? email : undefined,
  };
}

function contractStart(context: SeedContext): Date {
  return utcDate(context.random.integer(1995, 2023), context.random.integer(1, 12), 1);
}

function emailOf(context: SeedContext, personId: string): string | null {
  return context.rows.persons.find((person) => person.id === personId)?.email ?? null;
}

/** Closes every 25th resident supply during the history, suspends every 40th and leaves every 30th supply pending. */
function domesticStateFor(index: number, resident: boolean): SupplyPlan["state"] {
  if (resident && index % 25 === 7) return "terminated";
  if (resident && index % 40 === 11) return "suspended";
  if (index % 30 === 19) return "pending";
  return "active";
}

/** Adds domestic households with their own supply: resident, non-resident, and a few terminated, suspended or pending. */
export function buildDomesticSupplies(context: SeedContext, counts: { resident: number; nonResident: number }): SeededSupply[] {
  const { random } = context;
  const supplies: SeededSupply[] = [];

  for (let index = 0; index < counts.resident + counts.nonResident; index += 1) {
    const resident = index < counts.resident;
    const address = addAddress(context, { extra: `Scala ${random.pick(["A", "B", "C"])}, interno ${random.integer(1, 30)}` });
    const holder = addNaturalPerson(context, { origin: pickHolderOrigin(context), minimumAge: 25, maximumAge: 88, addressId: address.id });
    const residentCount = resident ? random.weighted([[1, 25], [2, 30], [3, 25], [4, 15], [5, 5]] as const) : null;

    const state = domesticStateFor(index, resident);
    const contractEndOn = state === "terminated" ? lastDayOfMonth(addMonths(historyStart, random.integer(6, 18))) : undefined;

    supplies.push(
      addSupply(context, {
        holderId: holder.id,
        addressId: address.id,
        useType: resident ? "domesticResident" : "domesticNonResident",
        housingUnits: 1,
        residentCount,
        state,
        contractStartOn: state === "pending" ? utcDate(2026, 11, random.integer(2, 16)) : contractStart(context),
        contractEndOn,
        ...pickPaymentChoice(context, emailOf(context, holder.id)),
        yearlyCubicMetres: resident ? Math.round((residentCount ?? 3) * random.integer(48, 66)) : random.integer(15, 60),
        selfReadingRate: random.chance(0.35) ? 0.6 : 0,
      }),
    );
  }

  return supplies;
}

/** Adds businesses with a non-domestic supply each. */
export function buildBusinessSupplies(context: SeedContext, count: number): SeededSupply[] {
  const supplies: SeededSupply[] = [];

  for (let index = 0; index < count; index += 1) {
    const address = addAddress(context);
    const legalName = companyNames[index % companyNames.length]!;
    const slug = legalName.toLowerCase().replace(/[^a-z]+/g, "-").replace(/(^-|-$)/g, "");
    const company = addLegalPerson(context, { kind: "company", legalName, addressId: address.id, email: `amministrazione@${slug}.test` });

    supplies.push(
      addSupply(context, {
        holderId: company.id,
        addressId: address.id,
        useType: "nonDomestic",
        housingUnits: 1,
        residentCount: null,
        state: "active",
        contractStartOn: contractStart(context),
        paymentMethod: context.random.chance(0.7) ? "sepaDirectDebit" : "pagoPa",
        directDebitIban: demoIban(context),
        billDelivery: context.random.chance(0.5) ? "pec" : "email",
        billingEmail: `amministrazione@${slug}.test`,
        yearlyCubicMetres: context.random.weighted([[context.random.integer(80, 900), 6], [context.random.integer(1001, 2900), 3], [context.random.integer(3100, 6000), 1]] as const),
        selfReadingRate: 0,
      }),
    );
  }

  return supplies;
}

export type CondominiumAdmin = {
  personId: string;
  /** Supplies the administrator manages now. */
  supplies: SeededSupply[];
  /** Also the supplies of requested and revoked mandates. */
  allSupplies: SeededSupply[];
};

/**
 * Adds condominium administrators, each appointed to several condominium supplies. The first
 * administrator also has a mandate waiting for approval and an old one that was revoked.
 */
export function buildCondominiums(context: SeedContext, adminCount: number, condominiumsPerAdmin: number, decidedById: string): CondominiumAdmin[] {
  const { random, rows } = context;
  const admins: CondominiumAdmin[] = [];

  for (let adminIndex = 0; adminIndex < adminCount; adminIndex += 1) {
    const office = addAddress(context);
    const admin = addNaturalPerson(context, { origin: random.chance(0.7) ? "milan" : "italy", minimumAge: 35, maximumAge: 70, addressId: office.id });
    const supplies: SeededSupply[] = [];
    const allSupplies: SeededSupply[] = [];

    const mandateCount = condominiumsPerAdmin + (adminIndex === 0 ? 2 : 0);
    for (let index = 0; index < mandateCount; index += 1) {
      const address = addAddress(context);
      const condominium = addLegalPerson(context, {
        kind: "condominium",
        legalName: `${random.pick(condominiumNames)} ${address.street} ${address.houseNumber}`,
        addressId: address.id,
      });
      const housingUnits = random.integer(8, 48);
      const supply = addSupply(context, {
        holderId: condominium.id,
        addressId: address.id,
        useType: "condominium",
        housingUnits,
        residentCount: null,
        state: "active",
        contractStartOn: contractStart(context),
        paymentMethod: "sepaDirectDebit",
        directDebitIban: demoIban(context),
        billDelivery: "email",
        billingEmail: emailOf(context, admin.id) ?? undefined,
        yearlyCubicMetres: Math.round(housingUnits * random.integer(130, 170)),
        selfReadingRate: 0,
      });

      let state: "approved" | "requested" | "revoked" = "approved";
      if (adminIndex === 0 && index === mandateCount - 2) state = "requested";
      if (adminIndex === 0 && index === mandateCount - 1) state = "revoked";
      const appointedOn = utcDate(random.integer(2015, 2025), random.integer(1, 12), random.integer(1, 28));
      rows.mandates.push({
        id: random.uuid(),
        adminId: admin.id,
        supplyId: supply.id,
        state,
        appointedOn,
        validFrom: appointedOn,
        validTo: state === "revoked" ? utcDate(2025, 6, 30) : null,
        requestedAt: atHour(appointedOn, 10),
        decidedById: state === "requested" ? null : decidedById,
        decidedAt: state === "requested" ? null : atHour(appointedOn, 15),
        revokedAt: state === "revoked" ? atHour(utcDate(2025, 6, 30), 12) : null,
        revocationReason: state === "revoked" ? "Nomina di un nuovo amministratore da parte dell'assemblea condominiale" : null,
      });
      allSupplies.push(supply);
      if (state === "approved") supplies.push(supply);
    }

    admins.push({ personId: admin.id, supplies, allSupplies });
  }

  return admins;
}

/** Adds the shared supply of each ERP building, held by the Comune di Milano. */
export function buildErpBuildingSupplies(context: SeedContext, buildings: SeededBuilding[], comuneId: string): SeededSupply[] {
  return buildings.map((building) =>
    addSupply(context, {
      holderId: comuneId,
      addressId: building.addressId,
      buildingId: building.id,
      useType: "condominium",
      housingUnits: building.apartmentCount,
      residentCount: null,
      state: "active",
      contractStartOn: utcDate(2014, 12, 1),
      paymentMethod: "bankTransfer",
      billDelivery: "pec",
      billingEmail: "casa.demo@pec.sportello-mm.test",
      yearlyCubicMetres: building.apartmentCount * context.random.integer(120, 160),
      selfReadingRate: 0,
    }),
  );
}
