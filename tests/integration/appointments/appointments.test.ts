import { randomUUID } from "node:crypto";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { buildCustomerCalendarFile } from "@/lib/appointments/appointment-calendar-download";
import { bookAppointment } from "@/lib/appointments/book-appointment";
import { cancelAppointment, moveAppointment } from "@/lib/appointments/change-appointment";
import { findCustomerAppointment } from "@/lib/appointments/customer-appointments";
import { loadOfficeAgenda, recordCounterOutcome } from "@/lib/appointments/office-agenda";
import { queueAppointmentReminders } from "@/lib/appointments/queue-appointment-reminders";
import { db } from "@/lib/db/client";

import { createAccount, createOffice, customerOf, newAppointmentFixtures, removeAppointmentFixtures, testNow, tuesdaySlot, type TestAccount, type TestOffice } from "./appointment-fixtures";

const fixtures = newAppointmentFixtures();
let office: TestOffice;
let tenantA: TestAccount;
let tenantB: TestAccount;
let casaOperator: TestAccount;
let siiOperator: TestAccount;

beforeAll(async () => {
  office = await createOffice(fixtures, 2);
  tenantA = await createAccount(fixtures, ["tenant"]);
  tenantB = await createAccount(fixtures, ["tenant"]);
  casaOperator = await createAccount(fixtures, ["casaOperator"], false);
  siiOperator = await createAccount(fixtures, ["siiOperator"], false);
});

afterAll(async () => {
  await removeAppointmentFixtures(fixtures);
});

function booking(serviceCode: string, startsAt: Date, idempotencyKey = randomUUID()) {
  return { officeId: office.id, counterServiceId: office.serviceIds[serviceCode]!, startsAt, notes: "", idempotencyKey };
}

async function clearAppointments(): Promise<void> {
  await db().appointment.deleteMany({ where: { officeId: office.id } });
}

describe("bookAppointment", () => {
  it("books a desk and queues the confirmation with its .ics", async () => {
    await clearAppointments();
    const customer = await customerOf(tenantA);

    const result = await bookAppointment(customer, booking("rent", tuesdaySlot), testNow);

    expect(result.created).toBe(true);
    const stored = await db().appointment.findUniqueOrThrow({ where: { id: result.appointmentId } });
    expect(stored).toMatchObject({ state: "booked", personId: tenantA.personId, deskId: office.deskIds[0], startsAt: tuesdaySlot });
    expect(stored.endsAt.toISOString()).toBe("2030-03-05T09:30:00.000Z");
    const email = await db().outboundEmail.findFirstOrThrow({ where: { toAddress: tenantA.email }, orderBy: { createdAt: "desc" } });
    expect(JSON.stringify(email.attachments)).toContain("BEGIN:VCALENDAR");
  });

  it("returns the first appointment for a repeated submit", async () => {
    await clearAppointments();
    const customer = await customerOf(tenantA);
    const input = booking("rent", tuesdaySlot);

    const first = await bookAppointment(customer, input, testNow);
    const second = await bookAppointment(customer, input, testNow);

    expect(second).toEqual({ ...first, created: false });
    expect(await db().appointment.count({ where: { officeId: office.id } })).toBe(1);
  });

  it("refuses a second future appointment for the same service", async () => {
    await clearAppointments();
    const customer = await customerOf(tenantA);
    await bookAppointment(customer, booking("rent", tuesdaySlot), testNow);

    await expect(bookAppointment(customer, booking("rent", new Date("2030-03-06T09:00:00Z")), testNow)).rejects.toMatchObject({ code: "appointment.duplicateService" });
    await expect(bookAppointment(customer, booking("contract", new Date("2030-03-06T09:00:00Z")), testNow)).resolves.toMatchObject({ created: true });
  });

  it("fills every desk of a slot, then reports it full", async () => {
    await clearAppointments();
    await bookAppointment(await customerOf(tenantA), booking("rent", tuesdaySlot), testNow);
    await bookAppointment(await customerOf(tenantB), booking("rent", tuesdaySlot), testNow);
    const third = await createAccount(fixtures, ["tenant"]);

    await expect(bookAppointment(await customerOf(third), booking("rent", tuesdaySlot), testNow)).rejects.toMatchObject({ code: "appointment.slotFull" });
    const desks = await db().appointment.findMany({ where: { officeId: office.id }, select: { deskId: true } });
    expect(new Set(desks.map((row) => row.deskId))).toEqual(new Set(office.deskIds));
  });

  it("refuses a time off the slot grid or too soon", async () => {
    await clearAppointments();
    const customer = await customerOf(tenantA);

    await expect(bookAppointment(customer, booking("rent", new Date("2030-03-05T09:10:00Z")), testNow)).rejects.toMatchObject({ code: "appointment.slotUnavailable" });
    await expect(bookAppointment(customer, booking("rent", new Date("2030-03-04T07:30:00Z")), testNow)).rejects.toMatchObject({ code: "appointment.slotUnavailable" });
  });

  it("skips a closure of the office's calendar", async () => {
    await clearAppointments();
    const calendarId = (await db().office.findUniqueOrThrow({ where: { id: office.id }, select: { calendarId: true } })).calendarId!;
    await db().calendarClosure.create({ data: { calendarId, date: new Date("2030-03-07T00:00:00Z"), reason: "Sciopero" } });

    await expect(bookAppointment(await customerOf(tenantA), booking("rent", new Date("2030-03-07T09:00:00Z")), testNow)).rejects.toMatchObject({ code: "appointment.slotUnavailable" });
  });
});

