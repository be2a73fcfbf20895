import { notFound } from "next/navigation";

import { requireUser } from "@/lib/auth/policy";
import { pdfResponse } from "@/lib/pdf/pdf-response";
import { loadCustomerPractice } from "@/lib/practices/load-customer-practice";
import { practiceReceiptPath } from "@/lib/practices/practice-paths";
import { buildPracticeReceiptPdf } from "@/lib/practices/practice-receipt-pdf";

export const dynamic = "force-dynamic";

/**
 * Downloads the PDF receipt of one of the customer's practices. Another customer's practice, a
 * malformed id and a practice that does not exist all return 404.
 */
export async function GET(_request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await context.params;
  const user = await requireUser({ returnTo: practiceReceiptPath(encodeURIComponent(id)) });

  const loaded = await loadCustomerPractice(user, id);
  if (!loaded) notFound();

  const pdf = await buildPracticeReceiptPdf(loaded.practice);
  return pdfResponse(pdf, `ricevuta-${loaded.practice.protocol}.pdf`);
}
