import { randomInt, randomUUID } from "node:crypto";

import { db } from "@/lib/db/client";
import type { StandardUnit } from "@/lib/generated/prisma/client";

/** Rows one test file creates, so it can delete exactly those afterwards. */
export class CharterFixtures {
  private readonly calendarIds: string[] = [];
  private readonly standardIds: string[] = [];
  private readonly categoryIds: string[] = [];
  private readonly ticketIds: string[] = [];
  private readonly personIds: string[] = [];
  private readonly addressIds: string[] = [];
  private readonly supplyIds: string[] = [];
  private readonly userIds: string[] = [];

  /** Creates a deadline calendar with Italy's national holidays and the closures given. */
  async calendar(closures: Array<{ date: string; reason: string }> = []): Promise<string> {
    const fixed: Array<[string, number, number, number?]> = [
      ["Capodanno", 1, 1], ["Epifania", 1, 6], ["Festa della Liberazione", 4, 25], ["Festa del Lavoro", 5, 1],
      ["Festa della Repubblica", 6, 2], ["Ferragosto", 8, 15], ["San Francesco d'Assisi", 10, 4, 2026], ["Ognissanti", 11, 1],
      ["Immacolata Concezione", 12, 8], ["Natale", 12, 25], ["Santo Stefano", 12, 26],
    ];
    const calendar = await db().businessCalendar.create({
      data: {
        code: `test-${randomUUID()}`,
        name: "Calendario di prova",
        holidays: {
          create: [
            ...fixed.map(([name, month, day, validFromYear]) => ({ rule: "fixedDate" as const, name, month, day, validFromYear: validFromYear ?? null })),
            { rule: "easterMonday" as const, name: "Lunedì dell'Angelo" },
          ],
        },
        closures: { create: closures.map((closure) => ({ date: new Date(`${closure.date}T00:00:00Z`), reason: closure.reason })) },
      },
      select: { id: true },
    });
    this.calendarIds.push(calendar.id);
    return calendar.id;
  }

  async standard(options: {
    calendarId: string;
    code?: string;
    limitValue?: number;
    unit?: StandardUnit;
    kind?: "specific" | "general";
    indemnityCents?: number;
    effectiveFrom?: string;
  }): Promise<{ id: string; code: string }> {
    const code = options.code ?? `test${randomUUID().replaceAll("-", "")}`;
    const standard = await db().serviceStandard.create({
      data: {
        code,
        kind: options.kind ?? "specific",
        name: "Standard di prova",
        limitValue: options.limitValue ?? 5,
        unit: options.unit ?? "workingDays",
        startEvent: "requestReceived",
        stopEvent: "replySent",
        indemnityCents: options.indemnityCents ?? 3000,
        source: "Dato di prova",
        effectiveFrom: new Date(`${options.effectiveFrom ?? "2020-01-01"}T00:00:00Z`),
        calendarId: options.calendarId,
      },
      select: { id: true, code: true },
    });
    this.standardIds.push(standard.id);
    return standard;
  }

  async category(serviceStandardCode: string | null): Promise<string> {
    const category = await db().ticketCategory.create({
      data: { division: "sii", code: `test-${randomUUID()}`, nature: "administrative", labelIt: "Prova", labelEn: "Test", labelAr: "اختبار", serviceStandardCode },
      select: { id: true },
    });
    this.categoryIds.push(category.id);
    return category.id;
  }

  /** Creates a holder with a domestic supply in Milan. */
  async supply(): Promise<{ supplyId: string; holderId: string }> {
    const address = await db().address.create({ data: { street: "Via Dante", houseNumber: "7", postalCode: "20121" }, select: { id: true } });
    this.addressIds.push(address.id);
    const holder = await db().person.create({
      data: { kind: "natural", fiscalCode: `TEST${randomUUID().replaceAll("-", "").slice(0, 12).toUpperCase()}`, givenName: "Giulia", familyName: "Brambilla" },
      select: { id: true },
    });
    this.personIds.push(holder.id);
    const supply = await db().supply.create({
      data: {
        supplyCode: `T${randomUUID().replaceAll("-", "").slice(0, 11)}`,
        holderId: holder.id,
        addressId: address.id,
        useType: "domesticResident",
        contractStartOn: new Date("2020-01-01T00:00:00Z"),
      },
      select: { id: true },
    });
    this.supplyIds.push(supply.id);
    return { supplyId: supply.id, holderId: holder.id };
  }

  async ticket(options: { categoryId: string; openedAt: Date; supplyId?: string; requesterId?: string }): Promise<string> {
    const sequence = randomInt(100_000, 2_000_000_000);
    const ticket = await db().ticket.create({
      data: {
        protocol: `TEST-${randomUUID()}`,
        division: "sii",
        protocolYear: 1999,
        protocolSequence: sequence,
        nature: "administrative",
        categoryId: options.categoryId,
        channel: "onlineCounter",
        subject: "Reclamo di prova",
        description: "Testo del reclamo di prova.",
        supplyId: options.supplyId ?? null,
        requesterId: options.requesterId ?? null,
        openedAt: options.openedAt,
      },
      select: { id: true },
    });
    this.ticketIds.push(ticket.id);
    return ticket.id;
  }

  async operator(): Promise<string> {
    const user = await db().user.create({
      data: { email: `operatore-${randomUUID()}@esempio.it`, passwordHash: "not-a-real-hash", displayName: "Operatore di prova", roles: ["siiOperator"] },
      select: { id: true },
    });
    this.userIds.push(user.id);
    return user.id;
  }

  async cleanUp(): Promise<void> {
    const client = db();
    await client.auditLog.deleteMany({ where: { actorId: { in: this.userIds } } });
    await client.indemnity.deleteMany({ where: { serviceStandardId: { in: this.standardIds } } });
    await client.ticket.deleteMany({ where: { id: { in: this.ticketIds } } });
    await client.serviceClock.deleteMany({ where: { serviceStandardId: { in: this.standardIds } } });
    await client.ticketCategory.deleteMany({ where: { id: { in: this.categoryIds } } });
    await client.serviceStandard.deleteMany({ where: { id: { in: this.standardIds } } });
    await client.businessCalendar.deleteMany({ where: { id: { in: this.calendarIds } } });
    await client.supply.deleteMany({ where: { id: { in: this.supplyIds } } });
    await client.person.deleteMany({ where: { id: { in: this.personIds } } });
    await client.address.deleteMany({ where: { id: { in: this.addressIds } } });
    await client.user.deleteMany({ where: { id: { in: this.userIds } } });
  }
}
