import "server-only";

import { z } from "zod";

import { newBookingCode } from "@/lib/appointments/book-appointment";
import { HOME_VISIT_SERVICE_CODE } from "@/lib/appointments/customer-appointments";
import { DEFAULT_OFFICE_CALENDAR_CODE } from "@/lib/appointments/find-slots";
import { romeInstant } from "@/lib/appointments/rome-clock";
import type { SessionUser } from "@/lib/auth/session-user";
import { loadBusinessCalendar } from "@/lib/charter/load-calendar";
import { addDays, weekdayOf, type PlainDate } from "@/lib/charter/plain-date";
import { romeDateOf } from "@/lib/charter/rome-time";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";

import { tenantDeclarationScope } from "./tenant-declaration";

/** The latest day a tenant may propose for a home visit, in days from today. */
export const HOME_VISIT_HORIZON_DAYS = 60;

/** Visits are proposed for the morning; the office confirms the time by phone. */
const HOME_VISIT_START_MINUTE = 10 * 60;

export const homeVisitSchema = z.object({
  declarationId: z.uuid(),
  preferredDate: z.iso.date({ error: "preferredDateInvalid" }),
  reason: z.string().trim().min(1, { error: "reasonMissing" }).max(1000, { error: "reasonTooLong" }),
  phone: z.string().trim().regex(/^\+?[0-9 ]{6,20}$/, { error: "phoneInvalid" }),
});

export type HomeVisitInput = z.infer<typeof homeVisitSchema>;

/** Returns the field error key when the proposed day is not a weekday between tomorrow and the horizon, else null. */
export function homeVisitDateProblem(preferredDate: string, today: string): string | null {
  if (preferredDate <= today || preferredDate > addDays(today, HOME_VISIT_HORIZON_DAYS)) return "preferredDateOutOfRange";
  const weekday = weekdayOf(preferredDate);
  if (weekday === 0 || weekday === 6) return "preferredDateWeekend";
  return null;
}

/**
 * Picks the Casa sede that serves a building: the sede in the same municipio (city district),
 * else the first sede by code.
 */
async function servingOffice(tx: Prisma.TransactionClient, buildingId: string): Promise<string> {
  const building = await tx.building.findUniqueOrThrow({ where: { id: buildingId }, select: { address: { select: { municipio: true } } } });
  const municipio = building.address.municipio;

  const sameDistrict = municipio === null ? null : await tx.office.findFirst({ where: { division: "casa", kind: "sede", active: true, address: { municipio } }, orderBy: { code: "asc" }, select: { id: true } });
  const office = sameDistrict ?? (await tx.office.findFirst({ where: { division: "casa", kind: "sede", active: true }, orderBy: { code: "asc" }, select: { id: true } }));
  if (!office) throw new AppError("census.noOffice", "No active Casa sede can take the home visit.", 500);
  return office.id;
}

/** Returns true when the date is a holiday or closure of the office's calendar, so its staff make no visits. */
async function isOfficeClosedOn(tx: Prisma.TransactionClient, officeId: string, date: PlainDate): Promise<boolean> {
  const office = await tx.office.findUniqueOrThrow({ where: { id: officeId }, select: { calendarId: true } });
  const calendarId = office.calendarId ?? (await tx.businessCalendar.findUnique({ where: { code: DEFAULT_OFFICE_CALENDAR_CODE }, select: { id: true } }))?.id;
  if (!calendarId) throw new AppError("charter.calendarNotFound", `Office ${officeId} names no calendar and "${DEFAULT_OFFICE_CALENDAR_CODE}" is missing.`, 500);

  const calendar = await loadBusinessCalendar(tx, calendarId, { from: date, to: date });
  return calendar.isClosed(date);
}

/**
 * Records a tenant's request for a home visit in place of the online declaration: an
 * appointment of the home-visit service, without desk, for the staff of the office that serves
 * the building, on the day the tenant proposes. Raises `census.notFound` for another tenant's
 * declaration, `census.homeVisitExists` when one is already booked, and `census.preferredDate`
 * for a day out of range, at a weekend or on a holiday or closure of the office.
 */
export async function requestHomeVisit(user: Pick<SessionUser, "id">, personId: string, input: HomeVisitInput, now: Date = new Date()): Promise<{ appointmentId: string }> {
  return db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT "id" FROM "CensusDeclaration" WHERE "id" = ${input.declarationId}::uuid FOR UPDATE`;
    const declaration = await tx.censusDeclaration.findFirst({
      where: { id: input.declarationId, ...tenantDeclarationScope(personId) },
      select: { id: true, state: true, homeVisitAppointment: { select: { state: true } }, tenancy: { select: { dwelling: { select: { buildingId: true } } } } },
    });
    if (!declaration) throw new AppError("census.notFound", `Declaration ${input.declarationId} not found for this tenant.`, 404);
    if (declaration.homeVisitAppointment && declaration.homeVisitAppointment.state !== "cancelled") {
      throw new AppError("census.homeVisitExists", "A home visit is already booked for this declaration.", 409);
    }
    if (declaration.state === "accepted" || declaration.state === "rejected") {
      throw new AppError("census.notEditable", `Declaration ${declaration.id} is ${declaration.state}.`, 409, { state: declaration.state });
    }

    const problem = homeVisitDateProblem(input.preferredDate, romeDateOf(now));
    if (problem) throw new AppError("census.preferredDate", problem, 422, { field: problem });

    const service = await tx.counterService.findUnique({ where: { code: HOME_VISIT_SERVICE_CODE }, select: { id: true, appointmentMinutes: true } });
    if (!service) throw new AppError("census.noHomeVisitService", `Counter service ${HOME_VISIT_SERVICE_CODE} is missing.`, 500);

    const officeId = await servingOffice(tx, declaration.tenancy.dwelling.buildingId);
    if (await isOfficeClosedOn(tx, officeId, input.preferredDate)) {
      throw new AppError("census.preferredDate", "preferredDateHoliday", 422, { field: "preferredDateHoliday" });
    }

    const startsAt = romeInstant(input.preferredDate, HOME_VISIT_START_MINUTE);
    const appointment = await tx.appointment.create({
      data: {
        bookingCode: newBookingCode(),
        officeId,
        counterServiceId: service.id,
        personId,
        bookedById: user.id,
        channel: "virtualCounter",
        startsAt,
        endsAt: new Date(startsAt.getTime() + service.appointmentMinutes * 60_000),
        notes: `${input.reason}\nTel. ${input.phone}`,
      },
      select: { id: true },
    });

    await tx.censusDeclaration.update({ where: { id: declaration.id }, data: { homeVisitAppointmentId: appointment.id }, select: { id: true } });
    await tx.auditLog.create({ data: { actorId: user.id, action: "census.requestHomeVisit", entity: "CensusDeclaration", entityId: declaration.id, after: { appointmentId: appointment.id } } });
    return { appointmentId: appointment.id };
  });
}
