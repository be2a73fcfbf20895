import "server-only";

import { db } from "@/lib/db/client";
import type { Division, StandardKind, StandardUnit } from "@/lib/generated/prisma/client";
import { toSkipTake, type PageRequest } from "@/lib/pagination";

import { assertCharterAdmin, type AdminActor } from "./require-charter-admin";

export type StandardVersionRow = {
  id: string;
  code: string;
  division: Division;
  kind: StandardKind;
  name: string;
  limitValue: number;
  unit: StandardUnit;
  indemnityCents: number | null;
  source: string;
  toConfirm: boolean;
  /** Calendar dates, YYYY-MM-DD. `effectiveTo` is the last day the version applies, null while open-ended. */
  effectiveFrom: string;
  effectiveTo: string | null;
  /** Clocks started under this version, which keep its terms whatever later versions set. */
  clockCount: number;
};

const isoDate = (value: Date) => value.toISOString().slice(0, 10);

/** Lists every version of every service standard, by code and newest version first, one page at a time. */
export async function listServiceStandards(actor: AdminActor, page: PageRequest): Promise<{ rows: StandardVersionRow[]; total: number }> {
  assertCharterAdmin(actor);

  const [total, standards] = await Promise.all([
    db().serviceStandard.count(),
    db().serviceStandard.findMany({
      orderBy: [{ division: "asc" }, { code: "asc" }, { effectiveFrom: "desc" }],
      ...toSkipTake(page),
      select: {
        id: true,
        code: true,
        division: true,
        kind: true,
        name: true,
        limitValue: true,
        unit: true,
        indemnityCents: true,
        source: true,
        toConfirm: true,
        effectiveFrom: true,
        effectiveTo: true,
        _count: { select: { clocks: true } },
      },
    }),
  ]);

  const rows = standards.map(({ _count, effectiveFrom, effectiveTo, ...standard }) => ({
    ...standard,
    effectiveFrom: isoDate(effectiveFrom),
    effectiveTo: effectiveTo ? isoDate(effectiveTo) : null,
    clockCount: _count.clocks,
  }));
  return { rows, total };
}

/** Loads one version for the "new version" form, or null when the id matches none. */
export async function getServiceStandard(actor: AdminActor, id: string): Promise<StandardVersionRow | null> {
  assertCharterAdmin(actor);

  const standard = await db().serviceStandard.findUnique({
    where: { id },
    select: {
      id: true,
      code: true,
      division: true,
      kind: true,
      name: true,
      limitValue: true,
      unit: true,
      indemnityCents: true,
      source: true,
      toConfirm: true,
      effectiveFrom: true,
      effectiveTo: true,
      _count: { select: { clocks: true } },
    },
  });
  if (!standard) return null;

  const { _count, effectiveFrom, effectiveTo, ...rest } = standard;
  return { ...rest, effectiveFrom: isoDate(effectiveFrom), effectiveTo: effectiveTo ? isoDate(effectiveTo) : null, clockCount: _count.clocks };
}
