import { randomUUID } from "node:crypto";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { computeBonusStatistics } from "@/lib/bonus/bonus-statistics";
import { correctCafApplication } from "@/lib/bonus/correct-caf-application";
import { createCafApplication } from "@/lib/bonus/create-caf-application";
import { creditBonusOnBill } from "@/lib/bonus/credit-bonus-on-bill";
import { decideApplication } from "@/lib/bonus/decide-application";
import { buildBatchOutcomeFile } from "@/lib/bonus/export-decisions";
import { importNationalBatch } from "@/lib/bonus/import-national-batch";
import { listCafApplications } from "@/lib/bonus/list-caf-applications";
import { loadApplicationForCaf } from "@/lib/bonus/load-application";
import { correctSupplyToResident, recordInspection, requestCorrection, scheduleInspection } from "@/lib/bonus/review-application";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors/app-error";
import { computeCodiceFiscale } from "@/lib/identifiers/codice-fiscale";
import { buildHistoricCafApplications } from "@/prisma/seed/bonus-history";
import { createSeedContext } from "@/prisma/seed/seed-rows";

import {
  createCafOffice,
  createPerson,
  createSupply,
  createUser,
  ensureBonusConfiguration,
  newBonusFixtures,
  removeBonusFixtures,
  type TestPerson,
} from "./bonus-fixtures";

const fixtures = newBonusFixtures();
const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));
const run = randomUUID().slice(0, 8).toUpperCase();

let operator: { id: string };
let holder: TestPerson;
let child: string;
let directSupply: { id: string; supplyCode: string };
let condominiumSupply: { id: string; supplyCode: string };
const stranger = computeCodiceFiscale({ surname: "Verdi", name: "Carla", birthDate: utc(1982, 5, 3), sex: "F", placeCode: "F205" });
const neighbour = computeCodiceFiscale({ surname: "Neri", name: "Piero", birthDate: utc(1970, 9, 14), sex: "M", placeCode: "F205" });

const header =
  "id_record;cf_richiedente;cognome_richiedente;nome_richiedente;componenti;numero_componenti;figli_a_carico;valore_isee;protocollo_dsu;data_dsu;indirizzo;civico;cap;comune;inizio_validita;fine_validita;tipo_fornitura;codice_fornitura";

function batchFile(): string {
  return [
    header,
    `DIR-${run};${holder.fiscalCode};${holder.familyName};${holder.givenName};${holder.fiscalCode}/${holder.familyName}/${holder.givenName}|${child}/${holder.familyName}/Luca;2;1;8450,00;DSU-A-${run};2026-01-20;V.le Monza;12 a;20127;Milano;2026-01-01;2026-12-31;DIRETTA;`,
    `IND-${run};${stranger};Verdi;Carla;${stranger}/Verdi/Carla;1;0;5000,00;DSU-B-${run};2026-01-22;Via Padova;30;20127;Milano;2026-01-01;2026-12-31;INDIRETTA;`,
    `BAD-ISEE-${run};${stranger};Verdi;Carla;${stranger}/Verdi/Carla;1;0;molto;DSU-C-${run};2026-01-22;Via Padova;30;20127;Milano;2026-01-01;2026-12-31;INDIRETTA;`,
    `BAD-COUNT-${run};${stranger};Verdi;Carla;${stranger}/Verdi/Carla;3;0;5000,00;DSU-D-${run};2026-01-22;Via Padova;30;20127;Milano;2026-01-01;2026-12-31;INDIRETTA;`,
    `DIR-${run};${holder.fiscalCode};${holder.familyName};${holder.givenName};${holder.fiscalCode}/${holder.familyName}/${holder.givenName};1;0;8450,00;DSU-E-${run};2026-01-20;V.le Monza;12 a;20127;Milano;2026-01-01;2026-12-31;DIRETTA;`,
    `NEAR-${run};${neighbour};Neri;Piero;${neighbour}/Neri/Piero;1;0;7000,00;DSU-F-${run};2026-01-25;Via Padova;32;20127;Milano;2026-01-01;2026-12-31;INDIRETTA;`,
  ].join("\n");
}

