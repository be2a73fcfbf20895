import { z } from "zod";

import { contactTimes, reportPlaces, type ReportKind } from "@/lib/reports/report-kinds";

// Error messages are keys under `reports.fieldErrors`, translated by the form.

const idempotencyKey = z.uuid({ error: "formExpired" });
const description = z.string().trim().min(10, { error: "descriptionTooShort" }).max(4000, { error: "descriptionTooLong" });
const place = z.enum(reportPlaces, { error: "placeMissing" });
const placeDetail = z.string().trim().max(200, { error: "placeDetailTooLong" });
const contactTime = z.enum(contactTimes, { error: "contactTimeMissing" });
const italianPhone = z
  .string()
  .trim()
  .transform((value) => value.replace(/[\s./-]/g, ""))
  .pipe(z.string().regex(/^(\+39)?\d{6,11}$/, { error: "phoneInvalid" }));
const optionalPhone = z.union([z.literal("").transform(() => undefined), italianPhone]);
/** Empty for a tenant, whose report is about their own building; a caretaker picks one of theirs. */
const buildingId = z.union([z.literal("").transform(() => undefined), z.uuid({ error: "buildingMissing" })]);

const common = { idempotencyKey, description, place, placeDetail, buildingId };

const technical = z.object({ ...common, categoryId: z.uuid({ error: "categoryMissing" }), contactTime, contactPhone: optionalPhone });
const administrative = technical;
/** An emergency needs a phone number, because the contact center calls back at once. */
const emergency = z.object({ ...common, categoryId: z.uuid({ error: "categoryMissing" }), contactTime, contactPhone: italianPhone });
/** No phone is asked: the reporter's details stay on the account, which only supervisors see. */
const unlawfulOccupation = z.object({
  ...common,
  placeDetail: z.string().trim().min(2, { error: "placeDetailMissing" }).max(200, { error: "placeDetailTooLong" }),
  occupiedSince: z.string().trim().max(100, { error: "occupiedSinceTooLong" }),
});

export const reportSchemas = {
  tecnica: technical,
  amministrativa: administrative,
  emergenza: emergency,
  "occupazione-abusiva": unlawfulOccupation,
} as const;

export type ParsedReport =
  | { kind: "tecnica" | "amministrativa" | "emergenza"; data: z.output<typeof technical> }
  | { kind: "occupazione-abusiva"; data: z.output<typeof unlawfulOccupation> };

/** Form fields of each kind, in the order the error summary lists them. */
export const reportFields: Record<ReportKind, readonly string[]> = {
  tecnica: ["buildingId", "categoryId", "place", "placeDetail", "description", "contactTime", "contactPhone"],
  amministrativa: ["categoryId", "description", "contactTime", "contactPhone"],
  emergenza: ["buildingId", "categoryId", "place", "placeDetail", "description", "contactTime", "contactPhone"],
  "occupazione-abusiva": ["buildingId", "place", "placeDetail", "occupiedSince", "description"],
};

/** Validates a report form's values. An administrative report is always about the tenant's own dwelling. */
export function parseReport(kind: ReportKind, values: Record<string, string>): { ok: true; report: ParsedReport } | { ok: false; fieldErrors: Record<string, string> } {
  const input = kind === "amministrativa" ? { ...values, place: "dwelling", placeDetail: "" } : values;
  const result = reportSchemas[kind].safeParse(input);

  if (!result.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of result.error.issues) {
      const field = String(issue.path[0] ?? "form");
      fieldErrors[field] ??= issue.message;
    }
    return { ok: false, fieldErrors };
  }

  return { ok: true, report: { kind, data: result.data } as ParsedReport };
}
