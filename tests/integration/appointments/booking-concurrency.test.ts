import { randomUUID } from "node:crypto";

import { afterAll, beforeAll, expect, it } from "vitest";

import { bookAppointment } from "@/lib/appointments/book-appointment";
import { db } from "@/lib/db/client";
import { describeOnRealServer } from "@/tests/setup/database-kind";

import { createAccount, createOffice, customerOf, newAppointmentFixtures, removeAppointmentFixtures, testNow, tuesdaySlot, type TestOffice } from "./appointment-fixtures";

const fixtures = newAppointmentFixtures();
let singleDesk: TestOffice;
let twoDesks: TestOffice;

beforeAll(async () => {
  singleDesk = await createOffice(fixtures, 1);
  twoDesks = await createOffice(fixtures, 2);
});

afterAll(async () => {
  await removeAppointmentFixtures(fixtures);
});

function booking(office: TestOffice, idempotencyKey = randomUUID()) {
  return { officeId: office.id, counterServiceId: office.serviceIds.rent!, startsAt: tuesdaySlot, notes: "", idempotencyKey };
}

describeOnRealServer("booking under concurrency", () => {
  it("gives the last place to one of several simultaneous bookings", async () => {
    const customers = await Promise.all(Array.from({ length: 5 }, async () => customerOf(await createAccount(fixtures, ["tenant"]))));

    const outcomes = await Promise.allSettled(customers.map((customer) => bookAppointment(customer, booking(singleDesk), testNow)));

    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    for (const outcome of outcomes.filter((candidate) => candidate.status === "rejected")) {
      expect((outcome as PromiseRejectedResult).reason).toMatchObject({ code: "appointment.slotFull" });
    }
    expect(await db().appointment.count({ where: { officeId: singleDesk.id } })).toBe(1);
  });

  it("admits as many simultaneous bookings as the slot has desks", async () => {
    const customers = await Promise.all(Array.from({ length: 4 }, async () => customerOf(await createAccount(fixtures, ["tenant"]))));

    const outcomes = await Promise.allSettled(customers.map((customer) => bookAppointment(customer, booking(twoDesks), testNow)));

    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(2);
    const desks = await db().appointment.findMany({ where: { officeId: twoDesks.id }, select: { deskId: true } });
    expect(new Set(desks.map((row) => row.deskId))).toEqual(new Set(twoDesks.deskIds));
  });

  it("never overlaps services of different lengths on one desk", async () => {
    const office = await createOffice(fixtures, 1, ["short", "long"]);
    await db().counterService.update({ where: { id: office.serviceIds.long! }, data: { appointmentMinutes: 60 } });

    // 10:00-11:00 and 10:30-11:00 Rome time share the single desk, so only one may be booked.
    // Several rounds, because without a lock the race is won by chance.
    for (const [round, hour] of [10, 12, 14, 16].entries()) {
      const longStart = new Date(Date.UTC(2030, 2, 5, hour - 1, 0));
      const shortStart = new Date(longStart.getTime() + 30 * 60_000);
      const [first, second] = await Promise.all([customerOf(await createAccount(fixtures, ["tenant"])), customerOf(await createAccount(fixtures, ["tenant"]))]);

      const outcomes = await Promise.allSettled([
        bookAppointment(first, { officeId: office.id, counterServiceId: office.serviceIds.long!, startsAt: longStart, notes: "", idempotencyKey: randomUUID() }, testNow),
        bookAppointment(second, { officeId: office.id, counterServiceId: office.serviceIds.short!, startsAt: shortStart, notes: "", idempotencyKey: randomUUID() }, testNow),
      ]);

      expect(outcomes.filter((outcome) => outcome.status === "fulfilled"), `round ${round}`).toHaveLength(1);
      const rejected = outcomes.find((outcome) => outcome.status === "rejected") as PromiseRejectedResult;
      expect(rejected.reason, `round ${round}`).toMatchObject({ code: expect.stringMatching(/^appointment\.(slotFull|slotUnavailable)$/) });
    }
    expect(await db().appointment.count({ where: { officeId: office.id } })).toBe(4);
  });

  it("keeps one person to one future appointment per service", async () => {
    await db().appointment.deleteMany({ where: { officeId: twoDesks.id } });
    const customer = await customerOf(await createAccount(fixtures, ["tenant"]));

    const outcomes = await Promise.allSettled([bookAppointment(customer, booking(twoDesks), testNow), bookAppointment(customer, booking(twoDesks), testNow)]);

    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    expect((outcomes.find((outcome) => outcome.status === "rejected") as PromiseRejectedResult).reason).toMatchObject({ code: "appointment.duplicateService" });
  });
});
