import { createHash, randomUUID } from "node:crypto";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { HOME_VISIT_SERVICE_CODE } from "@/lib/appointments/customer-appointments";
import { campaignAggregates } from "@/lib/census/campaign-progress";
import type { DeclarationValues, MemberValues } from "@/lib/census/declaration-form";
import { requestHomeVisit } from "@/lib/census/request-home-visit";
import { reviewDeclaration } from "@/lib/census/review-declaration";
import { saveDeclaration } from "@/lib/census/save-declaration";
import { sendCensusReminders } from "@/lib/census/send-census-reminders";
import { findTenantDeclaration } from "@/lib/census/tenant-declaration";
import { db } from "@/lib/db/client";
import { computeCodiceFiscale } from "@/lib/identifiers/codice-fiscale";
import { findReadableFile } from "@/lib/uploads/find-readable-file";
import { writeUploadFiles } from "@/lib/uploads/store-uploads";
import type { ValidUpload } from "@/lib/uploads/validate-uploads";
import { createAccount, createAddress, createOffice, newAppointmentFixtures, removeAppointmentFixtures, type TestAccount } from "@/tests/integration/appointments/appointment-fixtures";

const fixtures = newAppointmentFixtures();
const created = { buildingIds: [] as string[], householdIds: [] as string[], tenancyIds: [] as string[], campaignIds: [] as string[], fiscalCodes: [] as string[] };

/** A day inside the test campaign, used as "now". */
const now = new Date("2030-03-04T10:00:00Z");

const attestationBytes = Buffer.from("%PDF-1.4\n%test\n");
const attestation: ValidUpload = { fileName: "isee.pdf", contentType: "application/pdf", kind: "pdf", bytes: attestationBytes, sha256: createHash("sha256").update(attestationBytes).digest("hex") };

type Household = { tenant: TestAccount; declarationId: string; householdId: string; tenancyId: string; holder: MemberValues; other: MemberValues };

let campaignId: string;
let first: Household;
let second: Household;
let supervisor: TestAccount;
let operator: TestAccount;

function member(givenName: string, familyName: string, birthDate: string, relationship: string, citizenship: string): MemberValues {
  const fiscalCode = computeCodiceFiscale({ surname: familyName, name: givenName, birthDate: new Date(`${birthDate}T00:00:00Z`), sex: "M", placeCode: citizenship === "IT" ? "F205" : "Z336" });
  return { givenName, familyName, fiscalCode, birthDate, relationship, citizenship, employment: "employee", yearlyIncome: "10.000", disability: "", dependent: "" };
}

/** Creates a building, a dwelling and a household of two whose holder is a tenant account, called to the campaign. */
async function createHousehold(index: number): Promise<Household> {
  const prisma = db();
  const tenant = await createAccount(fixtures, ["tenant"]);
  const holder = member("Ahmed", `Haddad${"ABCDEFGH"[index]}`, "1970-05-1" + index, "holder", "EG");
  const other = member("Luca", `Rossi${"ABCDEFGH"[index]}`, "1999-02-1" + index, "child", "IT");

  await prisma.person.update({ where: { id: tenant.personId! }, data: { fiscalCode: holder.fiscalCode, givenName: holder.givenName, familyName: holder.familyName } });
  const otherPerson = await prisma.person.create({ data: { kind: "natural", fiscalCode: other.fiscalCode, givenName: other.givenName, familyName: other.familyName }, select: { id: true } });
  fixtures.personIds.push(otherPerson.id);

  const building = await prisma.building.create({ data: { code: `CENSUS-${randomUUID()}`, addressId: await createAddress(fixtures, 6) }, select: { id: true } });
  created.buildingIds.push(building.id);
  const dwelling = await prisma.dwelling.create({ data: { code: `D-${randomUUID()}`, buildingId: building.id, floor: 1, unit: "101", rentalValueYearlyCents: 400_000, state: "occupied" }, select: { id: true } });
  const household = await prisma.household.create({ data: { code: `NF-${randomUUID()}`, iseeErpCents: 2_000_000 }, select: { id: true } });
  created.householdIds.push(household.id);
  await prisma.householdMember.createMany({
    data: [
      { householdId: household.id, personId: tenant.personId!, relationship: "holder", joinedOn: new Date("2010-01-01") },
      { householdId: household.id, personId: otherPerson.id, relationship: "child", joinedOn: new Date("2010-01-01") },
    ],
  });
  const tenancy = await prisma.tenancy.create({
    data: { contractCode: `LOC-${randomUUID()}`, dwellingId: dwelling.id, householdId: household.id, holderId: tenant.personId!, startsOn: new Date("2010-01-01"), rentArea: "permanence", monthlyRentCents: 18_000 },
    select: { id: true },
  });
  created.tenancyIds.push(tenancy.id);
  const declaration = await prisma.censusDeclaration.create({ data: { campaignId, tenancyId: tenancy.id, householdId: household.id }, select: { id: true } });

  return { tenant, declarationId: declaration.id, householdId: household.id, tenancyId: tenancy.id, holder, other };
}

