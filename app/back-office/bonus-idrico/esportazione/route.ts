import { requirePermission } from "@/lib/auth/policy";
import { parseIsoDate } from "@/lib/bonus/batch-file-layout";
import { exportDecisions } from "@/lib/bonus/export-decisions";
import { privateDownloadHeaders } from "@/lib/http/content-disposition";

export const dynamic = "force-dynamic";

/** Maximum period of one export, in days, so one request reads a bounded number of rows. */
const maxPeriodDays = 366 * 3;

/** Serves the CSV of the bonus decisions taken in a period: `?dal=YYYY-MM-DD&al=YYYY-MM-DD`. */
export async function GET(request: Request) {
  await requirePermission("bonus:read:any", { returnTo: "/back-office/bonus-idrico/statistiche" });

  const url = new URL(request.url);
  const from = parseIsoDate(url.searchParams.get("dal") ?? "");
  const to = parseIsoDate(url.searchParams.get("al") ?? "");
  if (!from || !to || to < from || (to.getTime() - from.getTime()) / 86_400_000 > maxPeriodDays) {
    return new Response("Invalid period: pass dal and al as YYYY-MM-DD, with al on or after dal and at most three years apart.\n", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }

  const csv = await exportDecisions(from, to);
  const name = `decisioni-bonus-${from.toISOString().slice(0, 10)}-${to.toISOString().slice(0, 10)}.csv`;
  return new Response(csv, { headers: privateDownloadHeaders("text/csv; charset=utf-8", name) });
}
