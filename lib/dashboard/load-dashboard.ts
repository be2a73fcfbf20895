import "server-only";

import type { Division } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/policy";
import type { Locale } from "@/lib/i18n/config";
import { logger } from "@/lib/log/logger";

import { loadCensusOverview, type CensusOverview } from "./census-overview";
import { parseDashboardPeriod, type DashboardPeriod } from "./dashboard-period";
import { dashboardDivisionsFor } from "./dashboard-scope";
import { loadSatisfactionOverview, type SatisfactionOverview } from "./satisfaction-overview";
import { loadTicketKpis, type TicketKpis } from "./ticket-kpis";

export const dashboardPath = "/back-office/cruscotto";

export type Dashboard = {
  divisions: Division[];
  period: DashboardPeriod;
  tickets: TicketKpis;
  satisfaction: SatisfactionOverview;
  census: CensusOverview;
};

/**
 * Loads every figure of the dashboard for the signed-in user, scoped to the divisions they
 * see. Renders the 403 page for a user without `dashboard:read`.
 */
export async function loadDashboard(searchParams: Record<string, string | string[] | undefined>, locale: Locale, now: Date = new Date()): Promise<Dashboard> {
  const user = await requirePermission("dashboard:read", { returnTo: dashboardPath });
  const divisions = dashboardDivisionsFor(user);
  const period = parseDashboardPeriod(searchParams, now);

  const startedAt = performance.now();
  const [tickets, satisfaction, census] = await Promise.all([
    loadTicketKpis(divisions, period, now),
    loadSatisfactionOverview(divisions, period, locale),
    loadCensusOverview(divisions, now),
  ]);

  logger.info({ userId: user.id, divisions, from: period.from, to: period.to, ms: Math.round(performance.now() - startedAt) }, "dashboard loaded");
  return { divisions, period, tickets, satisfaction, census };
}
