import type { Prisma } from "@/lib/generated/prisma/client";

import type { StaffIds } from "./accounts";
import { addDays, atHour, seedReferenceDate } from "./dates";
import type { SeededTenancy } from "./housing";
import { nextInSequence, type SeedContext } from "./seed-rows";
import type { SeededSupply } from "./water";
import { breachNoticedAt, calendarOfStandard, lateStopFor, seededDeadline, seededIndemnity } from "./ticket-clocks";

type TicketState = NonNullable<Prisma.TicketCreateManyInput["state"]>;
type Channel = Prisma.TicketCreateManyInput["channel"];
type Priority = NonNullable<Prisma.TicketCreateManyInput["priority"]>;
type IndemnityLevel = Prisma.IndemnityCreateManyInput["level"];

type Template = { subject: string; description: string; reply: string };

/** Subject, customer's text and operator's reply for each category the demo tickets use. */
const templates: Record<string, Template> = {
  "sii:complaint": {
    subject: "Bolletta con consumo troppo alto",
    description: "L'ultima bolletta riporta un consumo molto più alto del solito, ma in casa non ci sono perdite. Chiedo di verificare i consumi fatturati.",
    reply: "Abbiamo verificato le letture: il consumo fatturato deriva da una lettura stimata. La prossima bolletta sarà ricalcolata sulla lettura reale di ottobre.",
  },
  "sii:information": {
    subject: "Come comunicare l'autolettura",
    description: "Vorrei sapere in quali periodi posso comunicare l'autolettura e se posso farlo anche per telefono.",
    reply: "Può comunicare l'autolettura in qualsiasi momento dallo Sportello Online, in chat o al numero verde 800 021 800.",
  },
  "sii:billingCorrection": {
    subject: "Bolletta emessa su lettura stimata",
    description: "La bolletta è stata calcolata su una lettura stimata anche se avevo inviato l'autolettura. Chiedo il ricalcolo.",
    reply: "L'autolettura non era stata acquisita perché inviata dopo la chiusura del periodo. Abbiamo emesso una nota di credito con il ricalcolo.",
  },
  "sii:meterCheck": {
    subject: "Il contatore gira con i rubinetti chiusi",
    description: "Il contatore continua a girare anche con tutti i rubinetti chiusi. Chiedo una verifica del contatore.",
    reply: "La verifica in loco ha rilevato una perdita sull'impianto interno a valle del contatore, che funziona correttamente.",
  },
  "sii:leak": {
    subject: "Perdita d'acqua dal chiusino sul marciapiede",
    description: "Dal chiusino davanti al civico esce acqua in continuazione da ieri sera.",
    reply: "La squadra di pronto intervento ha riparato la perdita sulla rete stradale.",
  },
  "sii:pressureCheck": {
    subject: "Pressione dell'acqua molto bassa",
    description: "Da alcune settimane ai piani alti la pressione dell'acqua è molto bassa, soprattutto la sera.",
    reply: "La verifica della pressione al punto di consegna ha dato valori nella norma: il calo dipende dall'autoclave condominiale.",
  },
  "sii:noWater": {
    subject: "Manca l'acqua in tutto lo stabile",
    description: "Da questa mattina in tutto lo stabile non arriva acqua e non abbiamo ricevuto avvisi di lavori.",
    reply: "L'interruzione era dovuta a un guasto sulla condotta di via, riparato dalla squadra di pronto intervento.",
  },
  "sii:payments": {
    subject: "Richiesta di rateizzazione",
    description: "Chiedo di poter pagare a rate l'ultima bolletta, di importo più alto del solito.",
    reply: "Abbiamo attivato un piano in tre rate mensili: trova i nuovi avvisi pagoPA nello Sportello Online.",
  },
  "casa:elevator": {
    subject: "Ascensore fermo",
    description: "L'ascensore della scala è fermo da due giorni e al quarto piano abita una persona anziana.",
    reply: "La ditta di manutenzione ha sostituito la scheda di controllo e l'ascensore è di nuovo in funzione.",
  },
  "casa:damp": {
    subject: "Muffa e infiltrazioni in camera",
    description: "Sulla parete esterna della camera da letto c'è muffa e dopo la pioggia compaiono macchie di umidità.",
    reply: "Il tecnico ha programmato il sopralluogo per verificare la facciata e il serramento.",
  },
  "casa:plumbing": {
    subject: "Perdita dal bagno verso l'alloggio sotto",
    description: "Il vicino del piano di sotto segnala una macchia d'acqua sul soffitto del bagno.",
    reply: "L'idraulico ha sostituito il raccordo dello scarico della vasca.",
  },
  "casa:heating": {
    subject: "Termosifoni freddi",
    description: "Da tre giorni i termosifoni dell'alloggio restano freddi anche nelle ore di accensione.",
    reply: "Il manutentore ha sfiatato l'impianto della scala: i termosifoni sono tornati in temperatura.",
  },
  "casa:unlawfulOccupation": {
    subject: "Alloggio sfitto occupato senza titolo",
    description: "Nell'alloggio sfitto del terzo piano sono entrate alcune persone senza contratto.",
    reply: "La segnalazione è stata trasmessa all'ufficio competente e alla Polizia Locale.",
  },
  "casa:rentAndCharges": {
    subject: "Spese di riscaldamento non chiare",
    description: "Nel bollettino di questo mese le spese di riscaldamento sono raddoppiate. Vorrei capire il motivo.",
    reply: "L'importo comprende il conguaglio della stagione precedente, ripartito per millesimi.",
  },
  "casa:electrical": {
    subject: "Luci delle scale spente",
    description: "Le luci della scala B sono spente da una settimana e la sera le scale sono al buio.",
    reply: "L'elettricista ha sostituito il temporizzatore dell'impianto di illuminazione della scala.",
  },
  "casa:pestControl": {
    subject: "Topi in cantina",
    description: "Nelle cantine dello stabile sono stati visti dei topi.",
    reply: "La ditta incaricata ha eseguito la derattizzazione delle cantine e tornerà per un controllo fra trenta giorni.",
  },
  "casa:commonAreas": {
    subject: "Pulizia delle scale non eseguita",
    description: "Da due settimane la pulizia delle scale non viene fatta.",
    reply: "Abbiamo sollecitato l'impresa di pulizie, che ha ripreso il servizio.",
  },
};

