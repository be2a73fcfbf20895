import type { Prisma } from "@/lib/generated/prisma/client";

import { utcDate } from "./dates";
import type { SeedContext } from "./seed-rows";

const rqsiiSource = "ARERA 655/2015/R/idr (RQSII), come modificata dalla 547/2019/R/idr";

/** Effective date of the seeded rows. Earlier versions of the standards are not seeded. */
const standardsEffectiveFrom = utcDate(2020, 1, 1);

/** 30 € base automatic indemnity, doubled or tripled with the delay. */
const baseIndemnityCents = 3000;

type StandardDefinition = {
  code: string;
  name: string;
  limitValue: number;
  unit: Prisma.ServiceStandardCreateManyInput["unit"];
  startEvent: string;
  stopEvent: string;
  toConfirm?: boolean;
};

const specificStandards: StandardDefinition[] = [
  { code: "connectionEstimateNoVisit", name: "Preventivo per allacciamento idrico o fognario senza sopralluogo", limitValue: 10, unit: "workingDays", startEvent: "requestReceived", stopEvent: "estimateSent" },
  { code: "connectionEstimateWithVisit", name: "Preventivo per allacciamento idrico o fognario con sopralluogo", limitValue: 20, unit: "workingDays", startEvent: "requestReceived", stopEvent: "estimateSent" },
  { code: "waterConnectionWorks", name: "Esecuzione dell'allacciamento idrico semplice", limitValue: 15, unit: "workingDays", startEvent: "estimateAccepted", stopEvent: "worksCompleted" },
  { code: "sewerConnectionWorks", name: "Esecuzione dell'allacciamento fognario semplice", limitValue: 20, unit: "workingDays", startEvent: "estimateAccepted", stopEvent: "worksCompleted" },
  { code: "supplyActivation", name: "Attivazione della fornitura", limitValue: 5, unit: "workingDays", startEvent: "requestReceived", stopEvent: "supplyActivated" },
  { code: "reactivationWithoutMeterChange", name: "Riattivazione o subentro senza modifiche al contatore", limitValue: 5, unit: "workingDays", startEvent: "requestReceived", stopEvent: "supplyActivated" },
  { code: "reactivationWithMeterChange", name: "Riattivazione o subentro con modifica della portata del contatore", limitValue: 10, unit: "workingDays", startEvent: "requestReceived", stopEvent: "supplyActivated" },
  { code: "reactivationAfterArrears", name: "Riattivazione dopo sospensione per morosità", limitValue: 2, unit: "feriali", startEvent: "paymentProofReceived", stopEvent: "supplyActivated" },
  { code: "deactivation", name: "Disattivazione della fornitura su richiesta", limitValue: 7, unit: "workingDays", startEvent: "requestReceived", stopEvent: "supplyDeactivated", toConfirm: true },
  { code: "voltura", name: "Esecuzione della voltura", limitValue: 5, unit: "workingDays", startEvent: "requestReceived", stopEvent: "volturaCompleted" },
  { code: "worksEstimateNoVisit", name: "Preventivo per lavori senza sopralluogo", limitValue: 10, unit: "workingDays", startEvent: "requestReceived", stopEvent: "estimateSent" },
  { code: "worksEstimateWithVisit", name: "Preventivo per lavori con sopralluogo", limitValue: 20, unit: "workingDays", startEvent: "requestReceived", stopEvent: "estimateSent" },
  { code: "simpleWorks", name: "Esecuzione di lavori semplici", limitValue: 10, unit: "workingDays", startEvent: "estimateAccepted", stopEvent: "worksCompleted" },
  { code: "appointmentPunctuality", name: "Fascia di puntualità per gli appuntamenti concordati", limitValue: 3, unit: "hours", startEvent: "appointmentWindowStart", stopEvent: "technicianArrived" },
  { code: "meterCheckIntervention", name: "Intervento per la verifica del contatore", limitValue: 10, unit: "workingDays", startEvent: "requestReceived", stopEvent: "meterChecked" },
  { code: "meterCheckResultOnSite", name: "Comunicazione dell'esito della verifica del contatore in loco", limitValue: 10, unit: "workingDays", startEvent: "meterChecked", stopEvent: "resultSent" },
  { code: "meterCheckResultLaboratory", name: "Comunicazione dell'esito della verifica del contatore in laboratorio", limitValue: 30, unit: "workingDays", startEvent: "meterChecked", stopEvent: "resultSent" },
  { code: "faultyMeterReplacement", name: "Sostituzione del contatore malfunzionante", limitValue: 10, unit: "workingDays", startEvent: "faultConfirmed", stopEvent: "meterReplaced" },
  { code: "pressureCheckIntervention", name: "Intervento per la verifica del livello di pressione", limitValue: 10, unit: "workingDays", startEvent: "requestReceived", stopEvent: "pressureChecked" },
  { code: "pressureCheckResult", name: "Comunicazione dell'esito della verifica del livello di pressione", limitValue: 10, unit: "workingDays", startEvent: "pressureChecked", stopEvent: "resultSent" },
  { code: "billIssue", name: "Emissione della fattura", limitValue: 45, unit: "calendarDays", startEvent: "billingPeriodEnded", stopEvent: "billIssued" },
  { code: "complaintReply", name: "Risposta motivata a reclamo scritto", limitValue: 30, unit: "workingDays", startEvent: "requestReceived", stopEvent: "replySent" },
  { code: "informationReply", name: "Risposta motivata a richiesta scritta di informazioni", limitValue: 30, unit: "workingDays", startEvent: "requestReceived", stopEvent: "replySent", toConfirm: true },
  { code: "billingCorrectionCredit", name: "Rettifica di fatturazione: accredito delle somme non dovute", limitValue: 60, unit: "workingDays", startEvent: "requestReceived", stopEvent: "creditIssued" },
];