function values(household: Household, overrides: Partial<DeclarationValues> = {}): DeclarationValues {
  return { members: [household.holder, household.other], residesInDwelling: "yes", residenceNote: "", iseeErp: "8.000,00", dsuProtocol: "INPS-ISEE-2030-01234567-00", dsuDate: "2030-02-01", phone: "+39 333 1234567", email: "", ...overrides };
}

beforeAll(async () => {
  const campaign = await db().censusCampaign.create({
    data: { code: `AU-${randomUUID().slice(0, 8)}`, name: "Anagrafe di prova", opensOn: new Date("2030-03-01"), closesOn: new Date("2030-06-30"), rentEffectiveFrom: new Date("2031-01-01"), state: "open" },
    select: { id: true },
  });
  campaignId = campaign.id;
  created.campaignIds.push(campaign.id);

  first = await createHousehold(0);
  second = await createHousehold(1);
  supervisor = await createAccount(fixtures, ["supervisor"], false);
  operator = await createAccount(fixtures, ["casaOperator"], false);
});

afterAll(async () => {
  const prisma = db();
  await prisma.censusDocument.deleteMany({ where: { declaration: { campaignId: { in: created.campaignIds } } } });
  await prisma.storedFile.deleteMany({ where: { uploadedById: { in: fixtures.userIds } } });
  await prisma.censusDeclaration.deleteMany({ where: { campaignId: { in: created.campaignIds } } });
  await prisma.censusCampaign.deleteMany({ where: { id: { in: created.campaignIds } } });
  await prisma.tenancy.deleteMany({ where: { id: { in: created.tenancyIds } } });
  await prisma.householdMember.deleteMany({ where: { householdId: { in: created.householdIds } } });
  await prisma.household.deleteMany({ where: { id: { in: created.householdIds } } });
  await prisma.dwelling.deleteMany({ where: { buildingId: { in: created.buildingIds } } });
  await prisma.building.deleteMany({ where: { id: { in: created.buildingIds } } });
  await prisma.outboundEmail.deleteMany({ where: { textBody: { contains: "Anagrafe di prova" } } });
  await removeAppointmentFixtures(fixtures);
  await prisma.person.deleteMany({ where: { fiscalCode: { in: created.fiscalCodes } } });
});

describe("census authorization", () => {
  it("hides one tenant's declaration and attestation from another", async () => {
    const written = await writeUploadFiles([attestation]);
    await saveDeclaration(first.tenant, first.tenant.personId!, { declarationId: first.declarationId, values: values(first), submit: false, attestations: written }, now);
    const fileId = (await db().censusDocument.findFirstOrThrow({ where: { declarationId: first.declarationId } })).fileId;

    expect((await findTenantDeclaration(second.tenant.personId!))?.id).toBe(second.declarationId);
    await expect(saveDeclaration(second.tenant, second.tenant.personId!, { declarationId: first.declarationId, values: values(second), submit: false, attestations: [] }, now)).rejects.toMatchObject({
      code: "census.notFound",
      status: 404,
    });
    await expect(requestHomeVisit(second.tenant, second.tenant.personId!, { declarationId: first.declarationId, preferredDate: "2030-03-06", reason: "Età", phone: "3331234567" }, now)).rejects.toMatchObject({ code: "census.notFound" });
    expect(await findReadableFile(second.tenant, fileId)).toBeNull();
    expect(await findReadableFile(first.tenant, fileId)).not.toBeNull();
  });
});

