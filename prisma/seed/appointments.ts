import { addDays, atHour, seedReferenceDate } from "./dates";
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

/** Adds appointments at the counters, with a short booking code and the slot length of the service. */
export function buildAppointments(
  context: SeedContext,
  requests: AppointmentRequest[],
  officeIds: Map<string, string>,
  counterServiceIds: Map<string, string>,
): void {
  const { random, rows } = context;

  for (const request of requests) {
    const officeId = officeIds.get(request.officeCode);
    const counterServiceId = counterServiceIds.get(request.serviceCode);
    const service = rows.counterServices.find((row) => row.id === counterServiceId);
    if (!officeId || !counterServiceId || !service) throw new Error(`Unknown office ${request.officeCode} or service ${request.serviceCode}.`);

    const startsAt = atHour(addDays(seedReferenceDate, request.dayOffset), request.hour, request.minute);
    const endsAt = new Date(startsAt.getTime() + service.appointmentMinutes * 60_000);
    const desk = rows.desks.find((row) => row.officeId === officeId);

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
