import { createHash } from "node:crypto";

import { romeDateOf } from "@/lib/charter/rome-time";
import type { PracticeState } from "@/lib/generated/prisma/client";
import { addDays as addPlainDays } from "@/lib/charter/plain-date";
import { onlinePracticeKinds, type OnlinePracticeKind } from "@/lib/practices/practice-kinds";
import { formatPracticeProtocol, practiceCounterScope } from "@/lib/practices/practice-protocol";
import { parsePracticeForm } from "@/lib/practices/practice-schemas";

import { addDays, atHour, seedReferenceDate } from "./dates";
import { nextInSequence, type SeedContext } from "./seed-rows";
import type { SeededSupply } from "./water";

export type PracticeSeedOptions = {
  /** Domestic supplies whose holders file the generated practices: online with an account, at the counter without one. */
  domesticSupplies: SeededSupply[];
  /** Supply of the demo holder, whose account gets two online practices. */
  demoHolderSupply: SeededSupply;
  /** A condominium supply of the demo administrator, who gets one online practice. */
  demoAdminSupply: SeededSupply & { adminPersonId: string };
  siiOperatorId: string;
};

type Applicant = { personId: string; userId: string | null; givenName: string; familyName: string; fiscalCode: string; email: string };

type PracticePlan = {
  kind: OnlinePracticeKind;
  finalState: PracticeState;
  applicant: Applicant;
  supply: SeededSupply | null;
  submittedAt: Date;
  /** Whether an operator took the practice up before asking for documents or deciding. */
  takenUp: boolean;
  /** Text of the operator for waitingForCustomer and rejected. */
  operatorMessage?: string;
  /** Adds a small PDF identity document. */
  withDocument?: boolean;
  values?: Record<string, string>;
};

/** Final states of the generated practices. Drafts are never shown and no workflow reaches cancelled, so neither is seeded. */
const finalStates: readonly PracticeState[] = ["submitted", "inProgress", "waitingForCustomer", "approved", "rejected", "completed"];

/** Practices generated beyond the three of the demo accounts. */
const generatedCount = 38;

const requestMessages = [
  "Per procedere ci serve una copia leggibile del documento d'identità, fronte e retro.",
  "Manca la pagina del contratto con i dati catastali: allegala rispondendo a questa richiesta.",
  "L'autolettura indicata non coincide con l'ultima lettura rilevata: puoi inviarci una foto del contatore?",
];

const rejectionMessages = [
  "Il codice fiscale indicato non corrisponde all'intestatario dell'utenza.",
  "Il titolo di occupazione allegato è scaduto: presenta una nuova pratica con il contratto in vigore.",
];

/**
 * Adds about 40 water-service practices of every online kind in every state a customer can see,
 * each with the timeline its state implies (AuditLog rows) and a payload that passes its kind's
 * schema on the submission day. The demo holder gets one practice waiting for an answer and one
 * completed, the demo administrator one just submitted. Protocols follow submission order and the
 * practice counter continues after them. Call it last, so its random draws leave earlier rows unchanged.
 */
export function buildPractices(context: SeedContext, options: PracticeSeedOptions): void {
  const plans = [...demoPlans(context, options), ...generatedPlans(context, options)].sort((left, right) => left.submittedAt.getTime() - right.submittedAt.getTime());

  for (const plan of plans) addPractice(context, plan, options.siiOperatorId);

  const lastByYear = new Map<number, number>();
  for (const [name, next] of context.sequences) {
    const match = new RegExp(`^${practiceCounterScope}:(\\d{4})$`).exec(name);
    if (match) lastByYear.set(Number(match[1]), next - 1);
  }
  for (const [year, lastValue] of lastByYear) context.rows.protocolCounters.push({ scope: practiceCounterScope, year, lastValue });
}