async function applicationOf(reference: string) {
  return db().waterBonusApplication.findUniqueOrThrow({
    where: { reference },
    select: { id: true, state: true, version: true, supplyId: true, matchResult: true, checks: { select: { kind: true, outcome: true, note: true } } },
  });
}

beforeAll(async () => {
  await ensureBonusConfiguration(fixtures);
  operator = await createUser(fixtures, ["siiOperator"]);
  holder = await createPerson(fixtures, "Bianchi");
  child = computeCodiceFiscale({ surname: "Bianchi", name: "Luca", birthDate: utc(2014, 3, 2), sex: "M", placeCode: "F205" });
  directSupply = await createSupply(fixtures, holder.id, { street: "Viale Monza", houseNumber: "12/A", postalCode: "20127" });
  const condominium = await createPerson(fixtures, "Condominio");
  condominiumSupply = await createSupply(fixtures, condominium.id, { street: "Via Padova", houseNumber: "30", postalCode: "20127" }, "condominium");
});

afterAll(async () => {
  await removeBonusFixtures(fixtures);
});

describe("national batch import", () => {
  it("imports good rows and lists bad ones", async () => {
    const result = await importNationalBatch(operator, { name: "lotto.csv", bytes: Buffer.from(batchFile()) }, utc(2026, 2, 10));

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.imported).toBe(3);
    expect(result.errors.map((error) => [error.row, error.reason])).toEqual([
      [4, "iseeInvalid"],
      [5, "memberCountMismatch"],
      [6, "duplicateInFile"],
    ]);
  });

  it("passes every check of the direct household", async () => {
    const direct = await applicationOf(`DIR-${run}`);
    expect(direct.state).toBe("checking");
    expect(direct.supplyId).toBe(directSupply.id);
    expect(direct.matchResult).toBe("matched");
    expect(direct.checks.filter((check) => check.outcome !== "passed")).toEqual([]);
    expect(direct.checks).toHaveLength(8);
  });

  it("matches the indirect household by address", async () => {
    const indirect = await applicationOf(`IND-${run}`);
    expect(indirect.supplyId).toBe(condominiumSupply.id);
    expect(indirect.checks.find((check) => check.kind === "addressMatch")?.outcome).toBe("passed");
  });

  it("sends a near address to review", async () => {
    const near = await applicationOf(`NEAR-${run}`);
    const addressCheck = near.checks.find((check) => check.kind === "addressMatch");
    expect(near.matchResult).toBe("pending");
    expect(addressCheck?.outcome).toBe("failed");
    expect(addressCheck?.note).toContain("addressNear");
  });

  it("creates nothing when the same file comes again", async () => {
    const before = await db().waterBonusApplication.count();
    const result = await importNationalBatch(operator, { name: "lotto-copia.csv", bytes: Buffer.from(batchFile()) });

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fileError).toBe("alreadyImported");
    expect(await db().waterBonusApplication.count()).toBe(before);
  });

  it("rejects a record id already imported from another file", async () => {
    const result = await importNationalBatch(operator, { name: "altro.csv", bytes: Buffer.from(`${batchFile()}\n`) });

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fileError).toBe("noValidRows");
    expect(result.errors.filter((error) => error.reason === "alreadyImported").map((error) => error.row)).toEqual([2, 3, 7]);
  });
});