export type TicketInputs = {
  categoryIds: Map<string, string>;
  teamIds: Map<string, string>;
  staff: StaffIds;
  siiSupplies: SeededSupply[];
  tenancies: SeededTenancy[];
  /** Accounts of demo customers, by person id, so their tickets show as opened by them. */
  userIdsByPersonId: Map<string, string>;
  demo: { holderSupply: SeededSupply; tenantTenancy: SeededTenancy; tenantHolderTenancy: SeededTenancy; tenantHolderSupply: SeededSupply };
};

type TicketPlan = {
  key: string;
  state: TicketState;
  channel: Channel;
  daysAgo: number;
  /** Filled in once the plans are drawn, so protocols can follow the opening order. */
  openedAt?: Date;
  supply?: SeededSupply;
  tenancy?: SeededTenancy;
  reporterId?: string | null;
  /** Indemnity level the late resolution earns, for tickets resolved past their deadline on purpose. */
  late?: IndemnityLevel;
  /** True for the late ticket whose indemnity an operator exempted. */
  exempt?: boolean;
  priority?: Priority;
  /** False for the tickets waiting in a team's queue without an operator. */
  assigned?: boolean;
};

const siiChannels: Array<readonly [Channel, number]> = [
  ["onlineCounter", 30],
  ["callCenter", 25],
  ["email", 12],
  ["pec", 5],
  ["chat", 10],
  ["officeCounter", 10],
  ["post", 3],
  ["backOffice", 5],
];
const casaChannels: Array<readonly [Channel, number]> = [
  ["virtualCounter", 25],
  ["contactCenter", 30],
  ["email", 10],
  ["pec", 3],
  ["officeCounter", 10],
  ["caretaker", 15],
  ["post", 2],
  ["backOffice", 5],
];
const priorities: Array<readonly [Priority, number]> = [
  ["low", 15],
  ["normal", 60],
  ["high", 18],
  ["urgent", 7],
];

