import { randomUUID } from "node:crypto";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db/client";
import { decideHouseholdChange } from "@/lib/household/decide-household-change";
import { submitHouseholdChange } from "@/lib/household/submit-household-change";
import { findContactDetails, updateContactDetails } from "@/lib/household/update-contact-details";
import { findReadableFile } from "@/lib/uploads/find-readable-file";
import type { ValidUpload } from "@/lib/uploads/validate-uploads";

import { createPerson, createTenant, createUser, newTenantFixtures, removeTenantFixtures, uniqueCodiceFiscale, type TestTenant } from "../tenancy/tenant-fixtures";

const fixtures = newTenantFixtures();
const certificate: ValidUpload = { fileName: "certificato.pdf", contentType: "application/pdf", kind: "pdf", bytes: Buffer.from("%PDF-1.4\n%test\n"), sha256: "c".repeat(64) };

let tenant: TestTenant;
let otherTenant: TestTenant;
let operator: SessionUser;

async function currentMemberCount(householdId: string): Promise<number> {
  return db().householdMember.count({ where: { householdId, leftOn: null } });
}

async function submitMoveIn(user: TestTenant, fiscalCode = uniqueCodiceFiscale()) {
  const result = await submitHouseholdChange(
    user,
    { idempotencyKey: randomUUID(), change: "moveIn", effectiveOn: "2026-11-20", givenName: "Marco", familyName: "Mancini", fiscalCode, birthDate: "1999-03-02", relationship: "child", note: "" },
    [certificate],
  );
  if (!result.ok) throw new Error(`household change rejected: ${JSON.stringify(result)}`);
  return result;
}

beforeAll(async () => {
  tenant = await createTenant(fixtures);
  otherTenant = await createTenant(fixtures);
  operator = await createUser(fixtures, ["casaOperator"]);
});

afterAll(async () => {
  await removeTenantFixtures(fixtures);
});

describe("household change", () => {
  it("changes nothing until an operator approves", async () => {
    const result = await submitMoveIn(tenant);

    const practice = await db().practice.findUniqueOrThrow({ where: { id: result.practiceId }, select: { kind: true, division: true, state: true, documents: { select: { kind: true } } } });
    expect(practice).toEqual({ kind: "householdChange", division: "casa", state: "submitted", documents: [{ kind: "residenceDeclaration" }] });
    expect(await currentMemberCount(tenant.householdId)).toBe(1);
  });

  it("adds the member on approval", async () => {
    const fiscalCode = uniqueCodiceFiscale();
    const result = await submitMoveIn(tenant, fiscalCode);

    await decideHouseholdChange(operator, result.practiceId, { approve: true });

    const joined = await db().householdMember.findFirst({ where: { householdId: tenant.householdId, person: { fiscalCode } }, select: { relationship: true, joinedOn: true, leftOn: true } });
    expect(joined).toEqual({ relationship: "child", joinedOn: new Date("2026-11-20T00:00:00Z"), leftOn: null });
    const practice = await db().practice.findUniqueOrThrow({ where: { id: result.practiceId }, select: { state: true } });
    expect(practice.state).toBe("completed");
  });

  it("leaves the household unchanged on rejection", async () => {
    const before = await currentMemberCount(tenant.householdId);
    const result = await submitMoveIn(tenant);

    await decideHouseholdChange(operator, result.practiceId, { approve: false, reason: "Manca la dichiarazione di residenza." });

    expect(await currentMemberCount(tenant.householdId)).toBe(before);
    const practice = await db().practice.findUniqueOrThrow({ where: { id: result.practiceId }, select: { state: true, rejectionReason: true } });
    expect(practice).toEqual({ state: "rejected", rejectionReason: "Manca la dichiarazione di residenza." });
  });

  it("records a death on approval", async () => {
    const personId = await createPerson(fixtures, "Anna", "Mancini");
    const member = await db().householdMember.create({ data: { householdId: tenant.householdId, personId, relationship: "parent", joinedOn: new Date("2021-01-01") }, select: { id: true } });

    const result = await submitHouseholdChange(tenant, { idempotencyKey: randomUUID(), change: "death", effectiveOn: "2026-11-02", memberId: member.id, note: "" }, [certificate]);
    if (!result.ok) throw new Error(JSON.stringify(result));
    await decideHouseholdChange(operator, result.practiceId, { approve: true });

    const row = await db().householdMember.findUniqueOrThrow({ where: { id: member.id }, select: { leftOn: true, person: { select: { deceasedOn: true } } } });
    expect(row.leftOn).toEqual(new Date("2026-11-02T00:00:00Z"));
    expect(row.person.deceasedOn).toEqual(new Date("2026-11-02T00:00:00Z"));
  });

  it("rejects the contract holder as the member leaving", async () => {
    const holder = await db().householdMember.findFirstOrThrow({ where: { householdId: tenant.householdId, relationship: "holder" }, select: { id: true } });

    const result = await submitHouseholdChange(tenant, { idempotencyKey: randomUUID(), change: "moveOut", effectiveOn: "2026-11-02", memberId: holder.id, note: "" }, [certificate]);

    expect(result).toEqual({ ok: false, fieldErrors: { memberId: "holderCannotLeave" }, formError: null });
  });

  it("rejects another household's member", async () => {
    const foreign = await db().householdMember.findFirstOrThrow({ where: { householdId: otherTenant.householdId }, select: { id: true } });

    const result = await submitHouseholdChange(tenant, { idempotencyKey: randomUUID(), change: "moveOut", effectiveOn: "2026-11-02", memberId: foreign.id, note: "" }, [certificate]);

    expect(result).toEqual({ ok: false, fieldErrors: { memberId: "memberMissing" }, formError: null });
  });

  it("refuses a second decision", async () => {
    const result = await submitMoveIn(tenant);
    await decideHouseholdChange(operator, result.practiceId, { approve: false, reason: "Documento illeggibile." });

    await expect(decideHouseholdChange(operator, result.practiceId, { approve: true })).rejects.toMatchObject({ code: "household.alreadyDecided" });
  });

  it("applies two simultaneous approvals once", async () => {
    const fiscalCode = uniqueCodiceFiscale();
    const result = await submitMoveIn(tenant, fiscalCode);

    const outcomes = await Promise.allSettled([
      decideHouseholdChange(operator, result.practiceId, { approve: true }),
      decideHouseholdChange(operator, result.practiceId, { approve: true }),
    ]);

    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    const rejected = outcomes.find((outcome) => outcome.status === "rejected");
    expect(rejected?.status === "rejected" ? rejected.reason : null).toMatchObject({ code: "household.alreadyDecided" });
    expect(await db().householdMember.count({ where: { householdId: tenant.householdId, person: { fiscalCode } } })).toBe(1);
    expect(await db().auditLog.count({ where: { entity: "Practice", entityId: result.practiceId } })).toBe(1);
  });

  it("refuses a tenant as the decider", async () => {
    const result = await submitMoveIn(tenant);

    await expect(decideHouseholdChange(tenant, result.practiceId, { approve: true })).rejects.toMatchObject({ code: "household.permissionDenied" });
  });

  it("shows the documents to the operator and the submitter only", async () => {
    const result = await submitMoveIn(tenant);
    const document = await db().practiceDocument.findFirstOrThrow({ where: { practiceId: result.practiceId }, select: { fileId: true } });

    expect((await findReadableFile(operator, document.fileId))?.fileName).toBe("certificato.pdf");
    expect((await findReadableFile(tenant, document.fileId))?.fileName).toBe("certificato.pdf");
    expect(await findReadableFile(otherTenant, document.fileId)).toBeNull();
  });
});