describe("review and decision", () => {
  it("lets one of two concurrent decisions win", async () => {
    const indirect = await applicationOf(`IND-${run}`);
    const outcomes = await Promise.allSettled([
      decideApplication(operator, { applicationId: indirect.id, version: indirect.version, decision: "accepted", benefitStart: utc(2026, 1, 1) }),
      decideApplication(operator, { applicationId: indirect.id, version: indirect.version, decision: "rejected", rejectionCode: "OTHER", rejectionReason: "Decisione concorrente di prova." }),
    ]);

    const fulfilled = outcomes.filter((outcome) => outcome.status === "fulfilled");
    const rejected = outcomes.filter((outcome): outcome is PromiseRejectedResult => outcome.status === "rejected");
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    expect(isAppError(rejected[0]!.reason, "bonus.conflict")).toBe(true);
  });

  it("orders a payment within 60 days for an accepted indirect bonus", async () => {
    const indirect = await applicationOf(`IND-${run}`);
    if (indirect.state !== "accepted") {
      // The rejection won the race above; the payment orders then belong to no test here.
      expect(indirect.state).toBe("rejected");
      return;
    }
    const orders = await db().waterBonusPaymentOrder.findMany({ where: { applicationId: indirect.id }, orderBy: { supplementary: "asc" } });
    expect(orders.map((order) => [order.supplementary, order.amountCents])).toEqual([
      [false, 1460],
      [true, 1500],
    ]);
    expect((orders[0]!.dueBy.getTime() - orders[0]!.orderedOn.getTime()) / 86_400_000).toBe(60);
  });

  it("accepts a near match after a confirmed inspection", async () => {
    const near = await applicationOf(`NEAR-${run}`);
    await scheduleInspection(operator, { applicationId: near.id, version: near.version, scheduledAt: utc(2026, 3, 2), inspectorId: operator.id });
    const scheduled = await db().waterBonusApplication.findUniqueOrThrow({ where: { id: near.id }, select: { version: true, inspections: { select: { id: true } } } });

    await recordInspection(operator, {
      applicationId: near.id,
      version: scheduled.version,
      inspectionId: scheduled.inspections[0]!.id,
      outcome: "confirmed",
      performedAt: utc(2026, 3, 2),
      notes: "Nucleo presente all'indirizzo della fornitura.",
      photos: [],
    });

    const inspected = await applicationOf(`NEAR-${run}`);
    expect(inspected.checks.find((check) => check.kind === "addressMatch")?.outcome).toBe("waived");
    expect(inspected.matchResult).toBe("matched");
  });

  it("rejects a stale version", async () => {
    const direct = await applicationOf(`DIR-${run}`);
    await expect(decideApplication(operator, { applicationId: direct.id, version: direct.version + 1, decision: "accepted", benefitStart: utc(2026, 1, 1) })).rejects.toMatchObject({ code: "bonus.conflict" });
  });

  it("writes the outcome file", async () => {
    const direct = await applicationOf(`DIR-${run}`);
    await decideApplication(operator, { applicationId: direct.id, version: direct.version, decision: "accepted", benefitStart: utc(2026, 1, 1) });
    const near = await applicationOf(`NEAR-${run}`);
    await decideApplication(operator, { applicationId: near.id, version: near.version, decision: "rejected", rejectionCode: "ADDRESS_MISMATCH", rejectionReason: "Indirizzo diverso da quello della fornitura." });

    const batch = await db().waterBonusBatch.findFirstOrThrow({ where: { importedById: operator.id }, select: { id: true } });
    const outcome = await buildBatchOutcomeFile(batch.id);
    const lines = outcome!.csv.trim().split("\n");

    expect(lines[0]).toBe("id_record;esito;codice_motivo;motivo;codice_fornitura;tipo_fornitura;inizio_agevolazione;fine_agevolazione;importo_annuo;importo_integrativo_annuo");
    expect(lines).toContain(`DIR-${run};ACCETTATA;;;${directSupply.supplyCode};DIRETTA;2026-01-01;2026-12-31;29.20;30.00`);
    expect(lines).toContain(`NEAR-${run};RESPINTA;ADDRESS_MISMATCH;Indirizzo diverso da quello della fornitura.;${condominiumSupply.supplyCode};INDIRETTA;;;;`);
    expect(lines).toHaveLength(4);
  });

  it("credits the direct bonus on a bill once", async () => {
    const direct = await applicationOf(`DIR-${run}`);
    const bill = await db().bill.create({
      data: { number: `T/${run}`, supplyId: directSupply.id, periodStart: utc(2026, 1, 1), periodEnd: utc(2026, 4, 30), issuedOn: utc(2026, 5, 10), dueOn: utc(2026, 6, 5), consumptionCubicMetres: 40, totalCents: 5000 },
      select: { id: true },
    });

    const first = await db().$transaction((tx) => creditBonusOnBill(tx, bill.id));
    const second = await db().$transaction((tx) => creditBonusOnBill(tx, bill.id));
    const lines = await db().billLine.findMany({ where: { billId: bill.id }, orderBy: { position: "asc" }, select: { kind: true, amountCents: true, bonusApplicationId: true } });
    const updated = await db().bill.findUniqueOrThrow({ where: { id: bill.id }, select: { totalCents: true } });

    expect(first).toBe(-(960 + 986));
    expect(second).toBe(0);
    expect(lines).toEqual([
      { kind: "bonusCredit", amountCents: -960, bonusApplicationId: direct.id },
      { kind: "supplementaryBonusCredit", amountCents: -986, bonusApplicationId: direct.id },
    ]);
    expect(updated.totalCents).toBe(5000 - 960 - 986);
  });
});

