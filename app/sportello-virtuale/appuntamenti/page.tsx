import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";

import { ButtonLink } from "@/components/ui/button";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { findAppointmentCustomer } from "@/lib/appointments/appointment-customer";
import { appointmentDetailPath, appointmentsPath } from "@/lib/appointments/appointment-form-state";
import { listPastAppointments, listUpcomingAppointments, type CustomerAppointment } from "@/lib/appointments/customer-appointments";
import { requirePermission } from "@/lib/auth/policy";
import { formatDateTime } from "@/lib/i18n/format";
import { parsePagination, type SearchParams } from "@/lib/pagination";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("appointments.list");
  return { title: t("title") };
}

const pastStateTones = { booked: "info", checkedIn: "info", completed: "success", noShow: "warning", cancelled: "neutral" } as const;

export default async function AppointmentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission("appointment:book:own", { returnTo: appointmentsPath });
  const query = await searchParams;

  const locale = await getLocale();
  const t = await getTranslations("appointments");
  const tAreas = await getTranslations("areas");
  const customer = await findAppointmentCustomer(user);

  const upcoming = customer ? await listUpcomingAppointments(customer.personId, locale) : [];
  const past = customer ? await listPastAppointments(customer.personId, locale, parsePagination(query, { defaultPageSize: 10 })) : null;

  const columns: DataTableColumn<CustomerAppointment>[] = [
    { key: "when", header: t("list.columns.when"), isRowHeader: true, cell: (row) => <Link href={appointmentDetailPath(row.id)} className="text-brand-800 underline underline-offset-2">{formatDateTime(row.startsAt, locale)}</Link> },
    { key: "service", header: t("list.columns.service"), cell: (row) => row.serviceLabel },
    { key: "office", header: t("list.columns.office"), cell: (row) => row.officeName },
    { key: "state", header: t("list.columns.state"), cell: (row) => <StatusBadge tone={pastStateTones[row.state]} label={t(`states.${row.state}`)} /> },
  ];

  return (
    <>
      <PageHeader
        title={t("list.title")}
        description={t("list.description")}
        breadcrumb={[{ label: tAreas("erp.title"), href: "/sportello-virtuale" }, { label: t("list.title") }]}
        actions={
          <div className="flex flex-wrap gap-3">
            <ButtonLink href={`${appointmentsPath}/nuovo`}>{t("list.book")}</ButtonLink>
            <ButtonLink href={`${appointmentsPath}/sedi`} variant="secondary">
              {t("list.offices")}
            </ButtonLink>
          </div>
        }
      />

      <section aria-labelledby="upcoming-heading" className="mb-10">
        <h2 id="upcoming-heading" className="mb-3 text-xl font-semibold">
          {t("list.upcoming")}
        </h2>
        {upcoming.length === 0 ? (
          <EmptyState title={t("list.emptyTitle")} description={t("list.emptyDescription")} />
        ) : (
          <ul className="grid gap-4 md:grid-cols-2">
            {upcoming.map((appointment) => (
              <li key={appointment.id} className="rounded-lg border border-slate-300 bg-white p-4">
                <p className="text-lg font-semibold">
                  <Link href={appointmentDetailPath(appointment.id)} className="text-brand-800 underline underline-offset-2">
                    {formatDateTime(appointment.startsAt, locale)}
                  </Link>
                </p>
                <p>{appointment.serviceLabel}</p>
                <p className="text-slate-700">{appointment.homeVisit ? t("detail.homeVisit") : `${appointment.officeName}, ${appointment.officeAddress}`}</p>
                <p className="mt-2 text-sm text-slate-700">{t("list.code", { code: appointment.bookingCode })}</p>
              </li>
            ))}
          </ul>
        )}
      </section>

      {past ? (
        <section aria-labelledby="past-heading">
          <h2 id="past-heading" className="mb-3 text-xl font-semibold">
            {t("list.past")}
          </h2>
          <DataTable
            caption={t("list.pastCaption")}
            columns={columns}
            rows={past.rows}
            rowKey={(row) => row.id}
            empty={<EmptyState title={t("list.pastEmpty")} />}
            paging={{ summary: past.summary, pathname: appointmentsPath, searchParams: query }}
          />
        </section>
      ) : null}
    </>
  );
}
