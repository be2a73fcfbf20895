import "server-only";

import { db } from "@/lib/db/client";
import type { AppointmentState } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/config";
import { summarizePage, toSkipTake, type PageRequest, type PageSummary } from "@/lib/pagination";

import { canCustomerChange, customerChangeDeadline } from "./appointment-rules";
import { serviceLabel } from "./list-offices";

/** An appointment as the customer's pages show it. */
export type CustomerAppointment = {
  id: string;
  bookingCode: string;
  state: AppointmentState;
  startsAt: Date;
  endsAt: Date;
  officeId: string;
  officeName: string;
  officeAddress: string;
  counterServiceId: string;
  serviceLabel: string;
  notes: string | null;
  /** True while the customer may still cancel or move it. */
  changeable: boolean;
  changeDeadline: Date;
  homeVisit: boolean;
};

const appointmentSelect = {
  id: true,
  bookingCode: true,
  state: true,
  startsAt: true,
  endsAt: true,
  notes: true,
  officeId: true,
  counterServiceId: true,
  deskId: true,
  office: { select: { name: true, address: { select: { street: true, houseNumber: true, postalCode: true, city: true } } } },
  counterService: { select: { code: true, labelIt: true, labelEn: true, labelAr: true } },
} as const;

type AppointmentRow = {
  id: string;
  bookingCode: string;
  state: AppointmentState;
  startsAt: Date;
  endsAt: Date;
  notes: string | null;
  officeId: string;
  counterServiceId: string;
  deskId: string | null;
  office: { name: string; address: { street: string; houseNumber: string; postalCode: string; city: string } };
  counterService: { code: string; labelIt: string; labelEn: string; labelAr: string };
};

/** Code of the counter service used for census home visits, which take no desk. */
export const HOME_VISIT_SERVICE_CODE = "casaHomeVisit";

function toCustomerAppointment(row: AppointmentRow, locale: Locale, now: Date): CustomerAppointment {
  const address = row.office.address;
  const homeVisit = row.counterService.code === HOME_VISIT_SERVICE_CODE;

  return {
    id: row.id,
    bookingCode: row.bookingCode,
    state: row.state,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    officeId: row.officeId,
    officeName: row.office.name,
    officeAddress: `${address.street} ${address.houseNumber}, ${address.postalCode} ${address.city}`,
    counterServiceId: row.counterServiceId,
    serviceLabel: serviceLabel(row.counterService, locale),
    notes: row.notes,
    changeable: !homeVisit && canCustomerChange(row, now),
    changeDeadline: customerChangeDeadline(row.startsAt),
    homeVisit,
  };
}

/** Lists the person's upcoming appointments, soonest first. A person has few, so the list is capped at 50 rather than paged. */
export async function listUpcomingAppointments(personId: string, locale: Locale, now: Date = new Date()): Promise<CustomerAppointment[]> {
  const rows = await db().appointment.findMany({
    where: { personId, state: { in: ["booked", "checkedIn"] }, endsAt: { gte: now } },
    orderBy: { startsAt: "asc" },
    take: 50,
    select: appointmentSelect,
  });
  return rows.map((row) => toCustomerAppointment(row, locale, now));
}

/** Lists one page of the person's past and cancelled appointments, newest first. */
export async function listPastAppointments(personId: string, locale: Locale, page: PageRequest, now: Date = new Date()): Promise<{ rows: CustomerAppointment[]; summary: PageSummary }> {
  const where = { personId, OR: [{ state: { in: ["cancelled", "completed", "noShow"] as AppointmentState[] } }, { endsAt: { lt: now } }] };
  const [rows, total] = await Promise.all([
    db().appointment.findMany({ where, orderBy: [{ startsAt: "desc" }, { id: "asc" }], ...toSkipTake(page), select: appointmentSelect }),
    db().appointment.count({ where }),
  ]);
  return { rows: rows.map((row) => toCustomerAppointment(row, locale, now)), summary: summarizePage(page, total) };
}

/** Returns the person's appointment, or null for an id that is not theirs, so the page returns 404. */
export async function findCustomerAppointment(personId: string, appointmentId: string, locale: Locale, now: Date = new Date()): Promise<CustomerAppointment | null> {
  const row = await db().appointment.findFirst({ where: { id: appointmentId, personId }, select: appointmentSelect });
  return row ? toCustomerAppointment(row, locale, now) : null;
}
