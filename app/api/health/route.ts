import { NextResponse } from "next/server";

import { checkHealth } from "@/lib/health/check-health";

export const dynamic = "force-dynamic";

/**
 * Liveness and readiness for load balancers: 200 when the database responds and every
 * migration is applied, else 503. Public on purpose, so it shows no names or data.
 */
export async function GET() {
  const health = await checkHealth();
  return NextResponse.json(health, {
    status: health.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
