import type { Role } from "@/lib/auth/roles";

/** The signed-in user as pages and actions see it: no secrets, no personal data beyond the name. */
export type SessionUser = {
  id: string;
  displayName: string;
  roles: Role[];
};