describe("census declaration life", () => {
  it("refuses a submission without the ISEE attestation", async () => {
    const result = saveDeclaration(second.tenant, second.tenant.personId!, { declarationId: second.declarationId, values: values(second), submit: true, attestations: [] }, now);

    await expect(result).rejects.toMatchObject({ code: "census.attestationMissing" });
    expect((await db().censusDeclaration.findUniqueOrThrow({ where: { id: second.declarationId } })).state).toBe("notStarted");
  });

  it("refuses saving outside the campaign dates", async () => {
    const draft = { declarationId: second.declarationId, values: values(second), submit: false, attestations: [] };
    const beforeOpening = new Date("2030-02-28T10:00:00Z");
    const afterClosing = new Date("2030-07-01T10:00:00Z");

    await expect(saveDeclaration(second.tenant, second.tenant.personId!, draft, beforeOpening)).rejects.toMatchObject({ code: "census.campaignNotOpen" });
    await expect(saveDeclaration(second.tenant, second.tenant.personId!, draft, afterClosing)).rejects.toMatchObject({ code: "census.campaignClosed" });
    expect((await db().censusDeclaration.findUniqueOrThrow({ where: { id: second.declarationId } })).state).toBe("notStarted");
    expect(await findTenantDeclaration(second.tenant.personId!, afterClosing)).toMatchObject({ editable: false, windowProblem: "campaignClosed" });
    expect(await findTenantDeclaration(second.tenant.personId!, now)).toMatchObject({ editable: true, windowProblem: null });
  });

  it("reports field errors instead of submitting", async () => {
    const broken = values(first, { members: [{ ...first.holder, fiscalCode: "ABC" }], dsuProtocol: "x" });

    const result = await saveDeclaration(first.tenant, first.tenant.personId!, { declarationId: first.declarationId, values: broken, submit: true, attestations: [] }, now);

    expect(result).toEqual({ ok: false, fieldErrors: { "member-0-fiscalCode": "fiscalCode.length", dsuProtocol: "dsuProtocolInvalid" } });
  });

  it("goes from submission through a request for documents to completion", async () => {
    const tenant = first.tenant;
    const newborn = member("Sara", "Haddad", "2029-12-01", "child", "IT");
    created.fiscalCodes.push(newborn.fiscalCode);
    const submitted = await saveDeclaration(tenant, tenant.personId!, { declarationId: first.declarationId, values: values(first), submit: true, attestations: [] }, now);
    expect(submitted).toEqual({ ok: true, state: "submitted" });

    await reviewDeclaration(operator, { declarationId: first.declarationId, event: "startReview" }, now);
    await expect(reviewDeclaration(operator, { declarationId: first.declarationId, event: "requestIntegration", message: " " }, now)).rejects.toMatchObject({ code: "census.messageMissing" });
    await reviewDeclaration(operator, { declarationId: first.declarationId, event: "requestIntegration", message: "Manca il documento del figlio." }, now);
    const returned = await db().censusDeclaration.findUniqueOrThrow({ where: { id: first.declarationId } });
    expect(returned).toMatchObject({ state: "incomplete", integrationRequest: "Manca il documento del figlio." });
    expect(await db().outboundEmail.count({ where: { toAddress: tenant.email, textBody: { contains: "Manca il documento del figlio." } } })).toBe(1);

    // The son moves out and a daughter is born: the tenant corrects the members and submits again.
    const corrected = values(first, { members: [first.holder, newborn], iseeErp: "8.500,00" });
    expect(await saveDeclaration(tenant, tenant.personId!, { declarationId: first.declarationId, values: corrected, submit: true, attestations: [] }, now)).toEqual({ ok: true, state: "submitted" });
    await expect(saveDeclaration(tenant, tenant.personId!, { declarationId: first.declarationId, values: corrected, submit: false, attestations: [] }, now)).rejects.toMatchObject({ code: "census.notEditable" });

    await reviewDeclaration(operator, { declarationId: first.declarationId, event: "complete" }, now);

    const declaration = await db().censusDeclaration.findUniqueOrThrow({ where: { id: first.declarationId } });
    expect(declaration).toMatchObject({ state: "accepted", resultingArea: "protection", iseeErpCents: 850_000, memberCount: 2 });
    const household = await db().household.findUniqueOrThrow({ where: { id: first.householdId } });
    expect(household.iseeErpCents).toBe(850_000);
    expect(household.iseeErpValidUntil?.toISOString().slice(0, 10)).toBe("2032-12-31");
    const tenancy = await db().tenancy.findUniqueOrThrow({ where: { id: first.tenancyId } });
    expect(tenancy).toMatchObject({ rentArea: "protection", monthlyRentCents: 4000 });
    const members = await db().householdMember.findMany({ where: { householdId: first.householdId }, select: { leftOn: true, relationship: true, person: { select: { fiscalCode: true } } } });
    const current = members.filter((row) => row.leftOn === null).map((row) => row.person.fiscalCode).sort();
    expect(current).toEqual([first.holder.fiscalCode, newborn.fiscalCode].sort());
    expect(members.find((row) => row.person.fiscalCode === first.other.fiscalCode)?.leftOn?.toISOString().slice(0, 10)).toBe("2030-03-04");

    await expect(reviewDeclaration(operator, { declarationId: first.declarationId, event: "complete" }, now)).rejects.toMatchObject({ code: "census.transitionNotAllowed" });
  });

  it("counts the completed declaration in the aggregates", async () => {
    const aggregates = await campaignAggregates(campaignId, "2030-03-04");

    expect(aggregates.declarations).toBe(1);
    expect(aggregates.ageBands).toEqual([
      { band: "under30", count: 1 },
      { band: "from30to44", count: 0 },
      { band: "from45to65", count: 1 },
      { band: "from66", count: 0 },
    ]);
    expect(aggregates.nationalities).toEqual([
      { country: "EG", count: 1 },
      { country: "IT", count: 1 },
    ]);
    expect(aggregates.householdSizes).toEqual([{ size: 2, count: 1 }]);
  });

  it("refuses review steps to users without the permission", async () => {
    await expect(reviewDeclaration(supervisor, { declarationId: second.declarationId, event: "startReview" }, now)).rejects.toMatchObject({ code: "census.notFound" });
  });
});

