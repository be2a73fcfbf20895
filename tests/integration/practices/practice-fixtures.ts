import { randomInt, randomUUID } from "node:crypto";

import { db } from "@/lib/db/client";
import type { Role, SupplyState } from "@/lib/generated/prisma/client";

import { createCustomer, newRequestFixtures, removeRequestFixtures, type RequestFixtures, type TestCustomer } from "../requests/request-fixtures";

export { createCustomer, type TestCustomer };

export type PracticeFixtures = RequestFixtures;

export function newPracticeFixtures(): PracticeFixtures {
  return newRequestFixtures();
}

/** Removes the practices, notifications and e-mails of the fixture users, then the request fixtures. */
export async function removePracticeFixtures(fixtures: PracticeFixtures): Promise<void> {
  const practices = await db().practice.findMany({ where: { submittedById: { in: fixtures.userIds } }, select: { id: true } });
  const practiceIds = practices.map((practice) => practice.id);

  const files = await db().storedFile.findMany({ where: { uploadedById: { in: fixtures.userIds } }, select: { id: true } });
  const users = await db().user.findMany({ where: { id: { in: fixtures.userIds } }, select: { email: true } });

  await db().auditLog.deleteMany({ where: { entity: "Practice", entityId: { in: practiceIds } } });
  await db().practice.deleteMany({ where: { id: { in: practiceIds } } });
  await db().outboundEmail.deleteMany({ where: { toAddress: { in: users.map((user) => user.email) } } });
  await removeRequestFixtures(fixtures);

  // Practices and tickets are gone, so their documents and attachments no longer hold the files.
  await db().storedFile.deleteMany({ where: { id: { in: files.map((file) => file.id) } } });
  await db().protocolCounter.deleteMany({ where: { scope: "practice" } });
}

/** Creates a supply with a 10-digit supply code, the format the practice forms accept. */
export async function createCodedSupply(fixtures: PracticeFixtures, holderId: string, state: SupplyState = "active"): Promise<{ id: string; supplyCode: string }> {
  const address = await db().address.create({ data: { street: "Viale Monza", houseNumber: String(randomInt(1, 300)), postalCode: "20127" }, select: { id: true } });
  fixtures.addressIds.push(address.id);

  const supply = await db().supply.create({
    data: { supplyCode: String(randomInt(1_000_000_000, 9_999_999_999)), holderId, addressId: address.id, useType: "domesticResident", state, contractStartOn: new Date("2020-01-01") },
    select: { id: true, supplyCode: true },
  });
  fixtures.supplyIds.push(supply.id);
  return supply;
}

/** Creates a staff account with `roles` and no person behind it. */
export async function createStaff(fixtures: PracticeFixtures, roles: Role[]): Promise<TestCustomer> {
  const user = await db().user.create({
    data: { email: `practice-test-staff-${randomUUID()}@esempio.it`, passwordHash: "not-used", displayName: "Operatore di prova", roles },
    select: { id: true, displayName: true, roles: true },
  });
  fixtures.userIds.push(user.id);
  return { ...user, personId: "" };
}

/** Returns the smallest file the upload check recognises as a PDF. */
export function pdfFile(name = "documento.pdf"): File {
  const body = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
  return new File([body], name, { type: "application/pdf" });
}

/** A text file named like a PDF: the content check must reject it. */
export function fakePdfFile(name = "finto.pdf"): File {
  return new File(["not a pdf at all"], name, { type: "application/pdf" });
}
