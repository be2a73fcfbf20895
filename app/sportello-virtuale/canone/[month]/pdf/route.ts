import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";

import { requirePermission } from "@/lib/auth/policy";
import { loadRentStatement } from "@/lib/rent/load-rent-statement";
import { renderStatementPdf } from "@/lib/rent/render-statement-pdf";
import { pdfResponse } from "@/lib/pdf/pdf-response";
import { rentStatementPdfPath } from "@/lib/tenancy/tenant-paths";

/** Downloads the tenant's statement of one month as a PDF. Another tenant's month answers 404, like a missing one. */
export async function GET(_request: Request, { params }: { params: Promise<{ month: string }> }): Promise<Response> {
  const { month } = await params;
  const user = await requirePermission("tenancy:read:own", { returnTo: rentStatementPdfPath(month) });

  const statement = await loadRentStatement(user, month);
  if (!statement) notFound();

  // The PDF's standard fonts have no Arabic glyphs, so an Arabic reader gets the Italian statement.
  const visitorLocale = await getLocale();
  const locale = visitorLocale === "en" ? "en" : "it";
  const t = await getTranslations({ locale, namespace: "rent" });

  const bytes = await renderStatementPdf(statement, locale, t);
  return pdfResponse(bytes, `estratto-conto-${statement.month}.pdf`);
}
