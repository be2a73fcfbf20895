import { z } from "zod";

import { TicketState } from "@/lib/generated/prisma/enums";

/**
 * Each checked queue row posts `ticket=<id>:<version>`, the version the operator saw, so a
 * ticket changed since the page loaded is reported as stale rather than overwritten.
 */
const selectedTicket = z
  .string()
  .regex(/^[0-9a-f-]{36}:[0-9]{1,9}$/i)
  .transform((value) => {
    const [id, version] = value.split(":");
    return { id: id!.toLowerCase(), version: Number(version) };
  });

export const bulkSelectionSchema = z.array(selectedTicket).min(1);

/** Reads the checked rows of a bulk form. Returns null when no row is checked or one is malformed. */
export function parseBulkSelection(values: readonly unknown[]): { id: string; version: number }[] | null {
  const parsed = bulkSelectionSchema.safeParse(values);
  return parsed.success ? parsed.data : null;
}

/** The assignee field: `me`, `user:<id>` for an operator, or `team:<id>` to hand the tickets to a team with no assignee. */
const assignTarget = z.union([
  z.literal("me").transform(() => ({ kind: "me" as const })),
  z.templateLiteral(["user:", z.uuid()]).transform((value) => ({ kind: "user" as const, id: value.slice("user:".length) })),
  z.templateLiteral(["team:", z.uuid()]).transform((value) => ({ kind: "team" as const, id: value.slice("team:".length) })),
]);

export type BulkAssignTarget = z.output<typeof assignTarget>;

/** Reads the assignee field. Returns null for a value in none of the three forms. */
export function parseAssignTarget(value: string): BulkAssignTarget | null {
  const parsed = assignTarget.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** The state field of the bulk form, with the optional reason that waiting for the customer requires. */
export const bulkStateFormSchema = z
  .object({ toState: z.enum(TicketState), reason: z.string().trim().max(2000) })
  .refine((input) => input.toState !== "waitingForCustomer" || input.reason.length > 0, { path: ["reason"] });

/** Protocols to name in the flash message, cut so the message stays within the flash cookie's 200 characters. */
export function protocolSummary(protocols: readonly string[], maxLength = 200): string {
  let summary = "";

  for (const protocol of protocols) {
    const next = summary ? `${summary}, ${protocol}` : protocol;
    if (next.length > maxLength - 2) return `${summary}, …`;
    summary = next;
  }
  return summary;
}
