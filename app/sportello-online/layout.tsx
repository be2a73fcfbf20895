import type { ReactNode } from "react";

import { AreaShell } from "@/components/areas/area-shell";
import { areaPermissions } from "@/lib/areas/navigation";
import { requirePermission } from "@/lib/auth/policy";
import { areas } from "@/lib/auth/roles";

// The gate here keeps the area's navigation private. Every page below checks its own
// permission too, because Next does not render a layout again on client-side navigation.
export default async function SiiAreaLayout({ children }: { children: ReactNode }) {
  const user = await requirePermission(areaPermissions.sii, { returnTo: areas.sii });

  return (
    <AreaShell area="sii" user={user}>
      {children}
    </AreaShell>
  );
}
