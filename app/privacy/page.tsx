import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("public.privacy");
  return { title: t("title") };
}

/** Sections of the notice in reading order; each has a heading and a text, some a list. */
const sections = [
  { key: "controller", items: [] },
  { key: "data", items: ["identity", "contact", "supply", "housing", "means", "requests", "technical"] },
  { key: "purposes", items: ["waterContract", "legalDuties", "housing", "bonus", "security"] },
  { key: "recipients", items: ["comune", "authorities", "caf", "processors"] },
  { key: "retention", items: [] },
  { key: "rights", items: [] },
  { key: "cookies", items: [] },
] as const;

export default async function PrivacyNoticePage() {
  const t = await getTranslations("public.privacy");

  return (
    <div className="max-w-3xl">
      <PageHeader title={t("title")} description={t("lead")} />

      {sections.map((section) => (
        <section key={section.key} aria-labelledby={`privacy-${section.key}`} className="mt-8">
          <h2 id={`privacy-${section.key}`} className="text-2xl font-bold text-slate-900">
            {t(`${section.key}.heading`)}
          </h2>
          <p className="mt-2">{t(`${section.key}.text`)}</p>
          {section.items.length > 0 ? (
            <ul className="mt-2 list-disc space-y-1 ps-6">
              {section.items.map((item) => (
                <li key={item}>{t(`${section.key}.items.${item}`)}</li>
              ))}
            </ul>
          ) : null}
        </section>
      ))}
    </div>
  );
}