function demoPlans(context: SeedContext, options: PracticeSeedOptions): PracticePlan[] {
  const holder = applicantOf(context, options.demoHolderSupply.holderId);
  const admin = applicantOf(context, options.demoAdminSupply.adminPersonId);

  return [
    {
      kind: "contactChange",
      finalState: "waitingForCustomer",
      applicant: holder,
      supply: options.demoHolderSupply,
      submittedAt: atHour(addDays(seedReferenceDate, -6), 18, 20),
      takenUp: true,
      operatorMessage: "Per cambiare l'indirizzo di recapito ci serve una copia del documento d'identità dell'intestatario. Allegala rispondendo qui.",
      values: { billingStreet: "Via Vitruvio", billingHouseNumber: "12", billingPostalCode: "20124", billingCity: "Milano", contactPhone: "+39 347 5550123" },
    },
    {
      kind: "eBilling",
      finalState: "completed",
      applicant: holder,
      supply: options.demoHolderSupply,
      submittedAt: atHour(addDays(seedReferenceDate, -40), 9, 5),
      takenUp: true,
      values: { billingEmail: "mario.rossi@posta.test", billingEmailConfirmation: "mario.rossi@posta.test" },
    },
    {
      kind: "contactChange",
      finalState: "submitted",
      applicant: admin,
      supply: options.demoAdminSupply,
      submittedAt: atHour(addDays(seedReferenceDate, -2), 11, 40),
      takenUp: false,
      values: { contactEmail: admin.email },
    },
  ];
}

function generatedPlans(context: SeedContext, options: PracticeSeedOptions): PracticePlan[] {
  const { random } = context;
  const active = options.domesticSupplies.filter((supply) => supply.state === "active");
  const terminated = options.domesticSupplies.filter((supply) => supply.state === "terminated");
  const plans: PracticePlan[] = [];

  for (let index = 0; index < generatedCount; index += 1) {
    const kind = onlinePracticeKinds[index % onlinePracticeKinds.length]!;
    const finalState = finalStates[index % finalStates.length]!;
    const ownSupply = random.pick(active);

    // A subentro reopens a closed supply and a voltura takes over someone else's, so the applicant is another person.
    let supply: SeededSupply | null = ownSupply;
    let applicantSupply = ownSupply;
    if (kind === "connection") supply = null;
    if (kind === "subentro" || kind === "voltura") {
      const taken = kind === "subentro" ? random.pick(terminated) : random.pick(active);
      supply = taken;
      applicantSupply = random.pick(active.filter((candidate) => candidate.holderId !== taken.holderId));
    }

    plans.push({
      kind,
      finalState,
      applicant: applicantOf(context, applicantSupply.holderId),
      supply,
      submittedAt: atHour(addDays(seedReferenceDate, -random.integer(8, 75)), random.integer(8, 17), random.pick([0, 15, 30, 45])),
      takenUp: finalState !== "submitted" && (finalState !== "waitingForCustomer" || random.chance(0.5)),
      operatorMessage: operatorMessageFor(context, finalState),
      withDocument: index < 2,
    });
  }

  return plans;
}

function operatorMessageFor(context: SeedContext, state: PracticeState): string | undefined {
  if (state === "waitingForCustomer") return context.random.pick(requestMessages);
  if (state === "rejected") return context.random.pick(rejectionMessages);
  return undefined;
}

function applicantOf(context: SeedContext, personId: string): Applicant {
  const person = context.rows.persons.find((row) => row.id === personId);
  if (!person) throw new Error(`Seed person ${personId} not found`);

  const givenName = person.givenName ?? person.legalName ?? "Cliente";
  const familyName = person.familyName ?? "MM";
  const user = context.rows.users.find((row) => row.personId === personId);
  const email = person.email ?? `${asciiWord(givenName)}.${asciiWord(familyName)}@posta.test`;

  return { personId, userId: user?.id ?? null, givenName, familyName, fiscalCode: person.fiscalCode, email };
}

function asciiWord(text: string): string {
  return text.normalize("NFD").replace(/[^A-Za-z]/g, "").toLowerCase() || "cliente";
}

/** Returns the states an operator moves the practice through after submission, ending in the plan's final state. */
function stepsTo(plan: PracticePlan): PracticeState[] {
  const takeUp: PracticeState[] = plan.takenUp ? ["inProgress"] : [];
  switch (plan.finalState) {
    case "submitted":
      return [];
    case "inProgress":
      return ["inProgress"];
    case "waitingForCustomer":
      return [...takeUp, "waitingForCustomer"];
    case "approved":
      return ["inProgress", "approved"];
    case "rejected":
      return [...takeUp, "rejected"];
    case "completed":
      return ["inProgress", "approved", "completed"];
    default:
      throw new Error(`No seeded path reaches ${plan.finalState}`);
  }
}

