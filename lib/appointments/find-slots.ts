import "server-only";

import { loadBusinessCalendar } from "@/lib/charter/load-calendar";
import { addDays, fromUtcMidnight, type PlainDate } from "@/lib/charter/plain-date";
import { startOfRomeDay } from "@/lib/charter/rome-time";
import { AppError } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";

import { generateSlots, type Slot } from "./generate-slots";

/** Calendar an office follows when its row names none. */
export const DEFAULT_OFFICE_CALENDAR_CODE = "milan-offices";

export type SlotQuery = {
  officeId: string;
  counterServiceId: string;
  from: PlainDate;
  to: PlainDate;
  notBefore: Date;
  /** An appointment being moved: its own desk time does not count as taken. */
  ignoreAppointmentId?: string;
};

/**
 * Loads what slot generation needs for one office and service and returns the slots between two
 * days. Raises `appointment.serviceNotOffered` when the office is inactive or does not offer the service.
 */
export async function findSlots(tx: Prisma.TransactionClient, query: SlotQuery): Promise<{ slots: Slot[]; serviceMinutes: number }> {
  const office = await tx.office.findFirst({
    where: { id: query.officeId, active: true, services: { some: { counterServiceId: query.counterServiceId, counterService: { active: true } } } },
    select: {
      calendarId: true,
      openingHours: { select: { weekday: true, opensAtMinute: true, closesAtMinute: true, validFrom: true, validTo: true } },
      desks: { where: { active: true }, orderBy: { code: "asc" }, select: { id: true } },
    },
  });
  if (!office) throw new AppError("appointment.serviceNotOffered", `Office ${query.officeId} does not offer service ${query.counterServiceId}.`, 404);

  const service = await tx.counterService.findUniqueOrThrow({ where: { id: query.counterServiceId }, select: { appointmentMinutes: true } });

  const calendarId = office.calendarId ?? (await tx.businessCalendar.findUnique({ where: { code: DEFAULT_OFFICE_CALENDAR_CODE }, select: { id: true } }))?.id;
  if (!calendarId) throw new AppError("charter.calendarNotFound", `Office ${query.officeId} names no calendar and "${DEFAULT_OFFICE_CALENDAR_CODE}" is missing.`, 500);
  const calendar = await loadBusinessCalendar(tx, calendarId, { from: query.from, to: query.to });

  const taken = await tx.appointment.findMany({
    where: {
      officeId: query.officeId,
      deskId: { not: null },
      state: { in: ["booked", "checkedIn"] },
      startsAt: { lt: startOfRomeDay(addDays(query.to, 1)) },
      endsAt: { gt: startOfRomeDay(query.from) },
      ...(query.ignoreAppointmentId ? { id: { not: query.ignoreAppointmentId } } : {}),
    },
    select: { deskId: true, startsAt: true, endsAt: true },
  });

  const slots = generateSlots({
    from: query.from,
    to: query.to,
    openingHours: office.openingHours.map((interval) => ({
      ...interval,
      validFrom: interval.validFrom ? fromUtcMidnight(interval.validFrom) : null,
      validTo: interval.validTo ? fromUtcMidnight(interval.validTo) : null,
    })),
    serviceMinutes: service.appointmentMinutes,
    deskIds: office.desks.map((desk) => desk.id),
    calendar,
    taken: taken.flatMap((appointment) => (appointment.deskId ? [{ deskId: appointment.deskId, startsAt: appointment.startsAt, endsAt: appointment.endsAt }] : [])),
    notBefore: query.notBefore,
  });

  return { slots, serviceMinutes: service.appointmentMinutes };
}
