import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";

import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { moveAppointmentAction } from "@/lib/appointments/appointment-actions";
import { findAppointmentCustomer } from "@/lib/appointments/appointment-customer";
import { appointmentDetailPath, appointmentsPath } from "@/lib/appointments/appointment-form-state";
import { findCustomerAppointment } from "@/lib/appointments/customer-appointments";
import { findBookableWeek } from "@/lib/appointments/find-bookable-slots";
import { findOwnedOrNotFound, requirePermission } from "@/lib/auth/policy";
import { formatDateTime } from "@/lib/i18n/format";
import type { SearchParams } from "@/lib/pagination";

import { MoveForm } from "./move-form";

type MoveProps = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("appointments.move");
  return { title: t("title") };
}

export default async function MoveAppointmentPage({ params, searchParams }: MoveProps) {
  const { id } = await params;
  const user = await requirePermission("appointment:book:own", { returnTo: `${appointmentDetailPath(id)}/sposta` });
  if (!z.uuid().safeParse(id).success) notFound();

  const locale = await getLocale();
  const customer = await findAppointmentCustomer(user);
  if (!customer) notFound();
  const appointment = await findOwnedOrNotFound(findCustomerAppointment(customer.personId, id, locale));

  const t = await getTranslations("appointments");
  const tAreas = await getTranslations("areas");
  const from = z.iso.date().safeParse((await searchParams).from);
  const week = appointment.changeable
    ? await findBookableWeek({ officeId: appointment.officeId, counterServiceId: appointment.counterServiceId, from: from.success ? from.data : null, ignoreAppointmentId: appointment.id }, locale)
    : null;
  const weekHref = (start: string) => `${appointmentDetailPath(appointment.id)}/sposta?from=${start}`;

  return (
    <>
      <PageHeader
        title={t("move.title")}
        description={t("move.description", { when: formatDateTime(appointment.startsAt, locale), service: appointment.serviceLabel, office: appointment.officeName })}
        breadcrumb={[
          { label: tAreas("erp.title"), href: "/sportello-virtuale" },
          { label: t("list.title"), href: appointmentsPath },
          { label: appointment.bookingCode, href: appointmentDetailPath(appointment.id) },
          { label: t("move.title") },
        ]}
      />
      {!week ? (
        <Alert tone="info">{t("detail.tooLate")}</Alert>
      ) : (
        <section className="max-w-3xl">
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
          {week.days.length === 0 ? <Alert tone="info">{t("book.noSlots")}</Alert> : <MoveForm days={week.days} action={moveAppointmentAction.bind(null, appointment.id)} />}
        </section>
      )}
    </>
  );
}
