import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/policy";
import { newRequestPath, requestKinds, requestsPath } from "@/lib/requests/request-kinds";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("requests.new");
  return { title: t("title") };
}

export default async function ChooseRequestKindPage() {
  await requirePermission("ticket:create:own", { returnTo: `${requestsPath}/nuova` });

  const t = await getTranslations("requests");
  const tAreas = await getTranslations("areas");

  return (
    <>
      <PageHeader
        title={t("new.title")}
        description={t("new.description")}
        breadcrumb={[{ label: tAreas("sii.title"), href: "/sportello-online" }, { label: t("list.title"), href: requestsPath }, { label: t("new.title") }]}
      />
      <ul aria-label={t("new.kindsLabel")} className="grid gap-4 sm:grid-cols-2">
        {requestKinds.map((kind) => (
          <li key={kind} className="rounded-md border-2 border-slate-300 p-4">
            <h2 className="text-xl font-semibold text-slate-900">
              <Link href={newRequestPath(kind)} className="text-brand-800 underline underline-offset-2">
                {t(`kinds.${kind}.title`)}
              </Link>
            </h2>
            <p className="mt-2 text-slate-700">{t(`kinds.${kind}.description`)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
