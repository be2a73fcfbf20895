import "server-only";

import { z } from "zod";

import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { Prisma, TicketState } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/log/logger";
import { customerTicketScope, type TicketActor } from "@/lib/tickets/ticket-access";
import { applyStateChangeToClock, readClockState } from "@/lib/tickets/ticket-clock";
import { invalidTicketInput, ticketNotFound } from "@/lib/tickets/ticket-errors";
import { storedText } from "@/lib/tickets/ticket-schemas";
import { canTransition } from "@/lib/tickets/ticket-states";
import { updateTicketVersion } from "@/lib/tickets/update-ticket-version";

/** Code of the survey every ticket rating is stored under. */
export const ticketRatingSurveyCode = "ticket-resolution";

/** Scores below this one reopen a resolved ticket and ask a supervisor to check it. */
export const lowestSatisfiedScore = 3;

export const rateTicketSchema = z.object({
  ticketId: z.uuid(),
  score: z.coerce.number().int().min(1).max(5),
  comment: storedText()
    .trim()
    .max(2000)
    .optional()
    .transform((value) => (value ? value : undefined)),
});

export type RateTicketResult = { responseId: string; score: number; reopened: boolean };

export function ticketAlreadyRated(ticketId: string): AppError {
  return new AppError("ticket.alreadyRated", `Ticket ${ticketId} has already been rated`, 409);
}

export function ticketNotRateable(ticketId: string, state: TicketState): AppError {
  return new AppError("ticket.notRateable", `Ticket ${ticketId} is ${state}, but only resolved or closed tickets can be rated`, 409, { state });
}

/** Creates the rating survey and its two questions the first time a ticket is rated. */
async function ensureRatingSurvey(tx: Prisma.TransactionClient, at: Date): Promise<{ surveyId: string; scoreQuestionId: string; commentQuestionId: string }> {
  const survey = await tx.satisfactionSurvey.upsert({
    where: { code: ticketRatingSurveyCode },
    create: { code: ticketRatingSurveyCode, title: "Soddisfazione per la segnalazione risolta", opensOn: at },
    update: {},
    select: { id: true },
  });

  const scoreQuestion = await tx.surveyQuestion.upsert({
    where: { surveyId_position: { surveyId: survey.id, position: 1 } },
    create: {
      surveyId: survey.id,
      position: 1,
      kind: "rating",
      textIt: "Quanto sei soddisfatto della risposta?",
      textEn: "How satisfied are you with the answer?",
      textAr: "ما مدى رضاك عن الرد؟",
    },
    update: {},
    select: { id: true },
  });

  const commentQuestion = await tx.surveyQuestion.upsert({
    where: { surveyId_position: { surveyId: survey.id, position: 2 } },
    create: {
      surveyId: survey.id,
      position: 2,
      kind: "text",
      required: false,
      textIt: "Vuoi aggiungere un commento?",
      textEn: "Would you like to add a comment?",
      textAr: "هل تريد إضافة تعليق؟",
    },
    update: {},
    select: { id: true },
  });

  return { surveyId: survey.id, scoreQuestionId: scoreQuestion.id, commentQuestionId: commentQuestion.id };
}

/**
 * Stores the customer's rating of their own resolved or closed ticket, once per ticket: a
 * second rating raises `ticket.alreadyRated`. A score of 1 or 2 on a resolved ticket reopens
 * it, with the comment on the public state change, and adds an internal note asking a
 * supervisor to check it. A closed ticket is final, so a low score there only adds the note.
 * Raises `ticket.notFound` for another customer's ticket and `ticket.notRateable` before resolution.
 */