/** Categories with a short specific standard, so a ticket opened months ago can be resolved at every indemnity level before the reference date. */
const lateLevels: Array<readonly [string, IndemnityLevel]> = [
  ["sii:meterCheck", "base"],
  ["sii:pressureCheck", "base"],
  ["sii:complaint", "base"],
  ["sii:meterCheck", "doubled"],
  ["sii:pressureCheck", "doubled"],
  ["sii:meterCheck", "doubled"],
  ["sii:meterCheck", "tripled"],
  ["sii:pressureCheck", "tripled"],
  ["sii:meterCheck", "tripled"],
];

function standardOf(context: SeedContext, code: string | null | undefined) {
  if (!code) return null;
  return context.rows.serviceStandards.find((standard) => standard.code === code) ?? null;
}

function teamCodeFor(division: "sii" | "casa", nature: "administrative" | "technical"): string {
  if (division === "sii") return nature === "technical" ? "sii-technical" : "sii-front-office";
  return nature === "technical" ? "casa-maintenance" : "casa-administrative";
}

function clockStateFor(state: TicketState): "running" | "paused" | "stopped" | "notApplicable" {
  if (state === "waitingForCustomer") return "paused";
  if (state === "resolved" || state === "closed") return "stopped";
  if (state === "cancelled") return "notApplicable";
  return "running";
}

/** Returns a ticket's age in days: at most 5 for new tickets, at least 3 for the others so their timeline fits before the reference date. */
function daysAgoFor(context: SeedContext, state: TicketState): number {
  return state === "new" ? context.random.integer(0, 5) : context.random.integer(3, 180);
}

function planTickets(context: SeedContext, inputs: TicketInputs): TicketPlan[] {
  const { random } = context;
  const caretakerId = inputs.staff.caretakerIds[0] ?? null;
  const plans: TicketPlan[] = [
    { key: "sii:complaint", state: "resolved", channel: "onlineCounter", daysAgo: 40, supply: inputs.demo.holderSupply },
    { key: "sii:information", state: "new", channel: "onlineCounter", daysAgo: 1, supply: inputs.demo.holderSupply },
    { key: "sii:billingCorrection", state: "waitingForCustomer", channel: "onlineCounter", daysAgo: 12, supply: inputs.demo.tenantHolderSupply },
    { key: "casa:elevator", state: "inProgress", channel: "virtualCounter", daysAgo: 3, tenancy: inputs.demo.tenantTenancy },
    { key: "casa:damp", state: "waitingForCustomer", channel: "virtualCounter", daysAgo: 20, tenancy: inputs.demo.tenantTenancy },
    { key: "casa:heating", state: "closed", channel: "contactCenter", daysAgo: 25, tenancy: inputs.demo.tenantHolderTenancy },
    { key: "casa:unlawfulOccupation", state: "inProgress", channel: "caretaker", daysAgo: 6, tenancy: inputs.demo.tenantTenancy, reporterId: caretakerId },
  ];

  const states: Array<readonly [TicketState, number]> = [
    ["new", 15],
    ["inProgress", 25],
    ["waitingForCustomer", 10],
    ["resolved", 15],
    ["closed", 25],
    ["reopened", 4],
    ["cancelled", 6],
  ];
  const siiKeys = Object.keys(templates).filter((key) => key.startsWith("sii:"));
  const casaKeys = Object.keys(templates).filter((key) => key.startsWith("casa:"));

  const queued = (state: TicketState) => ({ priority: random.weighted(priorities), assigned: state === "new" ? false : !random.chance(0.12) });
  for (let index = 0; index < 170; index += 1) {
    const siiState = random.weighted(states);
    plans.push({ key: random.pick(siiKeys), state: siiState, channel: random.weighted(siiChannels), daysAgo: daysAgoFor(context, siiState), supply: random.pick(inputs.siiSupplies), ...queued(siiState) });
    const casaState = random.weighted(states);
    const casaChannel = random.weighted(casaChannels);
    const reporterId = casaChannel === "caretaker" ? random.pick(inputs.staff.caretakerIds) : undefined;
    plans.push({ key: random.pick(casaKeys), state: casaState, channel: casaChannel, daysAgo: daysAgoFor(context, casaState), tenancy: random.pick(inputs.tenancies), reporterId, ...queued(casaState) });
  }

  // Tickets resolved late on purpose, old enough for the tripled band to end before the reference date.
  lateLevels.forEach(([key, level], index) => {
    const state = index % 2 === 0 ? "closed" : "resolved";
    const channel = random.weighted(siiChannels);
    const daysAgo = random.integer(165, 180);
    const pickedSupply = random.pick(inputs.siiSupplies);
    // The first one is the demo holder's, so the demo shows an indemnity credited on a bill.
    const supply = index === 0 ? inputs.demo.holderSupply : pickedSupply;
    plans.push({ key, state, channel, daysAgo, supply, late: level, exempt: index === lateLevels.length - 1 });
  });
  return plans;
}

