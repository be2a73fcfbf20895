import { randomUUID } from "node:crypto";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { computeBonusStatistics, listReceiptYears } from "@/lib/bonus/bonus-statistics";
import { correctCafApplication } from "@/lib/bonus/correct-caf-application";
import { createCafApplication } from "@/lib/bonus/create-caf-application";
import { decideApplication } from "@/lib/bonus/decide-application";
import { exportDecisions } from "@/lib/bonus/export-decisions";
import { importNationalBatch } from "@/lib/bonus/import-national-batch";
import { requestCorrection } from "@/lib/bonus/review-application";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors/app-error";

import { createCafOffice, createPerson, createSupply, createUser, ensureBonusConfiguration, newBonusFixtures, removeBonusFixtures, type TestPerson } from "./bonus-fixtures";

const fixtures = newBonusFixtures();
const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));

let operator: { id: string };
let holder: TestPerson;
let cafOperator: { id: string; displayName: string; cafOfficeId: string; cafOfficeCode: string };

function formValues(): Record<string, string> {
  return {
    idempotencyKey: randomUUID(),
    applicantFamilyName: holder.familyName,
    applicantGivenName: holder.givenName,
    applicantFiscalCode: holder.fiscalCode,
    street: "Corso Lodi",
    houseNumber: "8",
    postalCode: "20135",
    iseeEuros: "6.000,00",
    dsuProtocol: `DSU-HARD-${randomUUID().slice(0, 8).toUpperCase()}`,
    dsuDate: "2026-02-01",
    dependentChildren: "0",
    competenceYear: "2026",
    supplyKind: "direct",
    supplyCode: "",
    dwelling: "",
  };
}

async function fileApplication(): Promise<string> {
  const filed = await createCafApplication(cafOperator, formValues(), utc(2026, 2, 15));
  if (!filed.ok) throw new Error(`CAF application not filed: ${JSON.stringify(filed)}`);
  return filed.applicationId;
}

beforeAll(async () => {
  await ensureBonusConfiguration(fixtures);
  operator = await createUser(fixtures, ["siiOperator"]);
  holder = await createPerson(fixtures, "Galli");
  await createSupply(fixtures, holder.id, { street: "C.so Lodi", houseNumber: "8", postalCode: "20135" });
  const office = await createCafOffice(fixtures);
  cafOperator = { ...(await createUser(fixtures, ["cafOperator"], office.id)), cafOfficeId: office.id, cafOfficeCode: office.code };
});

afterAll(async () => {
  await removeBonusFixtures(fixtures);
});

describe("CAF correction race", () => {
  it("lets one of two concurrent corrections win", async () => {
    const applicationId = await fileApplication();
    const { version } = await db().waterBonusApplication.findUniqueOrThrow({ where: { id: applicationId }, select: { version: true } });
    await requestCorrection(operator, { applicationId, version, message: "Allegate la DSU aggiornata." });

    const outcomes = await Promise.allSettled([
      correctCafApplication(cafOperator, applicationId, formValues(), utc(2026, 2, 20)),
      correctCafApplication(cafOperator, applicationId, { ...formValues(), iseeEuros: "5.000,00" }, utc(2026, 2, 20)),
    ]);

    const rejected = outcomes.filter((outcome): outcome is PromiseRejectedResult => outcome.status === "rejected");
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    expect(isAppError(rejected[0]!.reason, "bonus.notAwaitingCorrection")).toBe(true);

    const corrections = await db().auditLog.count({ where: { entityId: applicationId, action: "bonusApplication.corrected" } });
    expect(corrections).toBe(1);
  });
});

