import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { PageHeader } from "@/components/ui/page-header";
import { erpContactCenterNumber, siiTollFreeNumber } from "@/lib/contacts/channels";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("public.accessibility");
  return { title: t("title") };
}

const designFeatures = ["keyboard", "skipLink", "labels", "contrast", "notColourAlone", "languages"] as const;

export default async function AccessibilityStatementPage() {
  const t = await getTranslations("public.accessibility");

  return (
    <div className="max-w-3xl">
      <PageHeader title={t("title")} description={t("lead")} />

      <section aria-labelledby="a11y-status" className="mt-6">
        <h2 id="a11y-status" className="text-2xl font-bold text-slate-900">
          {t("status.heading")}
        </h2>
        <p className="mt-2">{t("status.text")}</p>
      </section>

      <section aria-labelledby="a11y-design" className="mt-8">
        <h2 id="a11y-design" className="text-2xl font-bold text-slate-900">
          {t("design.heading")}
        </h2>
        <ul className="mt-2 list-disc space-y-1 ps-6">
          {designFeatures.map((feature) => (
            <li key={feature}>{t(`design.items.${feature}`)}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="a11y-feedback" className="mt-8 rounded-lg bg-brand-50 p-6">
        <h2 id="a11y-feedback" className="text-2xl font-bold text-slate-900">
          {t("feedback.heading")}
        </h2>
        <p className="mt-2">{t("feedback.text")}</p>
        <ul className="mt-3 space-y-2">
          <li>
            {t("feedback.water")}{" "}
            <a href={siiTollFreeNumber.href} className="font-semibold text-brand-800 underline">
              <bdi>{siiTollFreeNumber.display}</bdi>
            </a>
          </li>
          <li>
            {t("feedback.housing")}{" "}
            <a href={erpContactCenterNumber.href} className="font-semibold text-brand-800 underline">
              <bdi>{erpContactCenterNumber.display}</bdi>
            </a>
          </li>
          <li>{t("feedback.online")}</li>
        </ul>
        <p className="mt-3">{t("feedback.reply")}</p>
      </section>

      <section aria-labelledby="a11y-enforcement" className="mt-8">
        <h2 id="a11y-enforcement" className="text-2xl font-bold text-slate-900">
          {t("enforcement.heading")}
        </h2>
        <p className="mt-2">{t("enforcement.text")}</p>
      </section>
    </div>
  );
}