describe("home visit", () => {
  it("books a home visit without desk at the sede of the building's district", async () => {
    const sede = await createOffice(fixtures, 1, [], 6);
    const existing = await db().counterService.findUnique({ where: { code: HOME_VISIT_SERVICE_CODE }, select: { id: true } });
    if (!existing) {
      const service = await db().counterService.create({ data: { division: "casa", code: HOME_VISIT_SERVICE_CODE, labelIt: "Visita", labelEn: "Visit", labelAr: "زيارة", appointmentMinutes: 60 }, select: { id: true } });
      fixtures.serviceIds.push(service.id);
    }
    const input = { declarationId: second.declarationId, preferredDate: "2030-03-06", reason: "Disabilità motoria", phone: "+39 333 7654321" };

    await expect(requestHomeVisit(second.tenant, second.tenant.personId!, { ...input, preferredDate: "2030-03-09" }, now)).rejects.toMatchObject({ code: "census.preferredDate" });
    const calendarId = (await db().office.findUniqueOrThrow({ where: { id: sede.id }, select: { calendarId: true } })).calendarId!;
    await db().calendarClosure.create({ data: { calendarId, date: new Date("2030-03-07T00:00:00Z"), reason: "Chiusura straordinaria" } });
    await expect(requestHomeVisit(second.tenant, second.tenant.personId!, { ...input, preferredDate: "2030-03-07" }, now)).rejects.toMatchObject({
      code: "census.preferredDate",
      details: { field: "preferredDateHoliday" },
    });
    const { appointmentId } = await requestHomeVisit(second.tenant, second.tenant.personId!, input, now);

    const appointment = await db().appointment.findUniqueOrThrow({ where: { id: appointmentId } });
    expect(appointment).toMatchObject({ officeId: sede.id, deskId: null, personId: second.tenant.personId, state: "booked" });
    expect(appointment.startsAt.toISOString()).toBe("2030-03-06T09:00:00.000Z");
    expect((await db().censusDeclaration.findUniqueOrThrow({ where: { id: second.declarationId } })).homeVisitAppointmentId).toBe(appointmentId);
    await expect(requestHomeVisit(second.tenant, second.tenant.personId!, input, now)).rejects.toMatchObject({ code: "census.homeVisitExists" });
  });
});

describe("sendCensusReminders", () => {
  it("reminds each household that has not started once a week", async () => {
    await expect(sendCensusReminders(operator, { campaignId }, now)).rejects.toMatchObject({ code: "census.notFound" });

    expect(await sendCensusReminders(supervisor, { campaignId }, now)).toBe(1);
    expect(await sendCensusReminders(supervisor, { campaignId }, now)).toBe(0);
    expect(await sendCensusReminders(supervisor, { campaignId }, new Date(now.getTime() + 8 * 86_400_000))).toBe(1);
    expect(await db().outboundEmail.count({ where: { toAddress: second.tenant.email, subject: { contains: "Anagrafe di prova" } } })).toBe(2);
  });
});
