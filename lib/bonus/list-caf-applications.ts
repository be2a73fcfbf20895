import "server-only";

import { db } from "@/lib/db/client";
import { parsePagination, summarizePage, toSkipTake, type PageSummary, type SearchParams } from "@/lib/pagination";

export type CafApplicationRow = {
  id: string;
  reference: string;
  applicantName: string;
  state: string;
  supplyKind: "direct" | "indirect";
  competenceYear: number;
  receivedAt: Date;
};

/** Loads one page of the applications filed by a CAF office, newest first; the office scope is in the query. */
export async function listCafApplications(cafOfficeId: string, searchParams: SearchParams): Promise<{ rows: CafApplicationRow[]; summary: PageSummary }> {
  const paging = parsePagination(searchParams, { defaultPageSize: 25 });
  const where = { cafOfficeId };

  const [total, rows] = await Promise.all([
    db().waterBonusApplication.count({ where }),
    db().waterBonusApplication.findMany({
      where,
      orderBy: [{ receivedAt: "desc" }, { id: "asc" }],
      ...toSkipTake(paging),
      select: { id: true, reference: true, applicantFamilyName: true, applicantGivenName: true, state: true, supplyKind: true, competenceYear: true, receivedAt: true },
    }),
  ]);

  return {
    summary: summarizePage(paging, total),
    rows: rows.map((row) => ({
      id: row.id,
      reference: row.reference,
      applicantName: `${row.applicantFamilyName} ${row.applicantGivenName}`,
      state: row.state,
      supplyKind: row.supplyKind,
      competenceYear: row.competenceYear,
      receivedAt: row.receivedAt,
    })),
  };
}
