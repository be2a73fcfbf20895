import { describe, expect, it } from "vitest";

import { composeAppointmentEmail, type AppointmentEmailFacts } from "@/lib/appointments/compose-appointment-email";

const facts: AppointmentEmailFacts = {
  kind: "booked",
  locale: "it",
  recipientName: "Giulia Bianchi",
  appointmentId: "0b7f3c52-5d8e-4a4e-9c55-1f2a3b4c5d6e",
  bookingCode: "AP-7KQ2MX",
  serviceLabel: "Canone, spese e piani di rientro",
  officeName: "Sede Ovest",
  officeAddress: "Via Giambellino 25, 20146 Milano",
  startsAt: new Date("2026-12-15T08:45:00Z"),
  endsAt: new Date("2026-12-15T09:05:00Z"),
  sequence: 1,
};

describe("composeAppointmentEmail", () => {
  it("writes the confirmation with an .ics invitation", () => {
    const email = composeAppointmentEmail(facts);

    expect(email.subject).toContain("15/12/2026");
    expect(email.text).toContain("AP-7KQ2MX");
    expect(email.text).toContain("Sede Ovest");
    expect(email.attachments).toHaveLength(1);
    const ics = email.attachments[0]!;
    expect(ics.fileName).toBe("appuntamento.ics");
    expect(ics.content).toContain("METHOD:REQUEST");
    expect(ics.content).toContain(`UID:${facts.appointmentId}@sportello-mm`);
    expect(ics.content).toContain("DTSTART:20261215T084500Z");
    expect(ics.content).toContain("DTEND:20261215T090500Z");
  });

  it("cancels the same calendar event", () => {
    const ics = composeAppointmentEmail({ ...facts, kind: "cancelled", sequence: 2 }).attachments[0]!;

    expect(ics.content).toContain("METHOD:CANCEL");
    expect(ics.content).toContain("STATUS:CANCELLED");
    expect(ics.content).toContain(`UID:${facts.appointmentId}@sportello-mm`);
  });

  it("sends the reminder without attachment, in Arabic", () => {
    const email = composeAppointmentEmail({ ...facts, kind: "reminder", locale: "ar" });

    expect(email.attachments).toEqual([]);
    expect(email.subject).toContain("تذكير");
  });
});