describe("CAF applications", () => {
  const values = (idempotencyKey: string): Record<string, string> => ({
    idempotencyKey,
    applicantFamilyName: holder.familyName,
    applicantGivenName: holder.givenName,
    applicantFiscalCode: holder.fiscalCode,
    street: "Viale Monza",
    houseNumber: "12/A",
    postalCode: "20127",
    iseeEuros: "7.000,00",
    dsuProtocol: `DSU-CAF-${run}`,
    dsuDate: "2026-02-01",
    dependentChildren: "0",
    competenceYear: "2026",
    supplyKind: "direct",
    supplyCode: "",
    dwelling: "",
  });

  it("files once per form view and stays within its office", async () => {
    const officeA = await createCafOffice(fixtures);
    const officeB = await createCafOffice(fixtures);
    const operatorA = { ...(await createUser(fixtures, ["cafOperator"], officeA.id)), cafOfficeId: officeA.id, cafOfficeCode: officeA.code };
    const operatorB = { ...(await createUser(fixtures, ["cafOperator"], officeB.id)), cafOfficeId: officeB.id, cafOfficeCode: officeB.code };
    const key = randomUUID();

    const first = await createCafApplication(operatorA, values(key), utc(2026, 2, 15));
    const repeat = await createCafApplication(operatorA, values(key), utc(2026, 2, 15));
    expect(first.ok).toBe(true);
    expect(repeat.ok).toBe(true);
    if (!first.ok || !repeat.ok) return;
    expect(repeat.created).toBe(false);
    expect(repeat.applicationId).toBe(first.applicationId);

    expect(await loadApplicationForCaf(first.applicationId, officeA.id)).not.toBeNull();
    expect(await loadApplicationForCaf(first.applicationId, officeB.id)).toBeNull();
    expect((await listCafApplications(officeB.id, {})).rows).toEqual([]);
    await expect(correctCafApplication(operatorB, first.applicationId, values(key))).rejects.toMatchObject({ code: "bonus.notFound", status: 404 });
  });

  it("goes back to the CAF and returns corrected", async () => {
    const office = await createCafOffice(fixtures);
    const cafOperator = { ...(await createUser(fixtures, ["cafOperator"], office.id)), cafOfficeId: office.id, cafOfficeCode: office.code };
    const filed = await createCafApplication(cafOperator, { ...values(randomUUID()), houseNumber: "14" }, utc(2026, 2, 15));
    if (!filed.ok) throw new Error("CAF application not filed");

    const before = await db().waterBonusApplication.findUniqueOrThrow({ where: { id: filed.applicationId }, select: { version: true } });
    await requestCorrection(operator, { applicationId: filed.applicationId, version: before.version, message: "Il civico dichiarato non corrisponde alla fornitura." });
    const waiting = await db().waterBonusApplication.findUniqueOrThrow({ where: { id: filed.applicationId }, select: { state: true } });
    expect(waiting.state).toBe("awaitingCorrection");

    await correctCafApplication(cafOperator, filed.applicationId, values(randomUUID()), utc(2026, 2, 20));
    const corrected = await db().waterBonusApplication.findUniqueOrThrow({
      where: { id: filed.applicationId },
      select: { state: true, correctionRequest: true, checks: { where: { kind: "addressMatch" }, select: { outcome: true } } },
    });
    expect(corrected.state).toBe("checking");
    expect(corrected.correctionRequest).toBeNull();
    expect(corrected.checks).toEqual([{ outcome: "passed" }]);

    const timeline = await db().auditLog.findMany({ where: { entityId: filed.applicationId }, orderBy: { createdAt: "asc" }, select: { action: true } });
    expect(timeline.map((entry) => entry.action)).toEqual([
      "bonusApplication.received",
      "bonusApplication.checked",
      "bonusApplication.correctionRequested",
      "bonusApplication.corrected",
      "bonusApplication.checked",
    ]);
  });

  it("fixes a supply coded non-resident by mistake", async () => {
    const office = await createCafOffice(fixtures);
    const cafOperator = { ...(await createUser(fixtures, ["cafOperator"], office.id)), cafOfficeId: office.id, cafOfficeCode: office.code };
    const owner = await createPerson(fixtures, "Galli");
    const supply = await createSupply(fixtures, owner.id, { street: "Via Ripamonti", houseNumber: "88", postalCode: "20141" }, "domesticNonResident");
    const filed = await createCafApplication(
      cafOperator,
      { ...values(randomUUID()), applicantFamilyName: owner.familyName, applicantGivenName: owner.givenName, applicantFiscalCode: owner.fiscalCode, street: "Via Ripamonti", houseNumber: "88", postalCode: "20141" },
      utc(2026, 2, 15),
    );
    if (!filed.ok) throw new Error("CAF application not filed");

    const failed = await applicationOf((await db().waterBonusApplication.findUniqueOrThrow({ where: { id: filed.applicationId }, select: { reference: true } })).reference);
    expect(failed.supplyId).toBe(supply.id);
    expect(failed.checks.find((check) => check.kind === "domesticResident")?.outcome).toBe("failed");

    await correctSupplyToResident(operator, { applicationId: filed.applicationId, version: failed.version, declarationNote: "Autocertificazione del 10/02/2026, prot. 123" });

    const fixed = await db().waterBonusCheck.findUniqueOrThrow({ where: { applicationId_kind: { applicationId: filed.applicationId, kind: "domesticResident" } }, select: { outcome: true } });
    const supplyAfter = await db().supply.findUniqueOrThrow({ where: { id: supply.id }, select: { useType: true } });
    const audit = await db().auditLog.findFirst({ where: { entity: "Supply", entityId: supply.id, action: "supply.update" }, select: { actorId: true } });
    expect(fixed.outcome).toBe("passed");
    expect(supplyAfter.useType).toBe("domesticResident");
    expect(audit?.actorId).toBe(operator.id);
  });

  it("flags an invalid codice fiscale on the form", async () => {
    const office = await createCafOffice(fixtures);
    const cafOperator = { ...(await createUser(fixtures, ["cafOperator"], office.id)), cafOfficeId: office.id, cafOfficeCode: office.code };
    const broken = `${holder.fiscalCode.slice(0, 15)}${holder.fiscalCode.endsWith("A") ? "B" : "A"}`;

    const result = await createCafApplication(cafOperator, { ...values(randomUUID()), applicantFiscalCode: broken }, utc(2026, 2, 15));
    expect(result).toEqual({ ok: false, fieldErrors: { applicantFiscalCode: "fiscalCode_checkCharacter" } });
  });
});

