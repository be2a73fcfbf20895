import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";

import { requireBillReader } from "@/lib/bills/require-bill-reader";
import { billPdfPath } from "@/lib/bills/bill-links";
import { loadCustomerBill } from "@/lib/bills/load-customer-bill";
import type { BillsTranslator } from "@/lib/bills/present-bill-line";
import { pdfLocaleFor, renderBillPdf } from "@/lib/bills/render-bill-pdf";
import { pdfResponse } from "@/lib/pdf/pdf-response";

export const dynamic = "force-dynamic";

/** Serves a bill as a PDF built from its stored data. Another customer's bill, or a missing one, gets a 404. */
export async function GET(_request: Request, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params;
  const user = await requireBillReader({ returnTo: billPdfPath(id) });

  const bill = await loadCustomerBill(user.personId, id);
  if (!bill) notFound();

  const locale = pdfLocaleFor(await getLocale());
  const t = (await getTranslations({ locale, namespace: "bills" })) as unknown as BillsTranslator;
  const bytes = await renderBillPdf(bill, locale, t);

  return pdfResponse(bytes, t("pdf.fileName", { number: bill.number.replaceAll("/", "-") }));
}