/**
 * Adds demo tickets of both divisions with their timelines and service-standard clocks. A few
 * belong to the demo customers and the others are spread over the last six months. Returns how many.
 */
export function buildTickets(context: SeedContext, inputs: TicketInputs): number {
  const { random, rows } = context;
  const plans = planTickets(context, inputs);
  for (const plan of plans) {
    plan.openedAt = atHour(addDays(seedReferenceDate, -plan.daysAgo), random.integer(8, 18), random.integer(0, 59));
  }
  // Protocol numbers grow with the opening time, as they do when tickets are opened one by one.
  plans.sort((left, right) => left.openedAt!.getTime() - right.openedAt!.getTime());
  const ticketIdsByKey = new Map<string, string>();

  for (const plan of plans) {
    const division = plan.key.startsWith("sii:") ? "sii" : "casa";
    const template = templates[plan.key]!;
    const category = rows.ticketCategories.find((row) => row.id === inputs.categoryIds.get(plan.key))!;
    const standard = standardOf(context, category.serviceStandardCode);
    const openedAt = plan.openedAt!;
    const year = openedAt.getUTCFullYear();
    const sequence = nextInSequence(context, `ticket:${division}:${year}`);
    const tenancyBuildingId = plan.tenancy ? (rows.dwellings.find((dwelling) => dwelling.id === plan.tenancy!.dwellingId)?.buildingId ?? null) : null;
    // A caretaker reports common areas of a building they watch, and an unlawful-occupation report
    // names no requester, so that operators cannot see who filed it. Neither names a dwelling.
    const caretakerId = plan.channel === "caretaker" ? (plan.reporterId ?? null) : null;
    const watchedBuildingId = caretakerId ? (rows.caretakerAssignments.find((assignment) => assignment.caretakerId === caretakerId)?.buildingId ?? null) : null;
    const buildingId = watchedBuildingId ?? tenancyBuildingId;
    const channel = plan.channel === "caretaker" && !watchedBuildingId ? "contactCenter" : plan.channel;
    const commonArea = channel === "caretaker" || plan.key === "casa:unlawfulOccupation";
    const personId = plan.supply?.holderId ?? plan.tenancy?.holder.id ?? null;
    const requesterId = commonArea ? null : personId;
    const personUserId = personId ? (inputs.userIdsByPersonId.get(personId) ?? null) : null;
    const reporterId = channel === "caretaker" ? caretakerId : personUserId;
    const inQueue = plan.state !== "new";
    const divisionOperatorId = division === "sii" ? inputs.staff.siiOperatorId : inputs.staff.casaOperatorId;
    // The supervisor takes about one ticket in eight, and the division's operator the others.
    let assigneeId: string | null = null;
    if (inQueue && plan.assigned !== false) {
      assigneeId = random.chance(0.12) ? inputs.staff.supervisorId : divisionOperatorId;
    }
    const clockState = standard ? clockStateFor(plan.state) : null;
    const calendar = standard ? calendarOfStandard(context, standard) : null;
    const dueAt = standard && calendar ? seededDeadline(calendar, standard, openedAt) : null;
    const wasResolved = plan.state === "resolved" || plan.state === "closed" || plan.state === "reopened";
    // Resolution comes at least two days before the reference date, and closure up to ten days after resolution.
    let resolvedAt = wasResolved ? addDays(openedAt, Math.min(Math.max(1, plan.daysAgo - 2), random.integer(1, 15))) : null;
    if (plan.late && standard && calendar) resolvedAt = lateStopFor(calendar, standard, openedAt, plan.late);
    const closedAt = plan.state === "closed" && resolvedAt ? addDays(resolvedAt, Math.min(10, plan.daysAgo - 1 - Math.round((resolvedAt.getTime() - openedAt.getTime()) / 86_400_000))) : null;
    // About half the cancelled tickets duplicate an earlier one and are merged into it. The others are withdrawn.
    const mergedIntoId = plan.state === "cancelled" && random.chance(0.5) ? (ticketIdsByKey.get(plan.key) ?? null) : null;

    const id = random.uuid();
    if (!ticketIdsByKey.has(plan.key)) ticketIdsByKey.set(plan.key, id);
    rows.tickets.push({
      id,
      protocol: `${division.toUpperCase()}-${year}-${String(sequence).padStart(6, "0")}`,
      division,
      protocolYear: year,
      protocolSequence: sequence,
      nature: category.nature,
      categoryId: category.id!,
      channel,
      // Categories with a raised default, such as leaks, keep it. The others vary with the case.
      priority: category.defaultPriority && category.defaultPriority !== "normal" ? category.defaultPriority : (plan.priority ?? "normal"),
      state: plan.state,
      subject: template.subject,
      description: template.description,
      requesterId,
      reporterId,
      supplyId: plan.supply?.id ?? null,
      buildingId,
      dwellingId: commonArea ? null : (plan.tenancy?.dwellingId ?? null),
      assigneeId,
      teamId: inQueue ? (inputs.teamIds.get(teamCodeFor(division, category.nature)) ?? null) : null,
      dueAt: clockState === "running" || clockState === "paused" ? dueAt : null,
      version: 1,
      mergedIntoId,
      openedAt,
      resolvedAt,
      closedAt,
      createdAt: openedAt,
    });

    let breachedAt: Date | null = null;
    if (standard && calendar && dueAt) {
      const clockId = random.uuid();
      const stoppedAt = clockState === "stopped" ? resolvedAt : null;
      // The breach job marks clocks of specific standards only, once they pass their due date while running.
      const breached = standard.kind === "specific" && clockState !== "notApplicable" && clockState !== "paused" && (stoppedAt ?? seedReferenceDate) > dueAt;
      breachedAt = breached ? breachNoticedAt(dueAt) : null;
      rows.serviceClocks.push({
        id: clockId,
        serviceStandardId: standard.id!,
        ticketId: id,
        state: clockState ?? "running",
        startedAt: openedAt,
        dueAt,
        pausedAt: clockState === "paused" ? addDays(openedAt, 2) : null,
        stoppedAt,
        metStandard: stoppedAt ? stoppedAt <= dueAt : null,
        breachedAt,
      });

      const indemnity = stoppedAt ? seededIndemnity(calendar, standard, openedAt, stoppedAt) : null;
      if (indemnity && stoppedAt) {
        rows.indemnities.push({
          id: random.uuid(),
          serviceStandardId: standard.id!,
          serviceClockId: clockId,
          personId: requesterId,
          supplyId: plan.supply?.id ?? null,
          tenancyId: plan.tenancy?.id ?? null,
          level: indemnity.level,
          amountCents: indemnity.amountCents,
          state: plan.exempt ? "exempt" : "due",
          exemptionReason: plan.exempt ? "thirdPartyCause" : null,
          exemptionNote: plan.exempt ? "Il ritardo è dovuto al permesso di manomissione del suolo pubblico, rilasciato dal Comune dopo la scadenza." : null,
          decidedById: plan.exempt ? inputs.staff.supervisorId : null,
          createdAt: stoppedAt,
        });
      }
    }

    const firstEvent = rows.ticketEvents.length;
    addTimeline(context, {
      ticketId: id,
      plan,
      template,
      openedAt,
      resolvedAt,
      closedAt,
      assigneeId,
      reporterId,
      supervisorId: inputs.staff.supervisorId,
      hasClock: Boolean(standard),
      merged: mergedIntoId !== null,
      breachedAt,
    });
    if (breachedAt && dueAt && standard) {
      rows.ticketEvents.push({
        id: random.uuid(),
        ticketId: id,
        kind: "clockBreached",
        visibility: "internal",
        clockState: "running",
        data: { standardCode: standard.code, dueAt: dueAt.toISOString() },
        createdAt: breachedAt,
      });
    }
    // Events are written in time order, so their autoincremented sequence follows the timeline.
    const timeline = rows.ticketEvents.splice(firstEvent).sort((left, right) => new Date(left.createdAt!).getTime() - new Date(right.createdAt!).getTime());
    rows.ticketEvents.push(...timeline);
  }

  for (const [name, next] of context.sequences) {
    const match = /^ticket:(sii|casa):(\d{4})$/.exec(name);
    if (match) rows.protocolCounters.push({ scope: `ticket:${match[1]}`, year: Number(match[2]), lastValue: next - 1 });
  }
  return plans.length;
}