type GeneralStandardDefinition = StandardDefinition & { targetPercent: number | null };

/** General standards: a share of cases within the limit, or with targetPercent null an average or a share to reach. */
const generalStandards: GeneralStandardDefinition[] = [
  { code: "complexWorks", name: "Esecuzione di allacciamenti e lavori complessi", limitValue: 30, unit: "workingDays", startEvent: "estimateAccepted", stopEvent: "worksCompleted", targetPercent: 90 },
  { code: "appointmentScheduling", name: "Tempo massimo per l'appuntamento concordato", limitValue: 7, unit: "workingDays", startEvent: "requestReceived", stopEvent: "appointmentDate", targetPercent: 90 },
  { code: "appointmentCancellationNotice", name: "Preavviso minimo per la disdetta dell'appuntamento concordato", limitValue: 24, unit: "hours", startEvent: "cancellationNotice", stopEvent: "appointmentStart", targetPercent: 95 },
  { code: "emergencyArrival", name: "Arrivo sul luogo di chiamata per pronto intervento", limitValue: 3, unit: "hours", startEvent: "emergencyCall", stopEvent: "crewArrived", targetPercent: 90 },
  { code: "billingCorrectionReply", name: "Risposta motivata a richiesta scritta di rettifica di fatturazione", limitValue: 30, unit: "workingDays", startEvent: "requestReceived", stopEvent: "replySent", targetPercent: 95 },
  { code: "counterMaximumWait", name: "Tempo massimo di attesa agli sportelli", limitValue: 60, unit: "minutes", startEvent: "ticketTaken", stopEvent: "customerServed", targetPercent: 95 },
  { code: "counterAverageWait", name: "Tempo medio di attesa agli sportelli", limitValue: 20, unit: "minutes", startEvent: "ticketTaken", stopEvent: "customerServed", targetPercent: null },
  { code: "phoneAccessibility", name: "Accessibilità al servizio telefonico (minimo)", limitValue: 90, unit: "percent", startEvent: "callReceived", stopEvent: "lineFree", targetPercent: null },
  { code: "phoneAverageWait", name: "Tempo medio di attesa per il servizio telefonico", limitValue: 240, unit: "seconds", startEvent: "callQueued", stopEvent: "callAnswered", targetPercent: null },
  { code: "phoneServiceLevel", name: "Livello del servizio telefonico (minimo)", limitValue: 80, unit: "percent", startEvent: "callQueued", stopEvent: "callAnswered", targetPercent: null },
  { code: "emergencyCallAnswer", name: "Tempo di risposta alla chiamata di pronto intervento", limitValue: 120, unit: "seconds", startEvent: "callReceived", stopEvent: "callAnswered", targetPercent: 90 },
];

type HolidayDefinition = { name: string; month: number; day: number; validFromYear?: number };