function addPractice(context: SeedContext, plan: PracticePlan, operatorId: string): void {
  const { random, rows } = context;
  const id = random.uuid();
  const year = plan.submittedAt.getUTCFullYear();
  const protocol = formatPracticeProtocol(year, nextInSequence(context, `${practiceCounterScope}:${year}`));
  const payload = payloadOf(context, plan);
  const online = plan.applicant.userId !== null;

  // Each operator step comes one to three days after the previous one, or an hour later when that day would pass the reference date.
  let at = plan.submittedAt;
  let state: PracticeState = "submitted";
  const practice = {
    id,
    protocol,
    kind: plan.kind,
    division: "sii" as const,
    state,
    channel: online ? ("onlineCounter" as const) : ("officeCounter" as const),
    applicantId: plan.applicant.personId,
    submittedById: plan.applicant.userId,
    assigneeId: null as string | null,
    supplyId: plan.supply?.id ?? null,
    payload,
    submittedAt: plan.submittedAt,
    decidedAt: null as Date | null,
    completedAt: null as Date | null,
    rejectionReason: null as string | null,
    createdAt: plan.submittedAt,
    updatedAt: plan.submittedAt,
  };
  addEvent(context, { practiceId: id, actorId: plan.applicant.userId, action: "practice.submit", from: null, to: "submitted", message: null, at });

  for (const target of stepsTo(plan)) {
    const next = atHour(addDays(startOfDay(at), random.integer(1, 3)), random.integer(9, 16), random.pick([0, 10, 25, 40]));
    at = next.getTime() < seedReferenceDate.getTime() ? next : new Date(at.getTime() + 3_600_000);

    const message = target === "waitingForCustomer" || target === "rejected" ? (plan.operatorMessage ?? null) : null;
    addEvent(context, { practiceId: id, actorId: operatorId, action: "practice.changeState", from: state, to: target, message, at });

    if (target === "inProgress") practice.assigneeId = operatorId;
    if (target === "approved" || target === "rejected") practice.decidedAt = at;
    if (target === "rejected") practice.rejectionReason = message;
    if (target === "completed") practice.completedAt = at;
    state = target;
  }

  rows.practices.push({ ...practice, state, updatedAt: at });
  if (plan.withDocument) addIdentityDocument(context, id, plan.applicant, plan.submittedAt);
}

function startOfDay(instant: Date): Date {
  return new Date(Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth(), instant.getUTCDate()));
}

type SeedEvent = { practiceId: string; actorId: string | null; action: string; from: PracticeState | null; to: PracticeState; message: string | null; at: Date };

/** Adds a timeline entry shaped like the ones lib/practices/practice-events.ts writes. */
function addEvent(context: SeedContext, event: SeedEvent): void {
  context.rows.auditLogs.push({
    id: context.random.uuid(),
    actorId: event.actorId,
    action: event.action,
    entity: "Practice",
    entityId: event.practiceId,
    before: event.from ? { state: event.from } : undefined,
    after: { state: event.to, message: event.message },
    createdAt: event.at,
  });
}

/** Builds the form values of the plan's kind and returns the payload its schema produces on the submission day. */
function payloadOf(context: SeedContext, plan: PracticePlan): Record<string, string | number | null> {
  const today = romeDateOf(plan.submittedAt);
  const values = { idempotencyKey: context.random.uuid(), ...formValuesOf(context, plan, today), ...plan.values };

  const parsed = parsePracticeForm(plan.kind, values, today);
  if (!parsed.ok) throw new Error(`Seed ${plan.kind} practice is invalid: ${JSON.stringify(parsed.fieldErrors)}`);
  return parsed.payload;
}

