import { randomInt, randomUUID } from "node:crypto";

import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Rows one test file creates, removed again by `removeBillFixtures`. */
export type BillFixtures = { personIds: string[]; addressIds: string[]; supplyIds: string[]; standardIds: string[] };

export function newBillFixtures(): BillFixtures {
  return { personIds: [], addressIds: [], supplyIds: [], standardIds: [] };
}

export async function removeBillFixtures(fixtures: BillFixtures): Promise<void> {
  const prisma = db();
  await prisma.payment.deleteMany({ where: { bill: { supplyId: { in: fixtures.supplyIds } } } });
  await prisma.bill.deleteMany({ where: { supplyId: { in: fixtures.supplyIds } } });
  await prisma.indemnity.deleteMany({ where: { supplyId: { in: fixtures.supplyIds } } });
  await prisma.serviceStandard.deleteMany({ where: { id: { in: fixtures.standardIds } } });
  await prisma.condoAdminMandate.deleteMany({ where: { supplyId: { in: fixtures.supplyIds } } });
  await prisma.meterReading.deleteMany({ where: { supplyId: { in: fixtures.supplyIds } } });
  await prisma.meter.deleteMany({ where: { supplyId: { in: fixtures.supplyIds } } });
  await prisma.supply.deleteMany({ where: { id: { in: fixtures.supplyIds } } });
  await prisma.person.deleteMany({ where: { id: { in: fixtures.personIds } } });
  await prisma.address.deleteMany({ where: { id: { in: fixtures.addressIds } } });
}

/** Creates a person; the bill domain reads no fiscal code, so a unique placeholder is enough. */
export async function createPerson(fixtures: BillFixtures, name: string): Promise<string> {
  const person = await db().person.create({
    data: { kind: "natural", fiscalCode: `BIL${randomUUID().replaceAll("-", "").slice(0, 13).toUpperCase()}`, givenName: name, familyName: "Prova" },
    select: { id: true },
  });
  fixtures.personIds.push(person.id);
  return person.id;
}

export async function createSupply(fixtures: BillFixtures, holderId: string, useType: "domesticResident" | "condominium" = "domesticResident"): Promise<{ id: string; supplyCode: string }> {
  const address = await db().address.create({ data: { street: "Viale Monza", houseNumber: String(randomInt(1, 400)), postalCode: "20127" }, select: { id: true } });
  fixtures.addressIds.push(address.id);

  const supply = await db().supply.create({
    data: { supplyCode: `B${randomInt(100_000_000, 999_999_999)}`, holderId, addressId: address.id, useType, state: "active", contractStartOn: new Date("2020-01-01") },
    select: { id: true, supplyCode: true },
  });
  fixtures.supplyIds.push(supply.id);
  return supply;
}

/** Gives `adminId` a mandate on the supply in the given state. */
export async function createMandate(adminId: string, supplyId: string, state: "approved" | "revoked" | "requested"): Promise<void> {
  await db().condoAdminMandate.create({ data: { adminId, supplyId, state, validFrom: new Date("2020-01-01"), revokedAt: state === "revoked" ? new Date("2025-06-01") : null } });
}

type BillOptions = {
  periodStart: string;
  periodEnd: string;
  issuedOn: string;
  paymentState?: "paid" | "unpaid" | "partiallyPaid";
  consumptionCubicMetres?: number;
  lines?: Array<Omit<Prisma.BillLineCreateManyInput, "billId" | "position">>;
};

const defaultLines: Array<Omit<Prisma.BillLineCreateManyInput, "billId" | "position">> = [
  { kind: "fixedCharge", service: "waterSupply", description: "Quota fissa acquedotto", quantity: 90, amountCents: 74 },
  { kind: "volumeCharge", service: "waterSupply", band: "base", description: "Quota variabile acquedotto, fascia base", quantity: 30, unitPrice: 0.45, amountCents: 1350 },
  { kind: "volumeCharge", service: "sewerage", description: "Quota variabile fognatura", quantity: 30, unitPrice: 0.15, amountCents: 450 },
  { kind: "vat", description: "IVA 10%", amountCents: 187 },
];

/** Creates an issued bill with lines whose amounts add up to its total. */
export async function createBill(supplyId: string, options: BillOptions): Promise<{ id: string; number: string; totalCents: number }> {
  const lines = options.lines ?? defaultLines;
  const totalCents = lines.reduce((sum, line) => sum + line.amountCents, 0);
  const issuedOn = new Date(options.issuedOn);

  return db().bill.create({
    data: {
      number: `${issuedOn.getUTCFullYear()}/${randomInt(1_000_000, 9_999_999)}`,
      supplyId,
      periodStart: new Date(options.periodStart),
      periodEnd: new Date(options.periodEnd),
      issuedOn,
      dueOn: new Date(issuedOn.getTime() + 25 * 86_400_000),
      consumptionCubicMetres: options.consumptionCubicMetres ?? 30,
      totalCents,
      paymentState: options.paymentState ?? "unpaid",
      lines: { create: lines.map((line, index) => ({ ...line, position: index + 1 })) },
    },
    select: { id: true, number: true, totalCents: true },
  });
}

/** Creates a specific standard to hang test indemnities on. */
export async function createStandard(fixtures: BillFixtures): Promise<string> {
  const standard = await db().serviceStandard.create({
    data: {
      code: `test-bills-${randomUUID()}`,
      kind: "specific",
      name: "Risposta motivata a reclamo scritto",
      limitValue: 30,
      unit: "workingDays",
      startEvent: "requestReceived",
      stopEvent: "replySent",
      indemnityCents: 3000,
      source: "Prova",
      effectiveFrom: new Date("2020-01-01"),
    },
    select: { id: true },
  });
  fixtures.standardIds.push(standard.id);
  return standard.id;
}

export async function createIndemnity(standardId: string, supplyId: string, personId: string, amountCents: number, createdAt: string): Promise<string> {
  let level: "base" | "doubled" | "tripled" = "base";
  if (amountCents >= 6000) level = "doubled";
  if (amountCents >= 9000) level = "tripled";

  const indemnity = await db().indemnity.create({
    data: { serviceStandardId: standardId, supplyId, personId, level, amountCents, createdAt: new Date(createdAt) },
    select: { id: true },
  });
  return indemnity.id;
}
