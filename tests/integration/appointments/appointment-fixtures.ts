import { randomUUID } from "node:crypto";

import { findAppointmentCustomer, type AppointmentCustomer } from "@/lib/appointments/appointment-customer";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/client";

/** Rows one test file creates, removed by `removeAppointmentFixtures`. */
export type AppointmentFixtures = { userIds: string[]; personIds: string[]; addressIds: string[]; officeIds: string[]; serviceIds: string[]; calendarIds: string[] };

export function newAppointmentFixtures(): AppointmentFixtures {
  return { userIds: [], personIds: [], addressIds: [], officeIds: [], serviceIds: [], calendarIds: [] };
}

export async function removeAppointmentFixtures(fixtures: AppointmentFixtures): Promise<void> {
  const prisma = db();
  await prisma.censusDeclaration.updateMany({ where: { homeVisitAppointment: { officeId: { in: fixtures.officeIds } } }, data: { homeVisitAppointmentId: null } });
  await prisma.appointment.deleteMany({ where: { officeId: { in: fixtures.officeIds } } });
  await prisma.office.deleteMany({ where: { id: { in: fixtures.officeIds } } });
  await prisma.counterService.deleteMany({ where: { id: { in: fixtures.serviceIds } } });
  await prisma.businessCalendar.deleteMany({ where: { id: { in: fixtures.calendarIds } } });
  await prisma.outboundEmail.deleteMany({ where: { toAddress: { endsWith: "@appt-test.example" } } });
  await prisma.auditLog.deleteMany({ where: { actorId: { in: fixtures.userIds } } });
  await prisma.user.deleteMany({ where: { id: { in: fixtures.userIds } } });
  await prisma.person.deleteMany({ where: { id: { in: fixtures.personIds } } });
  await prisma.address.deleteMany({ where: { id: { in: fixtures.addressIds } } });
}

export async function createAddress(fixtures: AppointmentFixtures, municipio: number | null = null): Promise<string> {
  const address = await db().address.create({ data: { street: "Via Test", houseNumber: String(fixtures.addressIds.length + 1), postalCode: "20146", municipio }, select: { id: true } });
  fixtures.addressIds.push(address.id);
  return address.id;
}

export type TestOffice = { id: string; deskIds: string[]; serviceIds: Record<string, string> };

/**
 * Creates a Casa sede open every day from 08:00 to 18:00 Rome time, with `deskCount` desks,
 * its own calendar (no holidays) and services of 30 minutes named by `serviceCodes`.
 */
export async function createOffice(fixtures: AppointmentFixtures, deskCount: number, serviceCodes: string[] = ["rent", "contract"], municipio: number | null = null): Promise<TestOffice> {
  const prisma = db();
  const calendar = await prisma.businessCalendar.create({ data: { code: `appt-test-${randomUUID()}`, name: "Test" }, select: { id: true } });
  fixtures.calendarIds.push(calendar.id);

  const office = await prisma.office.create({
    data: { code: `APPT-${randomUUID()}`, division: "casa", kind: "sede", name: "Sede di prova", addressId: await createAddress(fixtures, municipio), calendarId: calendar.id },
    select: { id: true },
  });
  fixtures.officeIds.push(office.id);

  await prisma.officeOpeningHours.createMany({ data: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ officeId: office.id, weekday, opensAtMinute: 8 * 60, closesAtMinute: 18 * 60 })) });
  const deskIds: string[] = [];
  for (let index = 1; index <= deskCount; index++) {
    deskIds.push((await prisma.desk.create({ data: { officeId: office.id, code: `P${index}`, label: `Postazione ${index}` }, select: { id: true } })).id);
  }

  const serviceIds: Record<string, string> = {};
  for (const code of serviceCodes) {
    const service = await prisma.counterService.create({
      data: { division: "casa", code: `${code}-${randomUUID()}`, labelIt: code, labelEn: code, labelAr: code, appointmentMinutes: 30 },
      select: { id: true },
    });
    fixtures.serviceIds.push(service.id);
    serviceIds[code] = service.id;
    await prisma.officeService.create({ data: { officeId: office.id, counterServiceId: service.id } });
  }

  return { id: office.id, deskIds, serviceIds };
}

export type TestAccount = SessionUser & { personId: string | null; email: string };

/** Creates an account with the roles given; customers also get the person they speak for. */
export async function createAccount(fixtures: AppointmentFixtures, roles: Role[], withPerson = true): Promise<TestAccount> {
  let personId: string | null = null;
  if (withPerson) {
    const person = await db().person.create({
      data: { kind: "natural", fiscalCode: `TST${randomUUID().replaceAll("-", "").slice(0, 13).toUpperCase()}`, givenName: "Giulia", familyName: "Bianchi" },
      select: { id: true },
    });
    personId = person.id;
    fixtures.personIds.push(person.id);
  }

  const email = `user-${randomUUID()}@appt-test.example`;
  const user = await db().user.create({ data: { email, passwordHash: "not-used", displayName: "Giulia Bianchi", roles, personId }, select: { id: true, displayName: true, roles: true } });
  fixtures.userIds.push(user.id);
  return { ...user, personId, email };
}

/** Returns the booking identity of a customer account created by `createAccount`. */
export async function customerOf(account: TestAccount): Promise<AppointmentCustomer> {
  const customer = await findAppointmentCustomer(account);
  if (!customer) throw new Error("The test account has no person.");
  return customer;
}

/** A Monday at 07:00 UTC (08:00 in Rome) far from any holiday, used as "now" so slots are predictable. */
export const testNow = new Date("2030-03-04T07:00:00Z");

/** 10:00 Rome time on the Tuesday after `testNow`, a slot of every test service. */
export const tuesdaySlot = new Date("2030-03-05T09:00:00Z");
