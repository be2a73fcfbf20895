import "server-only";

import { assertCharterAdmin, type AdminActor } from "@/lib/charter/admin/require-charter-admin";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { Division, TicketNature } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/log/logger";
import { toSkipTake, type PageRequest } from "@/lib/pagination";

import type { CategoryInput } from "./category-form-schema";

export type CategoryRow = {
  id: string;
  division: Division;
  code: string;
  nature: TicketNature;
  labelIt: string;
  labelEn: string;
  labelAr: string;
  serviceStandardCode: string | null;
  active: boolean;
};

const categorySelect = {
  id: true,
  division: true,
  code: true,
  nature: true,
  labelIt: true,
  labelEn: true,
  labelAr: true,
  serviceStandardCode: true,
  active: true,
} as const;

/** Lists the ticket categories of both divisions in catalog order, one page at a time. */
export async function listTicketCategories(actor: AdminActor, page: PageRequest): Promise<{ rows: CategoryRow[]; total: number }> {
  assertCharterAdmin(actor);

  const [total, rows] = await Promise.all([
    db().ticketCategory.count(),
    db().ticketCategory.findMany({ orderBy: [{ division: "asc" }, { position: "asc" }, { code: "asc" }], ...toSkipTake(page), select: categorySelect }),
  ]);
  return { rows, total };
}

/** Loads one category for its edit form, or null. */
export async function getTicketCategory(actor: AdminActor, id: string): Promise<CategoryRow | null> {
  assertCharterAdmin(actor);
  return db().ticketCategory.findUnique({ where: { id }, select: categorySelect });
}

/** Lists the standard codes of a division an admin can bind a category to, one entry per code. */
export async function listStandardCodes(actor: AdminActor, division: Division): Promise<Array<{ code: string; name: string }>> {
  assertCharterAdmin(actor);

  const standards = await db().serviceStandard.findMany({
    where: { division },
    distinct: ["code"],
    orderBy: [{ code: "asc" }, { effectiveFrom: "desc" }],
    take: 200,
    select: { code: true, name: true },
  });
  return standards;
}

/**
 * Updates a category's labels, nature, bound standard and whether operators and customers can
 * still pick it, and writes an audit row with the values before and after. Tickets already
 * open keep their clocks: the bound standard applies to tickets created from now on. Raises
 * `admin.categoryNotFound` and `admin.standardNotFound` for a code with no version in the
 * category's division.
 */
export async function updateTicketCategory(actor: AdminActor, input: CategoryInput): Promise<void> {
  assertCharterAdmin(actor);

  await db().$transaction(async (tx) => {
    const before = await tx.ticketCategory.findUnique({ where: { id: input.categoryId }, select: categorySelect });
    if (!before) throw new AppError("admin.categoryNotFound", `Ticket category ${input.categoryId} not found`, 404);

    const serviceStandardCode = input.serviceStandardCode === "" ? null : input.serviceStandardCode;
    if (serviceStandardCode) {
      const standard = await tx.serviceStandard.findFirst({ where: { code: serviceStandardCode, division: before.division }, select: { id: true } });
      if (!standard) throw new AppError("admin.standardNotFound", `No ${before.division} standard ${serviceStandardCode}`, 422, { field: "serviceStandardCode" });
    }

    const after = { labelIt: input.labelIt, labelEn: input.labelEn, labelAr: input.labelAr, nature: input.nature, serviceStandardCode, active: input.active };
    await tx.ticketCategory.update({ where: { id: before.id }, data: after });
    await tx.auditLog.create({
      data: {
        actorId: actor.id,
        action: "ticketCategory.update",
        entity: "TicketCategory",
        entityId: before.id,
        before: { labelIt: before.labelIt, labelEn: before.labelEn, labelAr: before.labelAr, nature: before.nature, serviceStandardCode: before.serviceStandardCode, active: before.active },
        after,
      },
    });
  });

  logger.info({ categoryId: input.categoryId, actorId: actor.id }, "ticket category updated");
}
