import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";

import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { cancelAppointmentAction } from "@/lib/appointments/appointment-actions";
import { findAppointmentCustomer } from "@/lib/appointments/appointment-customer";
import { appointmentCalendarPath, appointmentDetailPath, appointmentsPath } from "@/lib/appointments/appointment-form-state";
import { findCustomerAppointment } from "@/lib/appointments/customer-appointments";
import { findOwnedOrNotFound, requirePermission } from "@/lib/auth/policy";
import { formatDateTime } from "@/lib/i18n/format";

import { CancelForm } from "./cancel-form";

type DetailProps = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("appointments.detail");
  return { title: t("title") };
}

export default async function AppointmentDetailPage({ params }: DetailProps) {
  const { id } = await params;
  const user = await requirePermission("appointment:book:own", { returnTo: appointmentDetailPath(id) });
  if (!z.uuid().safeParse(id).success) notFound();

  const locale = await getLocale();
  const customer = await findAppointmentCustomer(user);
  if (!customer) notFound();
  const appointment = await findOwnedOrNotFound(findCustomerAppointment(customer.personId, id, locale));

  const t = await getTranslations("appointments");
  const tAreas = await getTranslations("areas");

  return (
    <>
      <PageHeader
        title={t("detail.heading", { code: appointment.bookingCode })}
        breadcrumb={[{ label: tAreas("erp.title"), href: "/sportello-virtuale" }, { label: t("list.title"), href: appointmentsPath }, { label: appointment.bookingCode }]}
      />
      <dl className="mb-8 grid max-w-2xl grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">{t("detail.state")}</dt>
        <dd>
          <StatusBadge status={appointment.state} tone={appointment.state === "booked" ? "info" : "neutral"} label={t(`states.${appointment.state}`)} />
        </dd>
        <dt className="font-semibold">{t("detail.when")}</dt>
        <dd>{formatDateTime(appointment.startsAt, locale)}</dd>
        <dt className="font-semibold">{t("detail.service")}</dt>
        <dd>{appointment.serviceLabel}</dd>
        <dt className="font-semibold">{t("detail.where")}</dt>
        <dd>{appointment.homeVisit ? t("detail.homeVisit") : `${appointment.officeName}, ${appointment.officeAddress}`}</dd>
        <dt className="font-semibold">{t("detail.code")}</dt>
        <dd>{appointment.bookingCode}</dd>
        {appointment.notes ? (
          <>
            <dt className="font-semibold">{t("detail.notes")}</dt>
            <dd className="whitespace-pre-line">{appointment.notes}</dd>
          </>
        ) : null}
      </dl>

      {appointment.state === "booked" ? (
        <p className="mb-8">
          <a href={appointmentCalendarPath(appointment.id)} download className="font-semibold text-blue-800 underline underline-offset-2 hover:no-underline">
            {t("detail.calendarFile")}
          </a>
        </p>
      ) : null}

      {appointment.changeable ? (
        <section aria-labelledby="change-heading" className="max-w-2xl">
          <h2 id="change-heading" className="mb-2 text-xl font-semibold">
            {t("detail.changeHeading")}
          </h2>
          <p className="mb-4 text-slate-700">{t("detail.changeUntil", { deadline: formatDateTime(appointment.changeDeadline, locale) })}</p>
          <p className="mb-6">
            <ButtonLink href={`${appointmentDetailPath(appointment.id)}/sposta`} variant="secondary">
              {t("detail.move")}
            </ButtonLink>
          </p>
          <h3 className="mb-2 text-lg font-semibold">{t("cancel.heading")}</h3>
          <CancelForm action={cancelAppointmentAction.bind(null, appointment.id)} />
        </section>
      ) : appointment.state === "booked" && !appointment.homeVisit ? (
        <Alert tone="info">{t("detail.tooLate")}</Alert>
      ) : null}
    </>
  );
}
