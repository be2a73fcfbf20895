import "server-only";

import { divisionsFor, hasPermission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import { addDays, type PlainDate } from "@/lib/charter/plain-date";
import { startOfRomeDay } from "@/lib/charter/rome-time";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { Division, Prisma } from "@/lib/generated/prisma/client";
import type { AppointmentState } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/config";

import { counterOutcomeTarget, type CounterOutcome } from "./appointment-rules";
import { serviceLabel } from "./list-offices";

type Operator = Pick<SessionUser, "id" | "roles">;

/** Returns the `where` clause of the offices whose appointments the operator may read, or update when `forUpdate`. */
export function operatorOfficeScope(user: Pick<SessionUser, "roles">, forUpdate = false): Prisma.OfficeWhereInput | null {
  if (hasPermission(user, forUpdate ? "appointment:update:any" : "appointment:read:any")) return {};

  const divisions: Division[] = hasPermission(user, forUpdate ? "appointment:update:division" : "appointment:read:division") ? divisionsFor(user) : [];
  return divisions.length > 0 ? { division: { in: divisions } } : null;
}

export type AgendaOffice = { id: string; name: string; division: Division };

/** Lists the active offices whose agenda the operator may read, by name. */
export async function listAgendaOffices(user: Operator): Promise<AgendaOffice[]> {
  const scope = operatorOfficeScope(user);
  if (!scope) return [];

  return db().office.findMany({ where: { ...scope, active: true }, orderBy: [{ division: "asc" }, { name: "asc" }], select: { id: true, name: true, division: true } });
}

export type AgendaEntry = {
  id: string;
  bookingCode: string;
  state: AppointmentState;
  startsAt: Date;
  endsAt: Date;
  deskLabel: string | null;
  serviceLabel: string;
  customerName: string;
  notes: string | null;
  /** The marks that apply now, in the order the page shows them. */
  outcomes: CounterOutcome[];
};

/** Upper bound of one day's appointments at one office: desks times slots of the shortest service, with room to spare. */
const AGENDA_LIMIT = 500;

/**
 * Returns the day's appointments at an office, by start time, with the marks the operator may
 * record on each. Returns null when the office does not exist or is outside the operator's scope.
 */
export async function loadOfficeAgenda(user: Operator, officeId: string, date: PlainDate, locale: Locale, now: Date = new Date()): Promise<AgendaEntry[] | null> {
  const scope = operatorOfficeScope(user);
  if (!scope) return null;

  const office = await db().office.findFirst({ where: { ...scope, id: officeId }, select: { id: true } });
  if (!office) return null;

  const canUpdate = operatorOfficeScope(user, true) !== null;
  const rows = await db().appointment.findMany({
    where: { officeId, startsAt: { gte: startOfRomeDay(date), lt: startOfRomeDay(addDays(date, 1)) } },
    orderBy: [{ startsAt: "asc" }, { bookingCode: "asc" }],
    take: AGENDA_LIMIT,
    select: {
      id: true,
      bookingCode: true,
      state: true,
      startsAt: true,
      endsAt: true,
      notes: true,
      desk: { select: { label: true } },
      counterService: { select: { labelIt: true, labelEn: true, labelAr: true } },
      person: { select: { givenName: true, familyName: true, legalName: true } },
    },
  });

  const outcomes: CounterOutcome[] = ["arrived", "served", "noShow"];
  return rows.map((row) => ({
    id: row.id,
    bookingCode: row.bookingCode,
    state: row.state,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    deskLabel: row.desk?.label ?? null,
    serviceLabel: serviceLabel(row.counterService, locale),
    customerName: [row.person?.givenName, row.person?.familyName].filter(Boolean).join(" ") || row.person?.legalName || "—",
    notes: row.notes,
    outcomes: canUpdate ? outcomes.filter((outcome) => counterOutcomeTarget(row, outcome, now) !== null) : [],
  }));
}

/**
 * Records what happened at the counter: arrived, served or no-show. Raises `appointment.notFound`
 * for an appointment outside the operator's offices and `appointment.outcomeNotAllowed` when the
 * mark does not apply to the appointment's state or time. The state is checked again in the
 * UPDATE, so two operators marking at once cannot both change it.
 */
export async function recordCounterOutcome(user: Operator, input: { appointmentId: string; outcome: CounterOutcome }, now: Date = new Date()): Promise<AppointmentState> {
  const scope = operatorOfficeScope(user, true);
  if (!scope) throw new AppError("appointment.notFound", "The operator may update no office's appointments.", 404);

  return db().$transaction(async (tx) => {
    const appointment = await tx.appointment.findFirst({ where: { id: input.appointmentId, office: scope }, select: { id: true, state: true, startsAt: true } });
    if (!appointment) throw new AppError("appointment.notFound", `Appointment ${input.appointmentId} not found in the operator's offices.`, 404);

    const target = counterOutcomeTarget(appointment, input.outcome, now);
    if (!target) throw new AppError("appointment.outcomeNotAllowed", `Mark ${input.outcome} does not apply to an appointment in state ${appointment.state}.`, 409, { state: appointment.state });

    const timestamps = target === "checkedIn" ? { checkedInAt: now } : target === "completed" ? { servedAt: now, completedAt: now } : {};
    const changed = await tx.appointment.updateMany({ where: { id: appointment.id, state: appointment.state }, data: { state: target, ...timestamps } });
    if (changed.count !== 1) throw new AppError("appointment.outcomeNotAllowed", "Another operator changed the appointment first.", 409);

    await tx.auditLog.create({ data: { actorId: user.id, action: `appointment.${input.outcome}`, entity: "Appointment", entityId: appointment.id, before: { state: appointment.state }, after: { state: target } } });
    return target;
  });
}
