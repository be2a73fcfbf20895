import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";

import { Button } from "@/components/ui/button";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { SelectField } from "@/components/ui/select-field";
import { StatusBadge } from "@/components/ui/status-badge";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { parseAgendaDate } from "@/lib/appointments/agenda-date";
import { recordCounterOutcomeAction } from "@/lib/appointments/appointment-actions";
import { agendaPath } from "@/lib/appointments/appointment-form-state";
import { listAgendaOffices, loadOfficeAgenda, type AgendaEntry } from "@/lib/appointments/office-agenda";
import { formatRomeTime } from "@/lib/appointments/slot-labels";
import { requirePermission } from "@/lib/auth/policy";
import { romeDateOf } from "@/lib/charter/rome-time";
import type { SearchParams } from "@/lib/pagination";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("appointments.agenda");
  return { title: t("title") };
}

const stateTones = { booked: "info", checkedIn: "warning", completed: "success", noShow: "danger", cancelled: "neutral" } as const;

export default async function AgendaPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission("area:backOffice", { returnTo: agendaPath });
  const offices = await listAgendaOffices(user);
  if (offices.length === 0) forbidden();

  const query = await searchParams;
  const officeParam = z.uuid().safeParse(query.office);
  const dateParam = parseAgendaDate(query.date);
  const office = offices.find((candidate) => officeParam.success && candidate.id === officeParam.data) ?? offices[0]!;
  const date = dateParam ?? romeDateOf(new Date());

  const locale = await getLocale();
  const t = await getTranslations("appointments");
  const entries = (await loadOfficeAgenda(user, office.id, date, locale)) ?? [];

  const columns: DataTableColumn<AgendaEntry>[] = [
    { key: "time", header: t("agenda.columns.time"), isRowHeader: true, cell: (row) => `${formatRomeTime(row.startsAt, locale)}–${formatRomeTime(row.endsAt, locale)}` },
    { key: "customer", header: t("agenda.columns.customer"), cell: (row) => (
      <>
        <span className="block">{row.customerName}</span>
        <span className="block text-sm text-slate-700">{row.bookingCode}</span>
      </>
    ) },
    { key: "service", header: t("agenda.columns.service"), cell: (row) => (
      <>
        <span className="block">{row.serviceLabel}</span>
        {row.notes ? <span className="block whitespace-pre-line text-sm text-slate-700">{row.notes}</span> : null}
      </>
    ) },
    { key: "desk", header: t("agenda.columns.desk"), cell: (row) => row.deskLabel ?? t("agenda.noDesk") },
    { key: "state", header: t("agenda.columns.state"), cell: (row) => <StatusBadge tone={stateTones[row.state]} label={t(`states.${row.state}`)} /> },
    {
      key: "actions",
      header: t("agenda.columns.actions"),
      cell: (row) => (
        <div className="flex flex-wrap gap-2">
          {row.outcomes.map((outcome) => (
            <form key={outcome} action={recordCounterOutcomeAction}>
              <input type="hidden" name="appointmentId" value={row.id} />
              <input type="hidden" name="officeId" value={office.id} />
              <input type="hidden" name="date" value={date} />
              <input type="hidden" name="outcome" value={outcome} />
              <Button type="submit" size="sm" variant={outcome === "noShow" ? "danger" : "secondary"} aria-label={t(`agenda.outcomeFor.${outcome}`, { code: row.bookingCode })}>
                {t(`agenda.outcomes.${outcome}`)}
              </Button>
            </form>
          ))}
        </div>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t("agenda.title")} description={t("agenda.description")} breadcrumb={[{ label: t("agenda.backOffice"), href: "/back-office" }, { label: t("agenda.title") }]} />
      <form method="get" action={agendaPath} className="mb-6 flex flex-wrap items-end gap-4">
        <SelectField id="office" name="office" label={t("agenda.office")} options={offices.map((item) => ({ value: item.id, label: item.name }))} defaultValue={office.id} className="min-w-64" />
        <TextField id="date" name="date" type="date" label={t("agenda.date")} defaultValue={date} />
        <div className="mb-5">
          <SubmitButton variant="secondary">{t("agenda.show")}</SubmitButton>
        </div>
      </form>
      <DataTable
        caption={t("agenda.caption", { office: office.name, date })}
        columns={columns}
        rows={entries}
        rowKey={(row) => row.id}
        empty={<EmptyState title={t("agenda.empty")} />}
      />
    </>
  );
}
