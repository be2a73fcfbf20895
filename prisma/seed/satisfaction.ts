import type { SeedContext } from "./seed-rows";

import { addDays, seedReferenceDate } from "./dates";
import { SeededRandom } from "./random";

/** Code, title and question positions that `rateTicket` in lib/tickets/rate-ticket.ts upserts, so customer ratings join these rows. */
const ticketRatingSurvey = { code: "ticket-resolution", title: "Soddisfazione per la segnalazione risolta" };

/** Share of resolved or closed tickets that get a rating. */
const ratedShare = 0.6;

/** Share of ratings that come with a comment. */
const commentShare = 0.4;

const comments: Record<number, readonly string[]> = {
  1: ["Nessuno mi ha richiamato e il problema è rimasto.", "Risposta generica, non ha risolto nulla."],
  2: ["Tempi troppo lunghi per una risposta.", "Ho dovuto sollecitare più volte."],
  3: ["Risolto, ma con qualche giorno di ritardo.", "Risposta corretta ma poco chiara."],
  4: ["Operatore gentile e risposta chiara.", "Tutto risolto in tempi ragionevoli."],
  5: ["Servizio rapido ed efficiente, grazie.", "Problema risolto al primo contatto."],
};

/**
 * Builds the ticket rating survey and the ratings of some resolved or closed tickets whose
 * requester has no demo account, so the demo customers can still rate their own tickets.
 * A resolved ticket gets 3 to 5, because a 1 or 2 would have reopened it. A closed ticket
 * may get any score. It draws from its own generator, so the rows built before it stay the same.
 */
export function buildSatisfaction(context: SeedContext): void {
  const { rows } = context;
  const random = new SeededRandom(20_261_205);
  const surveyId = random.uuid();
  const scoreQuestionId = random.uuid();
  const commentQuestionId = random.uuid();

  rows.satisfactionSurveys.push({ id: surveyId, code: ticketRatingSurvey.code, title: ticketRatingSurvey.title, opensOn: addDays(seedReferenceDate, -730) });
  rows.surveyQuestions.push(
    { id: scoreQuestionId, surveyId, position: 1, kind: "rating", textIt: "Quanto sei soddisfatto della risposta?", textEn: "How satisfied are you with the answer?", textAr: "ما مدى رضاك عن الرد؟" },
    { id: commentQuestionId, surveyId, position: 2, kind: "text", required: false, textIt: "Vuoi aggiungere un commento?", textEn: "Would you like to add a comment?", textAr: "هل تريد إضافة تعليق؟" },
  );

  for (const ticket of rows.tickets) {
    if (ticket.reporterId || !ticket.resolvedAt) continue;
    if (ticket.state !== "resolved" && ticket.state !== "closed") continue;
    if (!random.chance(ratedShare)) continue;

    const submittedAt = new Date(new Date(ticket.resolvedAt).getTime() + random.integer(2, 72) * 3_600_000);
    if (submittedAt > seedReferenceDate) continue;

    const lowScoresAllowed = ticket.state === "closed";
    const score = random.weighted<number>([
      [1, lowScoresAllowed ? 7 : 0],
      [2, lowScoresAllowed ? 8 : 0],
      [3, 15],
      [4, 35],
      [5, 35],
    ]);
    const responseId = random.uuid();
    rows.surveyResponses.push({ id: responseId, surveyId, ticketId: ticket.id!, channel: ticket.division === "casa" ? "virtualCounter" : "onlineCounter", submittedAt });
    rows.surveyAnswers.push({ id: random.uuid(), responseId, questionId: scoreQuestionId, ratingValue: score });

    if (random.chance(commentShare)) {
      rows.surveyAnswers.push({ id: random.uuid(), responseId, questionId: commentQuestionId, textValue: random.pick(comments[score] ?? []) });
    }
  }
}
