import { randomUUID } from "node:crypto";

import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";

import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { PageHeader } from "@/components/ui/page-header";
import { SelectField } from "@/components/ui/select-field";
import { bookAppointmentAction } from "@/lib/appointments/appointment-actions";
import { appointmentsPath } from "@/lib/appointments/appointment-form-state";
import { findBookableWeek } from "@/lib/appointments/find-bookable-slots";
import { listOffices } from "@/lib/appointments/list-offices";
import { requirePermission } from "@/lib/auth/policy";
import type { SearchParams } from "@/lib/pagination";

import { BookingForm } from "./booking-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("appointments.book");
  return { title: t("title") };
}

const queryShape = z.object({
  office: z.uuid().optional().catch(undefined),
  service: z.uuid().optional().catch(undefined),
  from: z.iso.date().optional().catch(undefined),
});

export default async function BookAppointmentPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission("appointment:book:own", { returnTo: `${appointmentsPath}/nuovo` });
  const query = queryShape.parse(Object.fromEntries(Object.entries(await searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value])));

  const locale = await getLocale();
  const t = await getTranslations("appointments");
  const tAreas = await getTranslations("areas");
  const offices = await listOffices("casa", locale);

  const office = offices.find((candidate) => candidate.id === query.office);
  const service = office?.services.find((candidate) => candidate.id === query.service);
  const week = office && service ? await findBookableWeek({ officeId: office.id, counterServiceId: service.id, from: query.from ?? null }, locale) : null;
  const weekHref = (from: string) => `${appointmentsPath}/nuovo?office=${office?.id}&service=${service?.id}&from=${from}`;

  const serviceOptions = [...new Map(offices.flatMap((candidate) => candidate.services).map((item) => [item.id, { value: item.id, label: item.label }])).values()];

  return (
    <>
      <PageHeader
        title={t("book.title")}
        description={t("book.description")}
        breadcrumb={[{ label: tAreas("erp.title"), href: "/sportello-virtuale" }, { label: t("list.title"), href: appointmentsPath }, { label: t("book.title") }]}
      />

      <section aria-labelledby="choose-heading" className="mb-8 max-w-2xl">
        <h2 id="choose-heading" className="mb-3 text-xl font-semibold">
          {t("book.stepChoose")}
        </h2>
        {/* A GET form, so the choice lives in the address and works without JavaScript. */}
        <form method="get" action={`${appointmentsPath}/nuovo`}>
          <SelectField id="office" name="office" label={t("book.office")} required placeholder={t("book.officePlaceholder")} options={offices.map((item) => ({ value: item.id, label: `${item.name} – ${item.address}` }))} defaultValue={office?.id ?? ""} />
          <SelectField id="service" name="service" label={t("book.service")} required placeholder={t("book.servicePlaceholder")} options={serviceOptions} defaultValue={service?.id ?? query.service ?? ""} />
          <SubmitButton variant="secondary">{t("book.showSlots")}</SubmitButton>
        </form>
        <p className="mt-3">
          <Link href={`${appointmentsPath}/sedi`} className="text-brand-800 underline underline-offset-2">
            {t("book.officesLink")}
          </Link>
        </p>
      </section>

      {office && query.service && !service ? <Alert tone="warning">{t("book.serviceNotOffered")}</Alert> : null}

      {office && service && week ? (
        <section aria-labelledby="slots-heading" className="max-w-3xl">
          <h2 id="slots-heading" className="mb-1 text-xl font-semibold">
            {t("book.stepSlot")}
          </h2>
          <p className="mb-4 text-slate-700">{t("book.slotContext", { office: office.name, service: service.label, minutes: service.minutes })}</p>
          <nav aria-label={t("book.weekNav")} className="mb-4 flex flex-wrap gap-4">
            {week.previousFrom ? (
              <Link href={weekHref(week.previousFrom)} className="text-brand-800 underline underline-offset-2">
                {t("book.previousWeek")}
              </Link>
            ) : null}
            {week.nextFrom ? (
              <Link href={weekHref(week.nextFrom)} className="text-brand-800 underline underline-offset-2">
                {t("book.nextWeek")}
              </Link>
            ) : null}
          </nav>
          {week.days.length === 0 ? (
            <Alert tone="info">{t("book.noSlots")}</Alert>
          ) : (
            // A new key on every view of the form: a second submit of this view finds the first appointment.
            <BookingForm idempotencyKey={randomUUID()} officeId={office.id} counterServiceId={service.id} days={week.days} action={bookAppointmentAction} />
          )}
        </section>
      ) : null}
    </>
  );
}
