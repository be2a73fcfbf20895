import { z } from "zod";

import type { QueueSort } from "@/lib/tickets/queue/queue-filters";

/**
 * Position of a row in a sorted queue: the sort it belongs to, the row's sort key (an ISO
 * instant, a priority, or null for a ticket without a due date) and its id, which breaks ties.
 */
export type QueueCursor = { sort: QueueSort; key: string | null; id: string };

const cursorSchema = z.object({
  s: z.enum(["due", "priority", "created"]),
  k: z.string().max(40).nullable(),
  i: z.uuid(),
});

/** Encodes a cursor as an opaque URL-safe string, so links do not invite editing its parts. */
export function encodeQueueCursor(cursor: QueueCursor): string {
  const json = JSON.stringify({ s: cursor.sort, k: cursor.key, i: cursor.id });
  return Buffer.from(json, "utf8").toString("base64url");
}

/**
 * Decodes a cursor from a link. Returns null for a malformed cursor or one made for another
 * sort, so the queue starts again from its first page.
 */
export function decodeQueueCursor(value: string | undefined, sort: QueueSort): QueueCursor | null {
  if (!value) return null;

  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
  } catch {
    return null;
  }

  const parsed = cursorSchema.safeParse(decoded);
  if (!parsed.success || parsed.data.s !== sort) return null;

  return { sort, key: parsed.data.k, id: parsed.data.i };
}
