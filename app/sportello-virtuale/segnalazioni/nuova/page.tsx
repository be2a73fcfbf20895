import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/policy";
import { caretakerReportKinds, newReportKindPath, newReportPath, reportKinds } from "@/lib/reports/report-kinds";
import { tenantPaths } from "@/lib/tenancy/tenant-paths";

import { EmergencyNumbers } from "../emergency-numbers";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reports.chooser");
  return { title: t("title") };
}

export default async function NewReportPage() {
  const user = await requirePermission("ticket:create:own", { returnTo: newReportPath });

  const t = await getTranslations("reports");
  const tAreas = await getTranslations("areas");
  const isTenant = user.roles.includes("tenant");
  const kinds = isTenant ? reportKinds : caretakerReportKinds;

  return (
    <>
      <PageHeader
        title={t("chooser.title")}
        description={t("chooser.description")}
        breadcrumb={[{ label: tAreas("erp.title"), href: tenantPaths.home }, { label: t("list.title"), href: tenantPaths.reports }, { label: t("chooser.title") }]}
      />
      <EmergencyNumbers />
      <ul className="grid gap-4 sm:grid-cols-2">
        {kinds.map((kind) => (
          <li key={kind} className="rounded-md border-2 border-slate-300 p-4">
            <h2 className="text-lg font-semibold">
              <Link href={newReportKindPath(kind)} className="text-brand-800 underline underline-offset-2">
                {t(`kinds.${kind}.title`)}
              </Link>
            </h2>
            <p className="mt-1 text-slate-800">{t(`kinds.${kind}.description`)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