function formValuesOf(context: SeedContext, plan: PracticePlan, today: string): Record<string, string> {
  const { random } = context;
  const { applicant } = plan;
  const identity = { givenName: applicant.givenName, familyName: applicant.familyName, fiscalCode: applicant.fiscalCode, email: applicant.email, phone: "" };
  const cadastral = { foglio: String(random.integer(1, 650)), particella: String(random.integer(1, 999)), subalterno: String(random.integer(1, 40)), occupancyTitle: random.pick(["owner", "tenant"]) };
  const supplyCode = plan.supply?.supplyCode ?? "";
  const household = { useType: "domesticResident", householdSize: String(random.integer(1, 5)) };

  switch (plan.kind) {
    case "connection":
      return { ...identity, services: "waterAndSewer", ...household, housingUnits: "1", street: "Via Giovanni Pascoli", houseNumber: String(random.integer(1, 60)), postalCode: "20129", ...cadastral, notes: "" };
    case "subentro":
      return { ...identity, supplyCode, ...household, ...cadastral, startDate: addPlainDays(today, random.integer(5, 30)), notes: "" };
    case "voltura": {
      const previous = applicantOf(context, plan.supply!.holderId);
      const previousHolder = { previousHolderName: `${previous.givenName} ${previous.familyName}`, previousHolderFiscalCode: previous.fiscalCode };
      return { ...identity, supplyCode, ...previousHolder, ...household, ...cadastral, finalReading: String(random.integer(200, 4000)), readingDate: addPlainDays(today, -1), notes: "" };
    }
    case "termination":
      return {
        ...identity,
        supplyCode,
        finalReading: String(random.integer(200, 4000)),
        readingDate: today,
        terminationDate: addPlainDays(today, random.integer(10, 30)),
        billingStreet: "Via Emilia",
        billingHouseNumber: String(random.integer(1, 200)),
        billingPostalCode: "40125",
        billingCity: "Bologna",
        notes: "",
      };
    case "contactChange":
      return { supplyCode, billingStreet: "", billingHouseNumber: "", billingPostalCode: "", billingCity: "", contactEmail: "", contactPhone: `+39 3${random.digits(2)} ${random.digits(7)}`, notes: "" };
    case "sepaMandate":
      return { supplyCode, accountHolderName: `${applicant.givenName} ${applicant.familyName}`, accountHolderFiscalCode: applicant.fiscalCode, iban: "IT60X0542811101000000123456", mandateConsent: "on" };
    case "eBilling":
      return { supplyCode, billingEmail: applicant.email, billingEmailConfirmation: applicant.email, paperlessConsent: "on" };
  }
}

/** Stores a one-page PDF in the database (`content`), attached to the practice as its identity document. */
function addIdentityDocument(context: SeedContext, practiceId: string, applicant: Applicant, at: Date): void {
  const bytes = onePagePdf(["Sportello MM - documento dimostrativo", `Documento d'identita di ${asciiText(applicant.givenName)} ${asciiText(applicant.familyName)}`, `Codice fiscale ${applicant.fiscalCode}`]);
  const fileId = context.random.uuid();

  context.rows.storedFiles.push({
    id: fileId,
    fileName: "documento-identita.pdf",
    contentType: "application/pdf",
    sizeBytes: bytes.length,
    sha256: createHash("sha256").update(bytes).digest("hex"),
    content: bytes,
    uploadedById: applicant.userId,
    createdAt: at,
  });
  context.rows.practiceDocuments.push({ id: context.random.uuid(), practiceId, fileId, kind: "identityDocument", createdAt: at });
}

/** Keeps the characters the PDF's standard Helvetica prints from a plain string literal. */
function asciiText(text: string): string {
  return text.normalize("NFD").replace(/[^\x20-\x7e]/g, "");
}

/**
 * Writes a minimal PDF 1.4 file with one A4 page of Helvetica text lines. It is built by hand,
 * because pdfkit stamps the creation time and the seed must give the same bytes on every run.
 */
export function onePagePdf(lines: string[]): Uint8Array<ArrayBuffer> {
  const escaped = lines.map((line) => asciiText(line).replace(/[\\()]/g, (character) => `\\${character}`));
  const stream = `BT /F1 14 Tf 18 TL 72 770 Td ${escaped.map((line) => `(${line}) Tj T*`).join(" ")} ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];

  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });

  const xrefAt = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("")}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`;

  return new Uint8Array(Buffer.from(body, "latin1"));
}
