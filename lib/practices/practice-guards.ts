import "server-only";

import { forbidden } from "next/navigation";

import { hasPermission } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/policy";
import type { SessionUser } from "@/lib/auth/session-user";
import { mayCreatePractice } from "@/lib/practices/practice-access";

/** Returns the signed-in customer who may read practices (own or managed), or renders sign-in or the 403 page. */
export async function requirePracticeReader(returnTo: string): Promise<SessionUser> {
  const user = await requireUser({ returnTo });
  if (!hasPermission(user, "practice:read:own") && !hasPermission(user, "practice:read:managed")) forbidden();

  return user;
}

/** Returns the signed-in customer who may create practices (own or managed), or renders sign-in or the 403 page. */
export async function requirePracticeCreator(returnTo: string): Promise<SessionUser> {
  const user = await requireUser({ returnTo });
  if (!mayCreatePractice(user)) forbidden();

  return user;
}
