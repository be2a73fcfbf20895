import "server-only";

import type { z } from "zod";

import { hasPermission } from "@/lib/auth/permissions";
import { startClockForTicket } from "@/lib/charter/clock-service";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { Prisma, type Channel, type Division } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/log/logger";
import { enqueueTicketNotification } from "@/lib/notifications/enqueue-ticket-notification";
import { allocateTicketProtocol } from "@/lib/tickets/allocate-protocol-number";
import { attachStoredFiles } from "@/lib/tickets/attach-stored-files";
import { checkTicketSubject } from "@/lib/tickets/check-ticket-subject";
import { mayUpdateDivision, type TicketActor } from "@/lib/tickets/ticket-access";
import { invalidTicketInput, ticketPermissionDenied } from "@/lib/tickets/ticket-errors";
import { createTicketSchema } from "@/lib/tickets/ticket-schemas";
import { toOperatorTicketView, ticketViewSelect, type OperatorTicketView } from "@/lib/tickets/ticket-view";
import { discardWrittenUploads, insertStoredFiles, writeUploadFiles, type WrittenUploads } from "@/lib/uploads/store-uploads";
import type { ValidUpload } from "@/lib/uploads/validate-uploads";

type ParsedTicketInput = z.output<typeof createTicketSchema>;

/** Additions a form makes to the ticket inside the creation transaction, so a failure leaves nothing behind. */
export type TicketCreationExtras = {
  /**
   * Checked files sent with the form, attached with public visibility in the creation
   * transaction. They are written before it and deleted again when no ticket is created: on an
   * error, or when the idempotency key returns an earlier ticket.
   */
  uploads?: readonly ValidUpload[];
  /** Runs in the creation transaction once the ticket row exists, before the clock starts and the receipt is queued. */
  beforeCommit?: (tx: Prisma.TransactionClient, ticketId: string) => Promise<void>;
};

export type CreateTicketResult = {
  ticket: OperatorTicketView;
  /** False when the idempotency key matched a ticket this actor already created, which is returned instead. */
  created: boolean;
};

/**
 * Creations of one division queue on the protocol counter's row lock until each commits, so a
 * burst waits longer than Prisma's default 2 s for a pooled connection. NOTE: 10 s is an
 * estimate: 30 simultaneous creations passed on a 2-core test machine with a pool of 10.
 */
const creationTransactionOptions = { maxWait: 10_000, timeout: 15_000 };

/** Channel of a ticket a customer opens in the portal: the water counter, the tenant counter, or the caretaker's own. */
function selfServiceChannel(actor: TicketActor, division: Division): Channel {
  if (actor.roles.includes("caretaker") && division === "casa") return "caretaker";
  return division === "sii" ? "onlineCounter" : "virtualCounter";
}

/**
 * Opens a ticket: a customer, tenant or caretaker for themselves (`openedBy: "selfService"`), or
 * an operator for a customer (`openedBy: "operator"`, with the channel the request came by).
 * In one transaction it takes the division's next protocol number, stores the ticket with the
 * category's division and nature, writes the `created` event, starts the service clock and
 * queues the customer's notification and receipt e-mail.
 * `openedAt` sets the opening time, which decides the protocol year and the clock's start.
 * A repeated `idempotencyKey` from the same actor returns the first ticket with `created: false`.
 */
export async function createTicket(
  actor: TicketActor,
  rawInput: unknown,
  openedAt: Date = new Date(),
  extras: TicketCreationExtras = {},
): Promise<CreateTicketResult> {
  const files = await writeUploadFiles(extras.uploads ?? []);

  try {
    const result = await createTicketOnce(actor, rawInput, openedAt, extras.beforeCommit, files);
    if (!result.created) await discardWrittenUploads(files);
    return result;
  } catch (error) {
    await discardWrittenUploads(files);
    throw error;
  }
}

async function createTicketOnce(
  actor: TicketActor,
  rawInput: unknown,
  openedAt: Date,
  beforeCommit: TicketCreationExtras["beforeCommit"],
  files: WrittenUploads,
): Promise<CreateTicketResult> {
  const parsed = createTicketSchema.safeParse(rawInput);
  if (!parsed.success) throw invalidTicketInput(parsed.error.issues);
  const input = parsed.data;

  if (input.openedBy === "selfService" && !hasPermission(actor, "ticket:create:own")) {
    throw ticketPermissionDenied("ticket:create:own");
  }

  const existing = await findByIdempotencyKey(actor.id, input.idempotencyKey);
  if (existing) return { ticket: existing, created: false };

  let result: CreateTicketResult;
  try {
    result = await insertTicket(actor, input, openedAt, { beforeCommit, files });
  } catch (error) {
    // A concurrent submit with the same key committed first: the unique index on (reporterId, idempotencyKey) rejected this one.
    if (!isIdempotencyKeyConflict(error)) throw error;

    const first = await findByIdempotencyKey(actor.id, input.idempotencyKey);
    if (!first) throw error;
    return { ticket: first, created: false };
  }

  logger.info({ ticketId: result.ticket.id, protocol: result.ticket.protocol, actorId: actor.id }, "ticket created");
  return result;
}

/**
 * Stores the ticket in one transaction: protocol number, ticket row, `created` event, service
 * clock, and the customer's notification and receipt e-mail.
 */
