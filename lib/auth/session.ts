import "server-only";

import { cache } from "react";
import { z } from "zod";

import { auth } from "@/lib/auth/config";
import { roles } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session-user";

const sessionSchema = z.object({
  user: z.object({ id: z.string().min(1), name: z.string(), roles: z.array(z.enum(roles)) }),
});

/**
 * Returns the signed-in user, or null. The account is re-read from the database on each
 * request, so a disabled account or changed roles apply at once. React's `cache` keeps that
 * to one lookup per request however many components ask.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();

  const parsed = sessionSchema.safeParse(session);
  if (!parsed.success) return null;

  const { id, name, roles: userRoles } = parsed.data.user;
  return { id, displayName: name, roles: userRoles };
});