type TimelineInput = {
  ticketId: string;
  plan: TicketPlan;
  template: Template;
  openedAt: Date;
  resolvedAt: Date | null;
  closedAt: Date | null;
  assigneeId: string | null;
  reporterId: string | null;
  supervisorId: string;
  hasClock: boolean;
  /** True when the cancelled ticket was merged into an earlier one of the same category. */
  merged: boolean;
  /** When the breach job found the running clock past its due date, or null. */
  breachedAt: Date | null;
};

/** Adds the timeline events that lead a ticket from creation to its seeded state. */
function addTimeline(context: SeedContext, input: TimelineInput): void {
  const { random, rows } = context;
  const clock = (state: "running" | "paused" | "stopped" | "notApplicable") => (input.hasClock ? state : null);
  const event = (offsetHours: number, fields: Omit<Prisma.TicketEventCreateManyInput, "id" | "ticketId" | "createdAt">) => {
    rows.ticketEvents.push({ id: random.uuid(), ticketId: input.ticketId, createdAt: new Date(input.openedAt.getTime() + offsetHours * 3_600_000), ...fields });
  };
  const { state } = input.plan;

  event(0, { kind: "created", visibility: "public", authorId: input.reporterId, toState: "new", clockState: clock("running") });
  if (state === "new") return;

  if (state === "cancelled" && input.merged) {
    event(3, { kind: "merged", visibility: "internal", authorId: input.supervisorId, body: "Segnalazione duplicata: unita alla precedente sullo stesso argomento.", fromState: "new", toState: "cancelled", clockState: clock("notApplicable") });
    return;
  }
  if (state === "cancelled") {
    event(3, { kind: "stateChanged", visibility: "public", authorId: input.supervisorId, body: "Annullata su richiesta del cliente.", fromState: "new", toState: "cancelled", clockState: clock("notApplicable") });
    return;
  }

  if (input.assigneeId) event(2, { kind: "assigned", visibility: "internal", authorId: input.supervisorId, data: { assigneeId: input.assigneeId } });
  event(4, { kind: "stateChanged", visibility: "public", authorId: input.assigneeId, fromState: "new", toState: "inProgress", clockState: clock("running") });
  event(6, { kind: "internalNote", visibility: "internal", authorId: input.assigneeId, body: "Verificati i dati dell'utenza e lo storico delle segnalazioni." });
  if (state === "inProgress") return;

  if (state === "waitingForCustomer") {
    event(48, {
      kind: "publicReply",
      visibility: "public",
      authorId: input.assigneeId,
      body: "Per procedere ci serve una foto del contatore con la lettura ben visibile, oppure una foto del punto interessato. Può allegarla rispondendo a questo messaggio.",
    });
    event(48, { kind: "stateChanged", visibility: "public", authorId: input.assigneeId, fromState: "inProgress", toState: "waitingForCustomer", clockState: clock("paused") });
    return;
  }

  const resolvedHours = input.resolvedAt ? (input.resolvedAt.getTime() - input.openedAt.getTime()) / 3_600_000 : 24;
  event(resolvedHours, { kind: "publicReply", visibility: "public", authorId: input.assigneeId, body: input.template.reply });
  event(resolvedHours, { kind: "stateChanged", visibility: "public", authorId: input.assigneeId, fromState: "inProgress", toState: "resolved", clockState: clock("stopped") });

  if (state === "closed" && input.closedAt) {
    const closedHours = (input.closedAt.getTime() - input.openedAt.getTime()) / 3_600_000;
    event(closedHours + 1, { kind: "stateChanged", visibility: "public", authorId: null, fromState: "resolved", toState: "closed", clockState: clock("stopped") });
  }

  if (state === "reopened") {
    event(resolvedHours + 30, { kind: "customerMessage", visibility: "public", authorId: input.reporterId, body: "Il problema si è ripresentato: chiedo di riaprire la segnalazione." });
    event(resolvedHours + 31, { kind: "stateChanged", visibility: "public", authorId: input.assigneeId, fromState: "resolved", toState: "reopened", clockState: clock("running") });
  }
}
