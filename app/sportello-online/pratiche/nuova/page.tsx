import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { PageHeader } from "@/components/ui/page-header";
import { requirePracticeCreator } from "@/lib/practices/practice-guards";
import { onlinePracticeKinds } from "@/lib/practices/practice-kinds";
import { newPracticePath, practicesPath } from "@/lib/practices/practice-paths";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("practices.new");
  return { title: t("title") };
}

export default async function PracticeKindChooserPage() {
  await requirePracticeCreator(`${practicesPath}/nuova`);

  const t = await getTranslations("practices");
  const tAreas = await getTranslations("areas");

  return (
    <>
      <PageHeader
        title={t("new.title")}
        description={t("new.description")}
        breadcrumb={[{ label: tAreas("sii.title"), href: "/sportello-online" }, { label: t("list.title"), href: practicesPath }, { label: t("new.title") }]}
      />
      <ul aria-label={t("new.title")} className="grid gap-4 sm:grid-cols-2">
        {onlinePracticeKinds.map((kind) => (
          <li key={kind} className="rounded-md border-2 border-slate-300 p-4">
            <h2 className="text-xl font-semibold text-slate-900">
              <Link href={newPracticePath(kind)} className="text-brand-800 underline underline-offset-2">
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