export async function rateTicket(actor: TicketActor, rawInput: unknown, at: Date = new Date()): Promise<RateTicketResult> {
  const parsed = rateTicketSchema.safeParse(rawInput);
  if (!parsed.success) throw invalidTicketInput(parsed.error.issues);
  const { ticketId, score, comment } = parsed.data;

  const result = await db().$transaction(async (tx) => {
    const ticket = await tx.ticket.findFirst({
      where: { AND: [{ id: ticketId }, customerTicketScope(actor)] },
      select: { state: true, version: true, division: true },
    });
    if (!ticket) throw ticketNotFound(ticketId);
    if (ticket.state !== "resolved" && ticket.state !== "closed") throw ticketNotRateable(ticketId, ticket.state);

    const previous = await tx.surveyResponse.findFirst({ where: { ticketId }, select: { id: true } });
    if (previous) throw ticketAlreadyRated(ticketId);

    const reopens = score < lowestSatisfiedScore && canTransition(ticket.state, "reopened");
    // Bumping the version on every rating makes two concurrent ratings conflict instead of both landing.
    await updateTicketVersion(tx, ticketId, ticket.version, reopens ? { state: "reopened", resolvedAt: null, closedAt: null } : {});

    const { surveyId, scoreQuestionId, commentQuestionId } = await ensureRatingSurvey(tx, at);
    const answers = [{ questionId: scoreQuestionId, ratingValue: score }, ...(comment ? [{ questionId: commentQuestionId, textValue: comment }] : [])];
    const response = await tx.surveyResponse.create({
      data: {
        surveyId,
        userId: actor.id,
        ticketId,
        channel: ticket.division === "casa" ? "virtualCounter" : "onlineCounter",
        submittedAt: at,
        answers: { create: answers },
      },
      select: { id: true },
    });

    await tx.ticketEvent.create({
      data: { ticketId, kind: "customerMessage", visibility: "public", authorId: actor.id, body: ratingSummary(score, comment), createdAt: at },
    });

    if (reopens) {
      await applyStateChangeToClock(tx, { ticketId, actorId: actor.id, at, from: ticket.state, to: "reopened", reason: comment });
      const clockState = await readClockState(tx, ticketId);
      await tx.ticketEvent.create({
        data: { ticketId, kind: "stateChanged", visibility: "public", authorId: actor.id, body: comment ?? null, fromState: ticket.state, toState: "reopened", clockState, createdAt: at },
      });
    }

    if (score < lowestSatisfiedScore) {
      await tx.ticketEvent.create({
        data: { ticketId, kind: "internalNote", visibility: "internal", authorId: actor.id, body: supervisorFlag(score), createdAt: at },
      });
    }

    return { responseId: response.id, score, reopened: reopens };
  });

  logger.info({ ticketId, actorId: actor.id, score, reopened: result.reopened }, "ticket rated");
  return result;
}

/** Builds the timeline text of a rating, in Italian like every event body, because staff read the timeline in Italian. */
function ratingSummary(score: number, comment: string | undefined): string {
  const line = `Valutazione del cliente: ${score} su 5.`;
  return comment ? `${line}\n${comment}` : line;
}

/** Builds the internal note that asks a supervisor to check a low rating. */
function supervisorFlag(score: number): string {
  return `Valutazione negativa (${score} su 5): la segnalazione va verificata da un supervisore.`;
}

export type TicketRating = { score: number; comment: string | null; submittedAt: Date };

/** Returns the rating the customer gave their own ticket, or null when it has none (or is not theirs). */
export async function findTicketRating(actor: TicketActor, ticketId: string): Promise<TicketRating | null> {
  const response = await db().surveyResponse.findFirst({
    where: { ticketId, ticket: { is: customerTicketScope(actor) }, survey: { is: { code: ticketRatingSurveyCode } } },
    select: { submittedAt: true, answers: { select: { ratingValue: true, textValue: true } } },
  });
  if (!response) return null;

  const score = response.answers.find((answer) => answer.ratingValue !== null)?.ratingValue ?? 0;
  const comment = response.answers.find((answer) => answer.textValue !== null)?.textValue ?? null;
  return { score, comment, submittedAt: response.submittedAt };
}
