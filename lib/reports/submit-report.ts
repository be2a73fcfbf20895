import "server-only";

import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/log/logger";
import { describeReport } from "@/lib/reports/describe-report";
import { categoryWhereOf, findCaretakerBuildings, findTenantDwelling } from "@/lib/reports/find-report-form-data";
import { caretakerReportKinds, unlawfulOccupationCategoryCode, type ReportKind } from "@/lib/reports/report-kinds";
import { parseReport, type ParsedReport } from "@/lib/reports/report-schemas";
import { createTicket } from "@/lib/tickets/create-ticket";
import type { ValidUpload } from "@/lib/uploads/validate-uploads";

export type SubmitReportResult =
  | { ok: true; ticketId: string; protocol: string; created: boolean }
  /** `formError` is a key under `reports.errors` for a problem that belongs to no single field. */
  | { ok: false; fieldErrors: Record<string, string>; formError: string | null };

/**
 * Where the report is about, resolved from the reporter's tenancy or caretaker assignments.
 * `reporterDwellingId` is the dwelling createTicket checks against the tenant's contract.
 */
type ResolvedPlace = { buildingId: string; dwellingId: string | null; placeLabel: string; reporterDwellingId: string | null };

type Reporter = Pick<SessionUser, "id" | "roles">;

/**
 * Files a Casa report of `kind` from the form's values and the photos already validated. A tenant
 * reports on their own dwelling or their building's common areas; a caretaker on the common areas
 * of a building they watch. The ticket comes from `createTicket` (channel virtualCounter for a
 * tenant, caretaker for a caretaker, the category's nature and priority, a protocol and the
 * receipt e-mail). The same transaction records the place, the photos and, for unlawful
 * occupation, removes the requester so that operators' queues and panels cannot show who
 * reported it. A repeated idempotency key returns the first ticket without touching it again.
 */
export async function submitReport(user: Reporter, kind: ReportKind, values: Record<string, string>, photos: readonly ValidUpload[], openedAt: Date = new Date()): Promise<SubmitReportResult> {
  const parsed = parseReport(kind, values);
  if (!parsed.ok) return { ok: false, fieldErrors: parsed.fieldErrors, formError: null };
  const report = parsed.report;

  const resolved = await resolvePlace(user, kind, report);
  if (!resolved.ok) return { ok: false, fieldErrors: resolved.fieldErrors ?? {}, formError: resolved.formError ?? null };
  const place = resolved.place;

  const category = await findCategory(kind, report);
  if (!category) return { ok: false, fieldErrors: { categoryId: "categoryMissing" }, formError: null };

  const { subject, description } = describeReport(report, { categoryLabel: category.labelIt, placeLabel: place.placeLabel });

  // The place and, for unlawful occupation, the removal of the requester are written in the
  // creation transaction, so no committed ticket ever names an unlawful-occupation reporter.
  const confidential = category.code === unlawfulOccupationCategoryCode;
  const recordPlace = async (tx: Prisma.TransactionClient, ticketId: string) => {
    await tx.ticket.update({
      where: { id: ticketId },
      data: { buildingId: place.buildingId, dwellingId: place.dwellingId, ...(confidential ? { requesterId: null } : {}) },
      select: { id: true },
    });
  };

  let ticket: { id: string; protocol: string };
  let created: boolean;
  try {
    const result = await createTicket(
      user,
      { openedBy: "selfService", categoryId: category.id, subject, description, dwellingId: place.reporterDwellingId ?? undefined, idempotencyKey: report.data.idempotencyKey },
      openedAt,
      { uploads: photos, beforeCommit: recordPlace },
    );
    ticket = result.ticket;
    created = result.created;
  } catch (error) {
    // createTicket accepts only a dwelling whose contract names the tenant, so a household member without their own contract ends here.
    if (isAppError(error, "ticket.dwellingNotFound")) {
      logger.warn({ userId: user.id, kind, code: error.code }, "report rejected by the ticket domain");
      return { ok: false, fieldErrors: {}, formError: "noTenancy" };
    }
    throw error;
  }

  if (!created) return { ok: true, ticketId: ticket.id, protocol: ticket.protocol, created };

  logger.info({ ticketId: ticket.id, userId: user.id, kind, photos: photos.length }, "report filed");
  return { ok: true, ticketId: ticket.id, protocol: ticket.protocol, created };
}

type PlaceResolution = { ok: true; place: ResolvedPlace } | { ok: false; fieldErrors?: Record<string, string>; formError?: string };

async function resolvePlace(user: Reporter, kind: ReportKind, report: ParsedReport): Promise<PlaceResolution> {
  const { buildingId, place } = report.data;
  const actsAsCaretaker = user.roles.includes("caretaker") && (buildingId !== undefined || !user.roles.includes("tenant"));

  if (actsAsCaretaker) {
    if (!caretakerReportKinds.includes(kind)) return { ok: false, formError: "kindNotForCaretaker" };

    const buildings = await findCaretakerBuildings(user.id);
    const building = buildings.find((option) => option.value === buildingId);
    if (!building) return { ok: false, fieldErrors: { buildingId: "buildingMissing" } };
    // A caretaker may report an unlawfully occupied dwelling of the building, named in the place detail.
    if (place !== "commonArea" && kind !== "occupazione-abusiva") return { ok: false, fieldErrors: { place: "caretakerCommonAreaOnly" } };

    return { ok: true, place: { buildingId: building.value, dwellingId: null, placeLabel: building.label, reporterDwellingId: null } };
  }

  const dwelling = await findTenantDwelling(user.id);
  if (!dwelling) return { ok: false, formError: "noTenancy" };

  // An unlawful occupation is elsewhere in the building, and naming the reporter's own dwelling would identify them.
  if (kind === "occupazione-abusiva") {
    return { ok: true, place: { buildingId: dwelling.buildingId, dwellingId: null, placeLabel: dwelling.address, reporterDwellingId: null } };
  }

  const staircase = dwelling.staircase ? `, scala ${dwelling.staircase}` : "";
  if (place === "commonArea") {
    return { ok: true, place: { buildingId: dwelling.buildingId, dwellingId: null, placeLabel: `${dwelling.address}${staircase}`, reporterDwellingId: dwelling.id } };
  }

  const placeLabel = `${dwelling.address}${staircase}, piano ${dwelling.floor}, interno ${dwelling.unit}`;
  return { ok: true, place: { buildingId: dwelling.buildingId, dwellingId: dwelling.id, placeLabel, reporterDwellingId: dwelling.id } };
}

/** Finds the active Casa category the form chose, among those its kind offers; the unlawful-occupation form has exactly one. */
async function findCategory(kind: ReportKind, report: ParsedReport) {
  const chosen = report.kind === "occupazione-abusiva" ? {} : { id: report.data.categoryId };

  return db().ticketCategory.findFirst({
    where: { division: "casa", active: true, ...categoryWhereOf(kind), ...chosen },
    select: { id: true, code: true, labelIt: true },
  });
}
