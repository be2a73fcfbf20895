"use server";

import { AppError } from "@/lib/errors/app-error";
import { exemptTicketIndemnity } from "@/lib/tickets/exempt-ticket-indemnity";
import { findTicketIdByProtocol } from "@/lib/tickets/find-ticket-by-protocol";
import { mergeTickets } from "@/lib/tickets/merge-tickets";
import { pauseTicketClock, resumeTicketClock } from "@/lib/tickets/pause-ticket-clock";
import { runTicketForm } from "@/lib/tickets/queue/run-ticket-form";
import { exemptionFormSchema, mergeFormSchema, pauseFormSchema, resumeFormSchema } from "@/lib/tickets/queue/ticket-form-schemas";
import type { TicketFormState } from "@/lib/tickets/queue/ticket-form-state";

/** Merges this ticket, as a duplicate, into the ticket whose protocol the operator typed. */
export async function mergeAction(_previous: TicketFormState, formData: FormData): Promise<TicketFormState> {
  return runTicketForm(
    formData,
    ["ticketId", "version", "survivorProtocol"],
    mergeFormSchema,
    async (user, input) => {
      const survivorId = await findTicketIdByProtocol(user, input.survivorProtocol);
      if (!survivorId) throw new AppError("ticket.survivorNotFound", `No ticket ${input.survivorProtocol} the operator may update`, 404);

      await mergeTickets(user, { ticketId: input.ticketId, version: input.version, survivorId });
    },
    "backoffice.flash.merged",
  );
}

/** Pauses the service clock for a listed reason, with its evidence. */
export async function pauseClockAction(_previous: TicketFormState, formData: FormData): Promise<TicketFormState> {
  return runTicketForm(formData, ["ticketId", "version", "reason", "evidence"], pauseFormSchema, (user, input) => pauseTicketClock(user, input), "backoffice.flash.clockPaused");
}

/** Resumes the paused service clock. */
export async function resumeClockAction(_previous: TicketFormState, formData: FormData): Promise<TicketFormState> {
  return runTicketForm(formData, ["ticketId", "version"], resumeFormSchema, (user, input) => resumeTicketClock(user, input), "backoffice.flash.clockResumed");
}

/** Exempts the ticket's indemnity, for a supervisor; the domain function writes the audit row. */
export async function exemptIndemnityAction(_previous: TicketFormState, formData: FormData): Promise<TicketFormState> {
  return runTicketForm(formData, ["ticketId", "reason", "note"], exemptionFormSchema, (user, input) => exemptTicketIndemnity(user, input), "backoffice.flash.indemnityExempted");
}
