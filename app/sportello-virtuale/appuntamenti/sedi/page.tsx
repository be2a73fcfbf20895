import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";

import { PageHeader } from "@/components/ui/page-header";
import { appointmentsPath } from "@/lib/appointments/appointment-form-state";
import { listOffices } from "@/lib/appointments/list-offices";
import { formatMinuteOfDay } from "@/lib/appointments/slot-labels";
import { requirePermission } from "@/lib/auth/policy";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("appointments.offices");
  return { title: t("title") };
}

export default async function OfficesPage() {
  await requirePermission("appointment:book:own", { returnTo: `${appointmentsPath}/sedi` });

  const locale = await getLocale();
  const t = await getTranslations("appointments");
  const tAreas = await getTranslations("areas");
  const offices = await listOffices("casa", locale);

  return (
    <>
      <PageHeader
        title={t("offices.title")}
        description={t("offices.description")}
        breadcrumb={[{ label: tAreas("erp.title"), href: "/sportello-virtuale" }, { label: t("list.title"), href: appointmentsPath }, { label: t("offices.title") }]}
      />
      <ul className="grid gap-6 md:grid-cols-2">
        {offices.map((office) => (
          <li key={office.id} className="rounded-lg border border-slate-300 bg-white p-4">
            <h2 className="text-lg font-semibold">{office.name}</h2>
            <p className="text-slate-700">{t(`offices.kinds.${office.kind}`)}</p>
            <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
              <dt className="font-semibold">{t("offices.address")}</dt>
              <dd>{office.address}</dd>
              {office.phone ? (
                <>
                  <dt className="font-semibold">{t("offices.phone")}</dt>
                  <dd dir="ltr" className="text-start">{office.phone}</dd>
                </>
              ) : null}
              <dt className="font-semibold">{t("offices.desks")}</dt>
              <dd>{office.deskCount}</dd>
            </dl>
            <h3 className="mt-3 font-semibold">{t("offices.hours")}</h3>
            <ul className="ms-5 list-disc">
              {office.openingHours.map((interval, index) => (
                <li key={index}>
                  {t("offices.interval", { day: t(`weekdays.${interval.weekday}`), opens: formatMinuteOfDay(interval.opensAtMinute), closes: formatMinuteOfDay(interval.closesAtMinute) })}
                  {interval.appointmentOnly ? ` ${t("offices.appointmentOnly")}` : ""}
                </li>
              ))}
            </ul>
            <h3 className="mt-3 font-semibold">{t("offices.services")}</h3>
            <ul className="ms-5 list-disc">
              {office.services.map((service) => (
                <li key={service.id}>{t("offices.serviceLine", { service: service.label, minutes: service.minutes })}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </>
  );
}