describe("cancel and move", () => {
  it("cancels up to 24 hours before and frees the desk", async () => {
    await clearAppointments();
    const customer = await customerOf(tenantA);
    const { appointmentId } = await bookAppointment(customer, booking("rent", tuesdaySlot), testNow);

    await expect(cancelAppointment(customer, { appointmentId, reason: "" }, new Date("2030-03-04T09:00:01Z"))).rejects.toMatchObject({ code: "appointment.tooLate" });
    await cancelAppointment(customer, { appointmentId, reason: "Impegno" }, testNow);

    const stored = await db().appointment.findUniqueOrThrow({ where: { id: appointmentId } });
    expect(stored).toMatchObject({ state: "cancelled", deskId: null, cancelledBy: "customer" });
    await expect(bookAppointment(customer, booking("rent", tuesdaySlot), testNow)).resolves.toMatchObject({ created: true });
  });

  it("moves to another free slot", async () => {
    await clearAppointments();
    const customer = await customerOf(tenantA);
    const { appointmentId } = await bookAppointment(customer, booking("rent", tuesdaySlot), testNow);
    const later = new Date("2030-03-05T13:00:00Z");

    await moveAppointment(customer, { appointmentId, startsAt: later }, testNow);

    const stored = await db().appointment.findUniqueOrThrow({ where: { id: appointmentId } });
    expect(stored.startsAt).toEqual(later);
    expect(stored.deskId).not.toBeNull();
  });
});

describe("appointment authorization", () => {
  it("hides one tenant's appointment from another", async () => {
    await clearAppointments();
    const owner = await customerOf(tenantA);
    const other = await customerOf(tenantB);
    const { appointmentId } = await bookAppointment(owner, booking("rent", tuesdaySlot), testNow);

    expect(await findCustomerAppointment(other.personId, appointmentId, "it", testNow)).toBeNull();
    await expect(cancelAppointment(other, { appointmentId, reason: "" }, testNow)).rejects.toMatchObject({ code: "appointment.notFound", status: 404 });
    await expect(moveAppointment(other, { appointmentId, startsAt: new Date("2030-03-05T13:00:00Z") }, testNow)).rejects.toMatchObject({ code: "appointment.notFound" });
    expect((await db().appointment.findUniqueOrThrow({ where: { id: appointmentId } })).state).toBe("booked");
  });

  it("gives the .ics file only to the appointment's person", async () => {
    await clearAppointments();
    const owner = await customerOf(tenantA);
    const { appointmentId } = await bookAppointment(owner, booking("rent", tuesdaySlot), testNow);

    const file = await buildCustomerCalendarFile(owner.personId, appointmentId, "it");
    expect(file?.content).toContain(`UID:${appointmentId}@sportello-mm`);
    expect(file?.content).toContain("DTSTART:20300305T090000Z");
    expect(file?.content).toContain("STATUS:CONFIRMED");
    expect(await buildCustomerCalendarFile((await customerOf(tenantB)).personId, appointmentId, "it")).toBeNull();

    await cancelAppointment(owner, { appointmentId, reason: "" }, testNow);
    const cancelled = await buildCustomerCalendarFile(owner.personId, appointmentId, "it");
    expect(cancelled?.content).toContain("METHOD:CANCEL");
    expect(cancelled?.content).toContain("STATUS:CANCELLED");
  });

  it("lets only the office's division mark the counter outcome", async () => {
    await clearAppointments();
    const { appointmentId } = await bookAppointment(await customerOf(tenantA), booking("rent", tuesdaySlot), testNow);
    const onTheDay = new Date("2030-03-05T08:50:00Z");

    await expect(recordCounterOutcome(siiOperator, { appointmentId, outcome: "arrived" }, onTheDay)).rejects.toMatchObject({ code: "appointment.notFound" });
    expect(await loadOfficeAgenda(siiOperator, office.id, "2030-03-05", "it", onTheDay)).toBeNull();

    await expect(recordCounterOutcome(casaOperator, { appointmentId, outcome: "noShow" }, onTheDay)).rejects.toMatchObject({ code: "appointment.outcomeNotAllowed" });
    expect(await recordCounterOutcome(casaOperator, { appointmentId, outcome: "arrived" }, onTheDay)).toBe("checkedIn");
    expect(await recordCounterOutcome(casaOperator, { appointmentId, outcome: "served" }, onTheDay)).toBe("completed");
    const agenda = await loadOfficeAgenda(casaOperator, office.id, "2030-03-05", "it", onTheDay);
    expect(agenda?.map((entry) => entry.state)).toEqual(["completed"]);
  });
});

describe("queueAppointmentReminders", () => {
  it("queues one reminder the day before, however often it runs", async () => {
    await clearAppointments();
    const { appointmentId } = await bookAppointment(await customerOf(tenantB), booking("rent", tuesdaySlot), testNow);
    const before = await db().outboundEmail.count({ where: { toAddress: tenantB.email } });

    // Two days before: not yet due.
    expect(await queueAppointmentReminders(new Date("2030-03-03T10:00:00Z"))).toBe(0);
    const dayBefore = new Date("2030-03-04T16:00:00Z");
    const runs = await Promise.all([queueAppointmentReminders(dayBefore), queueAppointmentReminders(dayBefore)]);
    expect(await queueAppointmentReminders(dayBefore)).toBe(0);

    expect(runs.reduce((sum, queued) => sum + queued, 0)).toBeGreaterThanOrEqual(1);
    expect(await db().outboundEmail.count({ where: { toAddress: tenantB.email } })).toBe(before + 1);
    expect((await db().appointment.findUniqueOrThrow({ where: { id: appointmentId } })).reminderSentAt).toEqual(dayBefore);
  });
});
