import { z } from "zod";

import { TicketPriority, type Channel } from "@/lib/generated/prisma/enums";

// Error messages here are keys under `backoffice.newTicket.errors`, worded by the form.

/** Channels by which a request reaches an operator. The portals, the caretaker and the back office open their own tickets. */
export const operatorChannels = ["callCenter", "contactCenter", "officeCounter", "email", "pec", "post", "chat"] as const satisfies readonly Channel[];

/** The `about` field: empty, `supply:<id>` or `dwelling:<id>`. */
const about = z.union([
  z.literal("").transform(() => ({})),
  z.templateLiteral(["supply:", z.uuid()]).transform((value) => ({ supplyId: value.slice("supply:".length) })),
  z.templateLiteral(["dwelling:", z.uuid()]).transform((value) => ({ dwellingId: value.slice("dwelling:".length) })),
], { error: "aboutInvalid" });

export const newTicketFormSchema = z.object({
  idempotencyKey: z.uuid({ error: "formExpired" }),
  requesterId: z.uuid({ error: "customerRequired" }),
  about,
  categoryId: z.uuid({ error: "categoryRequired" }),
  channel: z.enum(operatorChannels, { error: "channelRequired" }),
  priority: z.union([z.literal("").transform(() => undefined), z.enum(TicketPriority)], { error: "priorityInvalid" }),
  subject: z.string().trim().min(3, { error: "subjectTooShort" }).max(200, { error: "subjectTooLong" }),
  description: z.string().trim().min(10, { error: "descriptionTooShort" }).max(5000, { error: "descriptionTooLong" }),
});

export const newTicketFields = ["idempotencyKey", "requesterId", "about", "categoryId", "channel", "priority", "subject", "description"] as const;

/** Turns the parsed form into the input of `createTicket` for a ticket opened on the customer's behalf. */
export function onBehalfInputOf(form: z.output<typeof newTicketFormSchema>) {
  const { about: subjectOf, priority, ...rest } = form;
  return { openedBy: "operator" as const, ...rest, ...subjectOf, ...(priority ? { priority } : {}) };
}