type InsertExtras = { beforeCommit: TicketCreationExtras["beforeCommit"]; files: WrittenUploads };

async function insertTicket(actor: TicketActor, input: ParsedTicketInput, openedAt: Date, extras: InsertExtras): Promise<CreateTicketResult> {
  return db().$transaction(async (tx) => {

    const category = await tx.ticketCategory.findFirst({
      where: { id: input.categoryId, active: true },
      select: { id: true, division: true, nature: true, defaultPriority: true },
    });
    if (!category) throw new AppError("ticket.categoryNotFound", `Ticket category ${input.categoryId} not found or inactive`, 422);

    if (input.openedBy === "operator" && !mayUpdateDivision(actor, category.division)) {
      throw ticketPermissionDenied(`ticket:update:division (${category.division})`);
    }

    const routing = input.openedBy === "operator" ? await operatorRouting(tx, category.division, input) : await selfServiceRouting(tx, actor, category.division, input);
    const protocol = await allocateTicketProtocol(tx, category.division, openedAt);

    const ticket = await tx.ticket.create({
      data: {
        protocol: protocol.protocol,
        protocolYear: protocol.year,
        protocolSequence: protocol.sequence,
        division: category.division,
        nature: category.nature,
        categoryId: category.id,
        priority: input.openedBy === "operator" ? (input.priority ?? category.defaultPriority) : category.defaultPriority,
        subject: input.subject,
        description: input.description,
        reporterId: actor.id,
        supplyId: input.supplyId ?? null,
        dwellingId: input.dwellingId ?? null,
        openedAt,
        idempotencyKey: input.idempotencyKey,
        ...routing,
      },
      select: { id: true },
    });

    const created = await tx.ticketEvent.create({
      data: {
        ticketId: ticket.id,
        kind: "created",
        visibility: "public",
        authorId: actor.id,
        toState: "new",
        data: { channel: routing.channel },
        createdAt: openedAt,
      },
      select: { id: true },
    });

    if (extras.files.length > 0) {
      const fileIds = await insertStoredFiles(tx, extras.files, actor.id);
      await attachStoredFiles(tx, { ticketId: ticket.id, fileIds, visibility: "public", actorId: actor.id, at: openedAt });
    }
    if (extras.beforeCommit) await extras.beforeCommit(tx, ticket.id);

    // The charter starts the clock of the category's standard, sets the ticket's `dueAt` and writes the clockStarted event.
    const clock = await startClockForTicket(tx, { ticketId: ticket.id, categoryId: category.id, openedAt, actorId: actor.id });
    if (clock) await tx.ticketEvent.update({ where: { id: created.id }, data: { clockState: "running" }, select: { id: true } });

    await enqueueTicketNotification(tx, { ticketId: ticket.id, kind: "ticketCreated" });

    const view = await tx.ticket.findUniqueOrThrow({ where: { id: ticket.id }, select: ticketViewSelect });
    return { ticket: toOperatorTicketView(view), created: true };
  }, creationTransactionOptions);
}

/** Returns the ticket this actor already created with `idempotencyKey`, if any. */
async function findByIdempotencyKey(actorId: string, idempotencyKey: string): Promise<OperatorTicketView | null> {
  const ticket = await db().ticket.findUnique({
    where: { reporterId_idempotencyKey: { reporterId: actorId, idempotencyKey } },
    select: ticketViewSelect,
  });
  return ticket ? toOperatorTicketView(ticket) : null;
}

/** True for the unique violation on (reporterId, idempotencyKey), the only one a second submit of the same form can cause. */
function isIdempotencyKeyConflict(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return false;

  const target = JSON.stringify(error.meta ?? {});
  return target.includes("idempotencyKey");
}

type Routing = { channel: Channel; requesterId: string | null; contactEmail: string | null; buildingId: string | null };

async function selfServiceRouting(
  tx: Prisma.TransactionClient,
  actor: TicketActor,
  division: Division,
  input: { supplyId?: string | undefined; dwellingId?: string | undefined },
): Promise<Routing> {
  const account = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { personId: true } });
  const owner = actor.roles.includes("caretaker") && !account.personId
    ? ({ kind: "caretaker", caretakerId: actor.id } as const)
    : ({ kind: "person", personId: account.personId } as const);

  const { buildingId } = await checkTicketSubject(tx, division, input, owner);
  return { channel: selfServiceChannel(actor, division), requesterId: account.personId, contactEmail: null, buildingId };
}

async function operatorRouting(
  tx: Prisma.TransactionClient,
  division: Division,
  input: { channel: Channel; requesterId?: string | undefined; contactEmail?: string | undefined; supplyId?: string | undefined; dwellingId?: string | undefined },
): Promise<Routing> {
  if (input.requesterId) {
    const person = await tx.person.findUnique({ where: { id: input.requesterId }, select: { id: true } });
    if (!person) throw new AppError("ticket.invalidInput", `Requester ${input.requesterId} not found`, 400, { field: "requesterId" });
  }

  const { buildingId } = await checkTicketSubject(tx, division, input, { kind: "operator", requesterId: input.requesterId ?? null });
  return { channel: input.channel, requesterId: input.requesterId ?? null, contactEmail: input.contactEmail ?? null, buildingId };
}
