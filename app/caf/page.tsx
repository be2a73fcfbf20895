import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { AreaHome } from "@/components/areas/area-home";
import { areaPermissions } from "@/lib/areas/navigation";
import { requirePermission } from "@/lib/auth/policy";
import { areas } from "@/lib/auth/roles";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("areas");
  return { title: t("caf.title") };
}

export default async function CafHomePage() {
  const user = await requirePermission(areaPermissions.caf, { returnTo: areas.caf });

  return <AreaHome area="caf" user={user} />;
}
