import "server-only";

import { divisionsFor, hasPermission } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { Division, Prisma, Role } from "@/lib/generated/prisma/client";
import { loadTicketForUpdate } from "@/lib/tickets/load-ticket";
import type { TicketActor } from "@/lib/tickets/ticket-access";
import { invalidTicketInput } from "@/lib/tickets/ticket-errors";
import { assignTicketSchema } from "@/lib/tickets/ticket-schemas";
import { updateTicketVersion } from "@/lib/tickets/update-ticket-version";

/** Returns true when an account with these roles may work tickets of `division`. */
function mayWorkDivision(roles: Role[], division: Division): boolean {
  const user = { roles };
  if (hasPermission(user, "ticket:update:any")) return true;
  return hasPermission(user, "ticket:update:division") && divisionsFor(user).includes(division);
}

/**
 * Assigns a ticket to an operator and, optionally, a team of the ticket's division, with the
 * version the operator saw. Given a team and no assignee, it keeps the assignee who is a member
 * of that team and unassigns anyone else. Writes internal `assigned` and `teamChanged` events with the
 * previous and new values. Raises `ticket.assigneeNotAllowed` for an account that cannot work
 * the ticket's division, or a team of another division.
 */
export async function assignTicket(actor: TicketActor, rawInput: unknown, at: Date = new Date()): Promise<{ version: number }> {
  const parsed = assignTicketSchema.safeParse(rawInput);
  if (!parsed.success) throw invalidTicketInput(parsed.error.issues);
  const { ticketId, version, teamId } = parsed.data;

  return db().$transaction(async (tx) => {
    const ticket = await loadTicketForUpdate(tx, actor, ticketId);
    const before = await tx.ticket.findUniqueOrThrow({ where: { id: ticketId }, select: { assigneeId: true, teamId: true } });
    const assigneeId = parsed.data.assigneeId === undefined ? await assigneeKeptInTeam(tx, before.assigneeId, teamId) : parsed.data.assigneeId;

    if (assigneeId) await checkAssignee(tx, assigneeId, ticket.division);
    if (teamId) await checkTeam(tx, teamId, ticket.division);

    const data: Prisma.TicketUncheckedUpdateManyInput = { assigneeId };
    if (teamId !== undefined) data.teamId = teamId;
    const newVersion = await updateTicketVersion(tx, ticketId, version, data);

    if (before.assigneeId !== assigneeId) {
      await tx.ticketEvent.create({
        data: { ticketId, kind: "assigned", visibility: "internal", authorId: actor.id, data: { from: before.assigneeId, to: assigneeId }, createdAt: at },
      });
    }

    if (teamId !== undefined && before.teamId !== teamId) {
      await tx.ticketEvent.create({
        data: { ticketId, kind: "teamChanged", visibility: "internal", authorId: actor.id, data: { from: before.teamId, to: teamId }, createdAt: at },
      });
    }

    return { version: newVersion };
  });
}

/**
 * Returns the current assignee when they belong to the new team, else null. Without a team
 * there is nothing to check, so the current assignee stays.
 */
async function assigneeKeptInTeam(tx: Prisma.TransactionClient, currentAssigneeId: string | null, teamId: string | null | undefined): Promise<string | null> {
  if (!currentAssigneeId || !teamId) return currentAssigneeId;

  const membership = await tx.teamMember.findUnique({ where: { teamId_userId: { teamId, userId: currentAssigneeId } }, select: { userId: true } });
  return membership ? currentAssigneeId : null;
}

async function checkAssignee(tx: Prisma.TransactionClient, assigneeId: string, division: Division): Promise<void> {
  const assignee = await tx.user.findUnique({ where: { id: assigneeId }, select: { roles: true, disabledAt: true } });

  if (!assignee || assignee.disabledAt || !mayWorkDivision(assignee.roles, division)) {
    throw new AppError("ticket.assigneeNotAllowed", `User ${assigneeId} cannot work ${division} tickets`, 422, { field: "assigneeId" });
  }
}

async function checkTeam(tx: Prisma.TransactionClient, teamId: string, division: Division): Promise<void> {
  const team = await tx.team.findFirst({ where: { id: teamId, division }, select: { id: true } });
  if (!team) throw new AppError("ticket.assigneeNotAllowed", `Team ${teamId} is not a ${division} team`, 422, { field: "teamId" });
}