const nationalHolidays: HolidayDefinition[] = [
  { name: "Capodanno", month: 1, day: 1 },
  { name: "Epifania", month: 1, day: 6 },
  { name: "Festa della Liberazione", month: 4, day: 25 },
  { name: "Festa del Lavoro", month: 5, day: 1 },
  { name: "Festa della Repubblica", month: 6, day: 2 },
  { name: "Ferragosto", month: 8, day: 15 },
  // San Francesco d'Assisi is a national holiday again from 2026.
  { name: "San Francesco d'Assisi", month: 10, day: 4, validFromYear: 2026 },
  { name: "Ognissanti", month: 11, day: 1 },
  { name: "Immacolata Concezione", month: 12, day: 8 },
  { name: "Natale", month: 12, day: 25 },
  { name: "Santo Stefano", month: 12, day: 26 },
];

export type CharterIds = {
  standardsCalendarId: string;
  officesCalendarId: string;
  standardIdsByCode: Map<string, string>;
};

function addHolidays(context: SeedContext, calendarId: string, includeSantAmbrogio: boolean): void {
  for (const holiday of nationalHolidays) {
    context.rows.calendarHolidays.push({
      id: context.random.uuid(),
      calendarId,
      rule: "fixedDate",
      month: holiday.month,
      day: holiday.day,
      name: holiday.name,
      validFromYear: holiday.validFromYear ?? null,
      source: "Festività nazionali",
    });
  }

  context.rows.calendarHolidays.push({
    id: context.random.uuid(),
    calendarId,
    rule: "easterMonday",
    name: "Lunedì dell'Angelo",
    source: "Festività nazionali",
  });

  if (includeSantAmbrogio) {
    context.rows.calendarHolidays.push({
      id: context.random.uuid(),
      calendarId,
      rule: "fixedDate",
      month: 12,
      day: 7,
      name: "Sant'Ambrogio, patrono di Milano",
      source: "Festa del santo patrono del Comune di Milano",
    });
  }
}

/** Adds the two business calendars, their holidays, demo closures and the service standards. */
export function buildCharter(context: SeedContext): CharterIds {
  const standardsCalendarId = context.random.uuid();
  const officesCalendarId = context.random.uuid();

  context.rows.calendars.push(
    {
      id: standardsCalendarId,
      code: "sii-standards",
      name: "Scadenze degli standard ARERA (SII)",
      description:
        "Giorni festivi esclusi dal calcolo delle scadenze. Sant'Ambrogio non è incluso: da verificare se sospende i termini ARERA.",
    },
    {
      id: officesCalendarId,
      code: "milan-offices",
      name: "Apertura degli sportelli di Milano",
      description: "Festività nazionali e Sant'Ambrogio, oltre alle chiusure straordinarie degli sportelli.",
    },
  );
  addHolidays(context, standardsCalendarId, false);
  addHolidays(context, officesCalendarId, true);

  // Demo closures, not MM's real calendar.
  for (const [date, reason] of [
    [utcDate(2026, 12, 24), "Vigilia di Natale: sportelli chiusi (dato dimostrativo)"],
    [utcDate(2026, 12, 31), "Ultimo giorno dell'anno: sportelli chiusi (dato dimostrativo)"],
  ] as const) {
    context.rows.calendarClosures.push({ id: context.random.uuid(), calendarId: officesCalendarId, date, reason });
  }

  const standardIdsByCode = new Map<string, string>();
  for (const standard of specificStandards) {
    const id = context.random.uuid();
    standardIdsByCode.set(standard.code, id);
    context.rows.serviceStandards.push({
      id,
      code: standard.code,
      division: "sii",
      kind: "specific",
      name: standard.name,
      limitValue: standard.limitValue,
      unit: standard.unit,
      startEvent: standard.startEvent,
      stopEvent: standard.stopEvent,
      indemnityCents: baseIndemnityCents,
      // The punctuality indemnity stays at the base amount however late the technician arrives.
      indemnityScalesWithDelay: standard.code !== "appointmentPunctuality",
      source: rqsiiSource,
      toConfirm: standard.toConfirm ?? false,
      effectiveFrom: standardsEffectiveFrom,
      calendarId: standardsCalendarId,
    });
  }

  for (const standard of generalStandards) {
    const id = context.random.uuid();
    standardIdsByCode.set(standard.code, id);
    context.rows.serviceStandards.push({
      id,
      code: standard.code,
      division: "sii",
      kind: "general",
      name: standard.name,
      limitValue: standard.limitValue,
      unit: standard.unit,
      startEvent: standard.startEvent,
      stopEvent: standard.stopEvent,
      targetPercent: standard.targetPercent,
      source: rqsiiSource,
      effectiveFrom: standardsEffectiveFrom,
      calendarId: standardsCalendarId,
    });
  }

  return { standardsCalendarId, officesCalendarId, standardIdsByCode };
}
