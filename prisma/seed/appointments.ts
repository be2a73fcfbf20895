import { addDays, atHour, seedReferenceDate } from "./dates";
import type { SeededTenancy } from "./housing";
import { nextInSequence, type SeedContext } from "./seed-rows";

export type AppointmentRequest = {
  officeCode: string;
  serviceCode: string;
  personId: string;
  bookedById: string | null;
  /** Days after the reference date, negative for past appointments. */
  dayOffset: number;
  hour: number;
  minute: number;
  state: "booked" | "completed" | "noShow" | "cancelled";
};

/** Code of the counter service for census home visits: booked without a desk, never offered at a counter. */
export const homeVisitServiceCode = "casaHomeVisit";

/** Adds the home-visit service, which no office lists, so it stays out of the booking form. */
function addHomeVisitService(context: SeedContext): void {
  context.rows.counterServices.push({
    id: context.random.uuid(),
    division: "casa",
    code: homeVisitServiceCode,
    labelIt: "Visita a domicilio per l'Anagrafe utenza",
    labelEn: "Home visit for the tenant census",
    labelAr: "زيارة منزلية لإحصاء المستأجرين",
    appointmentMinutes: 60,
  });
}

/**
 * Adds appointments at the counters, with a short booking code, the slot length of the service
 * and a desk that no other appointment takes at the same start. A cancelled appointment takes no desk.
 */
export function buildAppointments(
  context: SeedContext,
  requests: AppointmentRequest[],
  officeIds: Map<string, string>,
  counterServiceIds: Map<string, string>,
  tenancies: readonly SeededTenancy[] = [],
): void {
  const { random, rows } = context;
  const takenDesks = new Set<string>();
  addHomeVisitService(context);

  for (const request of [...requests, ...weekOfAppointments(context, officeIds, tenancies)]) {
    const officeId = officeIds.get(request.officeCode);
    const counterServiceId = counterServiceIds.get(request.serviceCode);
    const service = rows.counterServices.find((row) => row.id === counterServiceId);
    if (!officeId || !counterServiceId || !service) throw new Error(`Unknown office ${request.officeCode} or service ${request.serviceCode}.`);

    const startsAt = atHour(addDays(seedReferenceDate, request.dayOffset), request.hour, request.minute);
    const endsAt = new Date(startsAt.getTime() + service.appointmentMinutes * 60_000);
    const desk = request.state === "cancelled" ? undefined : rows.desks.find((row) => row.officeId === officeId && !takenDesks.has(`${row.id}@${startsAt.toISOString()}`));
    if (request.state !== "cancelled" && !desk) continue;
    if (desk) takenDesks.add(`${desk.id}@${startsAt.toISOString()}`);

    rows.appointments.push({
      id: random.uuid(),
      bookingCode: `APP-${String(nextInSequence(context, "appointment")).padStart(5, "0")}`,
      officeId,
      deskId: desk?.id ?? null,
      counterServiceId,
      personId: request.personId,
      bookedById: request.bookedById,
      channel: request.bookedById ? "onlineCounter" : "callCenter",
      startsAt,
      endsAt,
      state: request.state,
      checkedInAt: request.state === "completed" ? new Date(startsAt.getTime() - 5 * 60_000) : null,
      servedAt: request.state === "completed" ? startsAt : null,
      completedAt: request.state === "completed" ? endsAt : null,
      cancelledAt: request.state === "cancelled" ? atHour(addDays(seedReferenceDate, request.dayOffset - 3), 9) : null,
      cancelledBy: request.state === "cancelled" ? "customer" : null,
      cancellationReason: request.state === "cancelled" ? "Impegno sopraggiunto" : null,
      createdAt: atHour(addDays(seedReferenceDate, Math.min(request.dayOffset, 0) - 7), 18),
    });
  }
}

/** Days of the demo week around the reference date (a Friday): the last two working days and the next five. */
const demoWeekOffsets = [-1, 0, 3, 4, 5, 6, 7];

/**
 * Builds a week of bookings at the Casa offices: a few per office and open day, on the slot grid
 * of each service, by tenants picked at random. Past days end completed or with a no-show.
 */
function weekOfAppointments(context: SeedContext, officeIds: Map<string, string>, tenancies: readonly SeededTenancy[]): AppointmentRequest[] {
  const { random, rows } = context;
  const requests: AppointmentRequest[] = [];
  if (tenancies.length === 0) return requests;

  for (const office of rows.offices) {
    if (office.division !== "casa" || !officeIds.has(office.code)) continue;
    const services = rows.officeServices.filter((row) => row.officeId === office.id).map((row) => rows.counterServices.find((service) => service.id === row.counterServiceId)!);
    const perDay = office.kind === "sede" ? 5 : 2;

    for (const dayOffset of demoWeekOffsets) {
      const weekday = addDays(seedReferenceDate, dayOffset).getUTCDay() || 7;
      const morning = rows.openingHours.find((row) => row.officeId === office.id && row.weekday === weekday && !row.appointmentOnly);
      if (!morning) continue;

      for (let index = 0; index < perDay; index++) {
        const service = random.pick(services);
        const slots = Math.floor((morning.closesAtMinute - morning.opensAtMinute) / service.appointmentMinutes);
        const minuteOfDay = morning.opensAtMinute + random.integer(0, slots - 1) * service.appointmentMinutes;
        const tenancy = random.pick(tenancies);
        let state: AppointmentRequest["state"] = random.chance(0.1) ? "cancelled" : "booked";
        if (dayOffset <= 0) state = random.chance(0.85) ? "completed" : "noShow";

        requests.push({
          officeCode: office.code,
          serviceCode: service.code,
          personId: tenancy.holder.id,
          bookedById: null,
          dayOffset,
          hour: Math.floor(minuteOfDay / 60),
          minute: minuteOfDay % 60,
          state,
        });
      }
    }
  }

  return requests;
}
