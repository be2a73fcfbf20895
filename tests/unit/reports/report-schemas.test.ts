import { randomUUID } from "node:crypto";

import { describe, expect, it } from "vitest";

import { describeReport, withoutReporterPhone } from "@/lib/reports/describe-report";
import { parseReport } from "@/lib/reports/report-schemas";

const categoryId = randomUUID();

function technical(extra: Record<string, string> = {}): Record<string, string> {
  return { idempotencyKey: randomUUID(), categoryId, place: "dwelling", placeDetail: "bagno", buildingId: "", description: "Il rubinetto perde da due giorni.", contactTime: "afternoon", contactPhone: "", ...extra };
}

describe("parseReport", () => {
  it("accepts a technical report without a phone", () => {
    const parsed = parseReport("tecnica", technical());
    expect(parsed.ok).toBe(true);
  });

  it("normalizes the phone number", () => {
    const parsed = parseReport("tecnica", technical({ contactPhone: "333 123.45-67" }));
    if (!parsed.ok || parsed.report.kind === "occupazione-abusiva") throw new Error(`report rejected: ${JSON.stringify(parsed)}`);

    expect(parsed.report.data.contactPhone).toBe("3331234567");
  });

  it("requires a phone for an emergency", () => {
    const parsed = parseReport("emergenza", technical());
    expect(parsed).toEqual({ ok: false, fieldErrors: { contactPhone: "phoneInvalid" } });
  });

  it("reports each invalid field once", () => {
    const parsed = parseReport("tecnica", technical({ description: "corto", contactTime: "", place: "cantina" }));
    expect(parsed).toEqual({ ok: false, fieldErrors: { description: "descriptionTooShort", contactTime: "contactTimeMissing", place: "placeMissing" } });
  });

  it("places an administrative report in the dwelling", () => {
    const parsed = parseReport("amministrativa", technical({ place: "commonArea", placeDetail: "cortile" }));
    if (!parsed.ok) throw new Error(`report rejected: ${JSON.stringify(parsed)}`);

    expect(parsed.report.data.place).toBe("dwelling");
  });

  it("requires the occupied place for unlawful occupation", () => {
    const parsed = parseReport("occupazione-abusiva", { idempotencyKey: randomUUID(), place: "dwelling", placeDetail: "", occupiedSince: "", description: "Alloggio occupato da sconosciuti.", buildingId: "" });
    expect(parsed).toEqual({ ok: false, fieldErrors: { placeDetail: "placeDetailMissing" } });
  });

  it("rejects a missing idempotency key", () => {
    const parsed = parseReport("tecnica", technical({ idempotencyKey: "" }));
    expect(parsed).toEqual({ ok: false, fieldErrors: { idempotencyKey: "formExpired" } });
  });
});

describe("describeReport", () => {
  it("states the place, contact time and phone", () => {
    const parsed = parseReport("emergenza", technical({ contactPhone: "3331234567", contactTime: "anytime" }));
    if (!parsed.ok) throw new Error("parse failed");

    const { subject, description } = describeReport(parsed.report, { categoryLabel: "Odore di gas", placeLabel: "Via Giambellino 36, scala A" });

    expect(subject).toBe("Odore di gas · Alloggio");
    expect(description).toContain("Luogo: Alloggio: Via Giambellino 36, scala A · bagno");
    expect(description).toContain("Reperibilità: in qualsiasi orario");
    expect(description).toContain("Telefono: 3331234567");
  });

  it("writes no phone or contact time for unlawful occupation", () => {
    const parsed = parseReport("occupazione-abusiva", { idempotencyKey: randomUUID(), place: "commonArea", placeDetail: "cantina 12", occupiedSince: "ottobre", description: "Cantina occupata da sconosciuti.", buildingId: "" });
    if (!parsed.ok) throw new Error("parse failed");

    const { description } = describeReport(parsed.report, { categoryLabel: "Occupazione abusiva", placeLabel: "Via Giambellino 36" });

    expect(description).toContain("Occupato da: ottobre");
    expect(description).not.toContain("Telefono");
    expect(description).not.toContain("Reperibilità");
  });
});

describe("withoutReporterPhone", () => {
  it("removes the appended phone line", () => {
    const parsed = parseReport("tecnica", technical({ contactPhone: "3331234567", place: "commonArea" }));
    if (!parsed.ok) throw new Error("parse failed");
    const { description } = describeReport(parsed.report, { categoryLabel: "Idraulica", placeLabel: "Via Giambellino 36, scala A" });

    const redacted = withoutReporterPhone(description);

    expect(redacted).not.toContain("3331234567");
    expect(redacted).toContain("Luogo: Parti comuni: Via Giambellino 36, scala A · bagno");
    expect(redacted).toContain("Reperibilità: pomeriggio (14-18)");
  });

  it("keeps the reporter's own words", () => {
    const text = "Telefono: rotto il citofono del portone.\n\nLuogo: Parti comuni: Via Giambellino 36\nReperibilità: mattina (9-13)";

    expect(withoutReporterPhone(text)).toBe(text);
  });
});