describe("decision export", () => {
  it("dates decisions in Rome and neutralizes formulas", async () => {
    const applicationId = await fileApplication();
    const { reference } = await db().waterBonusApplication.update({
      where: { id: applicationId },
      data: { state: "rejected", rejectionCode: "OTHER", rejectionReason: "=HYPERLINK(\"http://127.0.0.1/\")", decidedAt: new Date("2026-12-31T23:30:00Z") },
      select: { reference: true },
    });

    const newYear = await exportDecisions(utc(2027, 1, 1), utc(2027, 1, 1));
    const lastDayOfYear = await exportDecisions(utc(2026, 12, 31), utc(2026, 12, 31));

    expect(newYear.startsWith("\uFEFFriferimento;")).toBe(true);
    const line = newYear.split("\n").find((candidate) => candidate.startsWith(`${reference};`));
    expect(line).toContain(";2027-01-01;");
    expect(line).toContain(`"'=HYPERLINK(""http://127.0.0.1/"")"`);
    expect(lastDayOfYear).not.toContain(`${reference};`);
  });
});

describe("statistics year", () => {
  it("counts New Year's night in Rome in the new year", async () => {
    const applicationId = await fileApplication();
    await db().waterBonusApplication.update({ where: { id: applicationId }, data: { receivedAt: new Date("2030-12-31T23:30:00Z") } });

    expect((await computeBonusStatistics(2031)).received).toBe(1);
    expect((await computeBonusStatistics(2030)).received).toBe(0);
    expect(await listReceiptYears()).toContain(2031);
    expect(await listReceiptYears()).not.toContain(2030);
  });
});

describe("indirect payment order", () => {
  it("orders on the Rome day of the decision", async () => {
    const tenant = await createPerson(fixtures, "Ferri");
    const condominiumOwner = await createPerson(fixtures, "Condominio");
    const condominium = await createSupply(fixtures, condominiumOwner.id, { street: "Via Ripamonti", houseNumber: "101", postalCode: "20141" }, "condominium");
    const filed = await createCafApplication(
      cafOperator,
      {
        ...formValues(),
        applicantFamilyName: tenant.familyName,
        applicantGivenName: tenant.givenName,
        applicantFiscalCode: tenant.fiscalCode,
        street: "Via Ripamonti", houseNumber: "101", postalCode: "20141", supplyKind: "indirect", supplyCode: condominium.supplyCode,
        dwelling: "Scala B, interno 4",
      },
      utc(2026, 2, 15),
    );
    if (!filed.ok) throw new Error(`CAF application not filed: ${JSON.stringify(filed)}`);
    const { version } = await db().waterBonusApplication.findUniqueOrThrow({ where: { id: filed.applicationId }, select: { version: true } });

    // 00:30 on 2 March in Rome is still 1 March in UTC.
    await decideApplication(operator, { applicationId: filed.applicationId, version, decision: "accepted", benefitStart: utc(2026, 3, 1) }, new Date("2026-03-01T23:30:00Z"));

    const order = await db().waterBonusPaymentOrder.findFirstOrThrow({ where: { applicationId: filed.applicationId, supplementary: false } });
    expect(order.orderedOn).toEqual(utc(2026, 3, 2));
    expect(order.dueBy).toEqual(utc(2026, 5, 1));
  });
});

describe("batch import encoding", () => {
  it("creates nothing from a Windows-1252 file", async () => {
    const importer = await createUser(fixtures, ["siiOperator"]);
    const header = "id_record;cf_richiedente;cognome_richiedente;nome_richiedente;componenti;numero_componenti;figli_a_carico;valore_isee;protocollo_dsu;data_dsu;indirizzo;civico;cap;comune;inizio_validita;fine_validita;tipo_fornitura;codice_fornitura";
    const row = `LATIN-${randomUUID().slice(0, 8)};${holder.fiscalCode};Galli;Nicolò;${holder.fiscalCode}/Galli/Nicolò;1;0;6000,00;DSU-L-1;2026-01-20;C.so Lodi;8;20135;Milano;2026-01-01;2026-12-31;DIRETTA;`;

    const result = await importNationalBatch(importer, { name: "lotto.csv", bytes: Buffer.from(`${header}\n${row}\n`, "latin1") });

    expect(result).toMatchObject({ ok: false, fileError: "notUtf8" });
    expect(await db().waterBonusBatch.count({ where: { importedById: importer.id } })).toBe(0);
  });
});
