import "server-only";

import { hasPermission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import { AppError } from "@/lib/errors/app-error";

export type AdminActor = Pick<SessionUser, "id" | "roles">;

/** Raises `admin.permissionDenied` (403) unless the user may change the portal's configuration (`admin:config`). */
export function assertCharterAdmin(actor: AdminActor): void {
  if (!hasPermission(actor, "admin:config")) {
    throw new AppError("admin.permissionDenied", `User ${actor.id} lacks admin:config`, 403);
  }
}
