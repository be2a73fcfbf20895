import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";

import { PageHeader } from "@/components/ui/page-header";
import { formatMoneyCents } from "@/lib/i18n/format";

import { indemnityCents, specificStandards } from "./specific-standards";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("public.charter");
  return { title: t("title") };
}

export default async function ServiceCharterPage() {
  const t = await getTranslations("public.charter");
  const locale = await getLocale();

  const amounts = {
    base: formatMoneyCents(indemnityCents.base, locale),
    doubled: formatMoneyCents(indemnityCents.doubled, locale),
    tripled: formatMoneyCents(indemnityCents.tripled, locale),
  };

  return (
    <div className="max-w-4xl">
      <PageHeader title={t("title")} description={t("lead")} />

      <div role="region" aria-labelledby="charter-table-caption" tabIndex={0} className="overflow-x-auto rounded-md border border-slate-300 bg-white">
        <table className="w-full border-collapse">
          <caption id="charter-table-caption" className="px-4 py-3 text-start text-lg font-semibold text-slate-900">
            {t("table.caption")}
          </caption>
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="border-b-2 border-slate-400 px-4 py-2 text-start">
                {t("table.service")}
              </th>
              <th scope="col" className="border-b-2 border-slate-400 px-4 py-2 text-start">
                {t("table.limit")}
              </th>
            </tr>
          </thead>
          <tbody>
            {specificStandards.map((standard) => (
              <tr key={standard.key} className="border-b border-slate-200 last:border-b-0">
                <th scope="row" className="px-4 py-2 text-start align-top font-normal">
                  {t(`standards.${standard.key}`)}
                </th>
                <td className="px-4 py-2 align-top whitespace-nowrap">
                  <ul>
                    {standard.limits.map((limit) => (
                      <li key={`${limit.value}-${limit.unit}-${limit.condition ?? ""}`}>
                        <span className="font-semibold">{t(`units.${limit.unit}`, { count: limit.value })}</span>
                        {limit.condition ? <span className="text-slate-700"> ({t(`conditions.${limit.condition}`)})</span> : null}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-3 text-sm text-slate-700">{t("table.unitsNote")}</p>

      <section aria-labelledby="charter-indemnity" className="mt-10">
        <h2 id="charter-indemnity" className="text-2xl font-bold text-slate-900">
          {t("indemnity.heading")}
        </h2>
        <p className="mt-2">{t("indemnity.intro")}</p>
        <ul className="mt-3 list-disc space-y-1 ps-6">
          <li>{t("indemnity.base", { amount: amounts.base })}</li>
          <li>{t("indemnity.doubled", { amount: amounts.doubled })}</li>
          <li>{t("indemnity.tripled", { amount: amounts.tripled })}</li>
        </ul>
        <p className="mt-3">{t("indemnity.punctuality", { amount: amounts.base })}</p>
        <p className="mt-3 rounded-md bg-brand-50 p-4">{t("indemnity.example", amounts)}</p>
        <p className="mt-3">{t("indemnity.exclusions")}</p>
      </section>
    </div>
  );
}
