import { notFound } from "next/navigation";
import { z } from "zod";

import { requirePermission } from "@/lib/auth/policy";
import { buildBatchOutcomeFile } from "@/lib/bonus/export-decisions";
import { privateDownloadHeaders } from "@/lib/http/content-disposition";

export const dynamic = "force-dynamic";

/** Serves the outcome file of a national batch, in the layout documented on the batch page. */
export async function GET(_request: Request, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params;
  await requirePermission("bonus:read:any", { returnTo: `/back-office/bonus-idrico/lotti` });

  const batchId = z.uuid().safeParse(id);
  if (!batchId.success) notFound();

  const outcome = await buildBatchOutcomeFile(batchId.data);
  if (!outcome) notFound();

  return new Response(outcome.csv, { headers: privateDownloadHeaders("text/csv; charset=utf-8", `esito-${outcome.reference}.csv`) });
}
