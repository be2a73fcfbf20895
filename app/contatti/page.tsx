import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

import { PageHeader } from "@/components/ui/page-header";
import { erpContactCenterNumber, europeanEmergencyNumber, siiTollFreeNumber, type PhoneNumber } from "@/lib/contacts/channels";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("public.contacts");
  return { title: t("title") };
}

function PhoneLink({ number }: { number: PhoneNumber }) {
  return (
    <a href={number.href} className="text-xl font-bold text-brand-800 underline">
      <bdi>{number.display}</bdi>
    </a>
  );
}

/** Renders one channel: what it is, how to reach it, and when it is open or what it costs. */
function Channel({ name, reach, note }: { name: string; reach: ReactNode; note: string }) {
  return (
    <div className="border-b border-slate-200 py-4 last:border-b-0">
      <dt className="font-semibold text-slate-900">{name}</dt>
      <dd className="mt-1">{reach}</dd>
      <dd className="mt-1 text-sm text-slate-700">{note}</dd>
    </div>
  );
}

export default async function ContactsPage() {
  const t = await getTranslations("public.contacts");

  return (
    <div>
      <PageHeader title={t("title")} description={t("lead")} />

      <div className="grid gap-6 md:grid-cols-2">
        <section aria-labelledby="contacts-water" className="rounded-lg border-2 border-slate-300 bg-white p-6">
          <h2 id="contacts-water" className="text-2xl font-bold text-slate-900">
            {t("water.heading")}
          </h2>
          <dl className="mt-2">
            <Channel name={t("water.phone.name")} reach={<PhoneLink number={siiTollFreeNumber} />} note={t("water.phone.note")} />
            <Channel name={t("water.online.name")} reach={t("water.online.reach")} note={t("alwaysOpen")} />
            <Channel name={t("water.counter.name")} reach={t("water.counter.reach")} note={t("byAppointment")} />
          </dl>
        </section>

        <section aria-labelledby="contacts-housing" className="rounded-lg border-2 border-slate-300 bg-white p-6">
          <h2 id="contacts-housing" className="text-2xl font-bold text-slate-900">
            {t("housing.heading")}
          </h2>
          <dl className="mt-2">
            <Channel name={t("housing.phone.name")} reach={<PhoneLink number={erpContactCenterNumber} />} note={t("housing.phone.note")} />
            <Channel name={t("housing.online.name")} reach={t("housing.online.reach")} note={t("alwaysOpen")} />
            <Channel name={t("housing.offices.name")} reach={t("housing.offices.reach")} note={t("byAppointment")} />
            <Channel name={t("housing.caretakers.name")} reach={t("housing.caretakers.reach")} note={t("housing.caretakers.note")} />
          </dl>
        </section>
      </div>

      <section aria-labelledby="contacts-complaints" className="mt-8 rounded-lg bg-white p-6">
        <h2 id="contacts-complaints" className="text-2xl font-bold text-slate-900">
          {t("complaints.heading")}
        </h2>
        <p className="mt-2">{t("complaints.intro")}</p>
        <ul className="mt-2 list-disc space-y-1 ps-6">
          {(["name", "address", "contact", "service", "customerCode"] as const).map((field) => (
            <li key={field}>{t(`complaints.fields.${field}`)}</li>
          ))}
        </ul>
        <p className="mt-3">{t("complaints.reply")}</p>
      </section>

      <section aria-labelledby="contacts-emergency" className="mt-8 rounded-lg border-s-8 border-red-700 bg-white p-6">
        <h2 id="contacts-emergency" className="text-2xl font-bold text-slate-900">
          {t("emergency.heading")}
        </h2>
        <dl className="mt-2">
          <Channel name={t("emergency.water")} reach={<PhoneLink number={siiTollFreeNumber} />} note={t("water.phone.note")} />
          <Channel name={t("emergency.housing")} reach={<PhoneLink number={erpContactCenterNumber} />} note={t("housing.phone.note")} />
          <Channel name={t("emergency.danger")} reach={<PhoneLink number={europeanEmergencyNumber} />} note={t("emergency.dangerNote")} />
        </dl>
      </section>
    </div>
  );
}