describe("contact details", () => {
  it("updates them with an audit row and e-mails to both addresses", async () => {
    const person = await db().person.findUniqueOrThrow({ where: { id: tenant.personId }, select: { email: true } });
    const newEmail = `nuovo-${randomUUID()}@esempio.it`;

    const result = await updateContactDetails(tenant, { phone: "02 1234 5678", email: newEmail, street: "Via Padova", houseNumber: "12", postalCode: "20127", city: "Milano", province: "mi" });

    expect(result).toEqual({ ok: true, changed: true });
    const updated = await db().person.findUniqueOrThrow({ where: { id: tenant.personId }, select: { phone: true, email: true, address: { select: { street: true, province: true } } } });
    expect(updated).toEqual({ phone: "0212345678", email: newEmail, address: { street: "Via Padova", province: "MI" } });
    const audit = await db().auditLog.findFirst({ where: { entity: "Person", entityId: tenant.personId, action: "person.updateContacts" } });
    expect(audit?.actorId).toBe(tenant.id);
    const emails = await db().outboundEmail.findMany({ where: { toAddress: { in: [person.email!, newEmail] } }, select: { toAddress: true } });
    expect(emails.map((email) => email.toAddress).sort()).toEqual([person.email!, newEmail].sort());
  });

  it("treats the unchanged form as no change", async () => {
    const mixedCaseEmail = `Stessa.${randomUUID()}@Esempio.it`;
    await db().person.update({ where: { id: tenant.personId }, data: { phone: "+39 333 123 4567", email: mixedCaseEmail } });
    const form = await findContactDetails(tenant);
    if (!form) throw new Error("the tenant has no person");

    const result = await updateContactDetails(tenant, form);

    expect(result).toEqual({ ok: true, changed: false });
    expect(await db().outboundEmail.count({ where: { toAddress: { in: [mixedCaseEmail, mixedCaseEmail.toLowerCase()] } } })).toBe(0);
  });

  it("rejects an invalid postal code", async () => {
    const result = await updateContactDetails(tenant, { phone: "", email: "", street: "Via Padova", houseNumber: "12", postalCode: "201", city: "Milano", province: "MI" });

    expect(result).toEqual({ ok: false, fieldErrors: { postalCode: "postalCodeInvalid" }, formError: null });
  });
});