describe("statistics", () => {
  it("computes the historic year from its rows", async () => {
    const office = await createCafOffice(fixtures);
    const cafOperator = await createUser(fixtures, ["cafOperator"], office.id);
    const context = createSeedContext(1);
    buildHistoricCafApplications(context, { cafOfficeId: office.id, cafOperatorId: cafOperator.id, deciderId: operator.id, existing: { received: 0, startingThatYear: 0, accepted: 0 } });
    await db().waterBonusApplication.createMany({ data: context.rows.bonusApplications });
    await db().waterBonusMember.createMany({ data: context.rows.bonusMembers });
    await db().waterBonusCheck.createMany({ data: context.rows.bonusChecks });

    const stats = await computeBonusStatistics(2019);

    expect(stats.received).toBe(1671);
    expect(stats.byStartYear).toEqual([
      { year: 2019, count: 1562 },
      { year: 2020, count: 109 },
    ]);
    expect(stats.accepted).toBe(1591);
    expect(stats.rejected).toBe(80);
    expect(stats.pending).toBe(0);
    expect((stats.acceptedShare! * 100).toFixed(1)).toBe("95.2");
    expect(stats.rejectionReasons.reduce((sum, row) => sum + row.count, 0)).toBe(80);
    expect(stats.bySupplyKind.reduce((sum, row) => sum + row.count, 0)).toBe(1671);
    // Inserting the 1,671 historic rows took 12 to 31 s on a loaded 2-core machine, over the 30 s default.
  }, 90_000);
});
