import { z } from "zod";

/**
 * Reasons a service-standard clock may stop counting: only causes on the customer's or a third
 * party's side. Anything else keeps the clock running.
 */
export const pauseReasons = [
  "waitingForCustomerDocuments",
  "waitingForCustomerAnswer",
  "appointmentMovedByCustomer",
  "waitingForThirdPartyPermit",
] as const;

export type PauseReason = (typeof pauseReasons)[number];

export const pauseClockInputSchema = z.object({
  ticketId: z.uuid(),
  reason: z.enum(pauseReasons),
  /** Evidence of the cause, such as the request sent to the customer, the moved appointment or the permit file. */
  evidence: z.string().trim().min(1).max(2000),
  actorId: z.uuid(),
  at: z.date(),
});
