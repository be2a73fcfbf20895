import "server-only";

import { addDays, toUtcMidnight } from "@/lib/charter/plain-date";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { logger } from "@/lib/log/logger";

import { isAfterRomeToday } from "./admin-dates";
import { assertCharterAdmin, type AdminActor } from "./require-charter-admin";
import type { StandardVersionInput } from "./standard-version-schema";

const isoDate = (value: Date) => value.toISOString().slice(0, 10);

/**
 * Adds a version of a service standard that applies from `effectiveFrom`, a date after today in
 * Rome and after every existing version of the same code. The version open until then ends the
 * day before. Clocks keep the row they started under (`ServiceClock.serviceStandardId`), so
 * tickets opened before the date keep the old limit and indemnity. Code, division, kind, start
 * and stop events and calendar carry over from the base version. Writes an audit row.
 *
 * Submitting the same version twice (same code, date and terms) returns the first row, so a
 * double submit creates one version. Raises `admin.standardNotFound`, `admin.effectiveFromNotFuture`,
 * `admin.effectiveFromNotAfterLatest` and `admin.versionExists` (another version starts that day).
 */
export async function createStandardVersion(actor: AdminActor, input: StandardVersionInput, now: Date = new Date()): Promise<{ id: string }> {
  assertCharterAdmin(actor);

  if (!isAfterRomeToday(input.effectiveFrom, now)) {
    throw new AppError("admin.effectiveFromNotFuture", `Effective date ${input.effectiveFrom} is not after today`, 422, { field: "effectiveFrom" });
  }
  const effectiveFrom = toUtcMidnight(input.effectiveFrom);

  const result = await db().$transaction(async (tx) => {
    const base = await tx.serviceStandard.findUnique({ where: { id: input.baseId } });
    if (!base) throw new AppError("admin.standardNotFound", `Service standard ${input.baseId} not found`, 404);

    // Serializes two admins adding versions of the same code.
    await tx.$queryRaw`SELECT id FROM "ServiceStandard" WHERE code = ${base.code} FOR UPDATE`;

    const sameDay = await tx.serviceStandard.findUnique({ where: { code_effectiveFrom: { code: base.code, effectiveFrom } } });
    if (sameDay) {
      const identical =
        sameDay.name === input.name &&
        sameDay.limitValue === input.limitValue &&
        sameDay.unit === input.unit &&
        sameDay.indemnityCents === input.indemnityEuro &&
        sameDay.source === input.source;
      if (identical) return { id: sameDay.id, created: false };
      throw new AppError("admin.versionExists", `Standard ${base.code} already has a version from ${input.effectiveFrom}`, 409, { field: "effectiveFrom" });
    }

    const latest = await tx.serviceStandard.findFirst({ where: { code: base.code }, orderBy: { effectiveFrom: "desc" } });
    if (latest && isoDate(latest.effectiveFrom) >= input.effectiveFrom) {
      throw new AppError("admin.effectiveFromNotAfterLatest", `Standard ${base.code} has a version from ${isoDate(latest.effectiveFrom)}`, 422, {
        field: "effectiveFrom",
        latest: isoDate(latest.effectiveFrom),
      });
    }

    const dayBefore = toUtcMidnight(addDays(input.effectiveFrom, -1));
    await tx.serviceStandard.updateMany({ where: { code: base.code, effectiveTo: null }, data: { effectiveTo: dayBefore } });

    const created = await tx.serviceStandard.create({
      data: {
        code: base.code,
        division: base.division,
        kind: base.kind,
        name: input.name,
        limitValue: input.limitValue,
        unit: input.unit,
        startEvent: base.startEvent,
        stopEvent: base.stopEvent,
        indemnityCents: input.indemnityEuro,
        indemnityScalesWithDelay: base.indemnityScalesWithDelay,
        targetPercent: base.targetPercent,
        source: input.source,
        toConfirm: false,
        effectiveFrom,
        calendarId: base.calendarId,
      },
      select: { id: true },
    });

    await tx.auditLog.create({
      data: {
        actorId: actor.id,
        action: "serviceStandard.createVersion",
        entity: "ServiceStandard",
        entityId: created.id,
        before: latest ? { id: latest.id, limitValue: latest.limitValue, unit: latest.unit, indemnityCents: latest.indemnityCents, effectiveFrom: isoDate(latest.effectiveFrom) } : undefined,
        after: { code: base.code, name: input.name, limitValue: input.limitValue, unit: input.unit, indemnityCents: input.indemnityEuro, source: input.source, effectiveFrom: input.effectiveFrom },
      },
    });

    return { id: created.id, created: true };
  });

  if (result.created) logger.info({ standardId: result.id, actorId: actor.id }, "service standard version created");
  return { id: result.id };
}
