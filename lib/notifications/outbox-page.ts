import "server-only";

import { z } from "zod";

import { hasPermission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { OutboundEmailState } from "@/lib/generated/prisma/client";
import type { OutboxEmailView } from "@/lib/notifications/list-outbox-emails";

export const outboxPageSize = 25;

export type OutboxRow = Omit<OutboxEmailView, "textBody"> & { ticketProtocol: string | null };

export type OutboxPage = {
  rows: OutboxRow[];
  /** Opaque cursor of the next (older) page, null on the last page. */
  nextCursor: string | null;
};

type OutboxCursor = { createdAt: Date; id: string };

const cursorSchema = z.object({ createdAt: z.iso.datetime(), id: z.uuid() });

/** Encodes the last row of a page as the cursor of the next one. */
function encodeCursor(row: OutboxCursor): string {
  return Buffer.from(JSON.stringify({ createdAt: row.createdAt.toISOString(), id: row.id })).toString("base64url");
}

/** Decodes a cursor from the query string; a malformed one reads as null, which shows the first page. */
export function decodeOutboxCursor(raw: string | undefined): OutboxCursor | null {
  if (!raw) return null;

  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(raw, "base64url").toString("utf8")));
    return parsed.success ? { createdAt: new Date(parsed.data.createdAt), id: parsed.data.id } : null;
  } catch {
    return null;
  }
}

function assertOutboxReader(actor: Pick<SessionUser, "id" | "roles">): void {
  if (!hasPermission(actor, "admin:config")) {
    throw new AppError("notifications.permissionDenied", `User ${actor.id} lacks admin:config to read the e-mail outbox`, 403);
  }
}

const rowSelect = {
  id: true,
  toAddress: true,
  locale: true,
  subject: true,
  state: true,
  attempts: true,
  lastError: true,
  ticketId: true,
  createdAt: true,
  sentAt: true,
  ticket: { select: { protocol: true } },
} as const;

/**
 * Lists one page of the outbox, newest first, for an administrator, with keyset pagination on
 * (createdAt, id) over the `OutboundEmail_createdAt_id_idx` index. Raises `notifications.permissionDenied` without `admin:config`, because the
 * messages carry personal data.
 */
export async function listOutboxPage(actor: Pick<SessionUser, "id" | "roles">, options: { cursor: OutboxCursor | null; state?: OutboundEmailState }): Promise<OutboxPage> {
  assertOutboxReader(actor);

  const { cursor } = options;
  // The bare `createdAt <= cursor` bound lets PostgreSQL start the index scan at the cursor; the OR alone would only filter rows.
  const before = cursor
    ? { createdAt: { lte: cursor.createdAt }, OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] }
    : {};
  const records = await db().outboundEmail.findMany({
    where: { AND: [options.state ? { state: options.state } : {}, before] },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: outboxPageSize + 1,
    select: rowSelect,
  });

  const rows = records.slice(0, outboxPageSize).map(({ ticket, ...row }) => ({ ...row, ticketProtocol: ticket?.protocol ?? null }));
  const last = rows.at(-1);
  return { rows, nextCursor: records.length > outboxPageSize && last ? encodeCursor(last) : null };
}

/** Loads one outbox e-mail with its text body, or null when the id matches none. */
export async function getOutboxEmail(actor: Pick<SessionUser, "id" | "roles">, id: string): Promise<(OutboxRow & { textBody: string }) | null> {
  assertOutboxReader(actor);
  if (!z.uuid().safeParse(id).success) return null;

  const record = await db().outboundEmail.findUnique({ where: { id }, select: { ...rowSelect, textBody: true } });
  if (!record) return null;

  const { ticket, ...row } = record;
  return { ...row, ticketProtocol: ticket?.protocol ?? null };
}
