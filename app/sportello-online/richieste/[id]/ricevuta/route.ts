import { notFound } from "next/navigation";

import { requireUser } from "@/lib/auth/policy";
import { hasPermission } from "@/lib/auth/permissions";
import { pdfResponse } from "@/lib/pdf/pdf-response";
import { loadRequestDetail } from "@/lib/requests/load-request-detail";
import { requestDetailPath } from "@/lib/requests/request-kinds";
import { buildRequestReceiptPdf } from "@/lib/requests/request-receipt-pdf";

export const dynamic = "force-dynamic";

/**
 * Downloads the PDF receipt of one of the customer's requests. Another customer's request, a
 * housing ticket, a malformed id and a missing ticket all return 404.
 */
export async function GET(_request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await context.params;
  const user = await requireUser({ returnTo: `${requestDetailPath(encodeURIComponent(id))}/ricevuta` });
  if (!hasPermission(user, "ticket:read:own")) notFound();

  const detail = await loadRequestDetail(user, id);
  if (!detail) notFound();

  const pdf = await buildRequestReceiptPdf(detail);
  return pdfResponse(pdf, `ricevuta-${detail.ticket.protocol}.pdf`);
}
