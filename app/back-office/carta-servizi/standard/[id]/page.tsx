import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";

import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/policy";
import { charterAdminPath, newStandardVersionPath } from "@/lib/charter/admin/admin-paths";
import { getServiceStandard } from "@/lib/charter/admin/list-service-standards";
import { editableStandardUnits } from "@/lib/charter/admin/standard-version-schema";
import type { Locale } from "@/lib/i18n/config";
import { formatMoneyCents } from "@/lib/i18n/format";

import { StandardVersionForm } from "./standard-version-form";

type StandardPageProps = { params: Promise<{ id: string }> };

async function loadStandard(id: string) {
  const user = await requirePermission("admin:config", { returnTo: newStandardVersionPath(id) });
  const isUuid = /^[0-9a-f-]{36}$/i.test(id);
  const standard = isUuid ? await getServiceStandard(user, id) : null;
  if (!standard) notFound();

  return standard;
}

export async function generateMetadata({ params }: StandardPageProps): Promise<Metadata> {
  const standard = await loadStandard((await params).id);
  const t = await getTranslations("backofficeAdmin.version");
  return { title: t("title", { name: standard.name }) };
}

export default async function NewStandardVersionPage({ params }: StandardPageProps) {
  const standard = await loadStandard((await params).id);

  const t = await getTranslations("backofficeAdmin");
  const tAreas = await getTranslations("areas");
  const locale = (await getLocale()) as Locale;
  const indemnityEuro = standard.indemnityCents === null ? "" : (standard.indemnityCents / 100).toFixed(2).replace(".", ",");

  const current: Array<[string, string]> = [
    [t("version.current.code"), standard.code],
    [t("version.current.limit"), t(`units.${standard.unit}`, { value: standard.limitValue })],
    [t("version.current.indemnity"), standard.indemnityCents === null ? t("standards.noIndemnity") : formatMoneyCents(standard.indemnityCents, locale)],
    [t("version.current.validity"), standard.effectiveTo ? t("standards.validRange", { from: standard.effectiveFrom, to: standard.effectiveTo }) : t("standards.validFrom", { from: standard.effectiveFrom })],
    [t("version.current.source"), standard.source],
  ];

  return (
    <>
      <PageHeader
        title={t("version.title", { name: standard.name })}
        description={t("version.description")}
        breadcrumb={[{ label: tAreas("backOffice.title"), href: "/back-office" }, { label: t("standards.title"), href: charterAdminPath }, { label: standard.code }]}
      />
      <section aria-labelledby="current-heading" className="mb-6 rounded-md border border-slate-300 bg-white p-4">
        <h2 id="current-heading" className="mb-3 text-xl font-bold">
          {t("version.current.heading")}
        </h2>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          {current.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-semibold">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <StandardVersionForm
        baseId={standard.id}
        defaults={{ name: standard.name, limitValue: String(standard.limitValue), unit: standard.unit, indemnityEuro, source: standard.source, effectiveFrom: "" }}
        units={editableStandardUnits}
      />
    </>
  );
}
