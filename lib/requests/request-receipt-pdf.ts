import "server-only";

import { createTranslator } from "next-intl";

import { timeZone } from "@/lib/i18n/config";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { formats } from "@/lib/i18n/formats";
import { createPdf } from "@/lib/pdf/pdf-document";
import type { RequestDetail } from "@/lib/requests/load-request-detail";
import { pendingDeadline } from "@/lib/requests/request-deadline";
import it from "@/messages/it/requests.json";

/**
 * Builds the PDF receipt of a customer request: protocol, category, filing date, the reply
 * deadline the service charter sets ("Risposta entro il") and the description the customer
 * sent. It never contains internal notes, which live in the ticket's events, not in these
 * fields. Written in Italian, because the standard PDF fonts cover Western European text only.
 */
export async function buildRequestReceiptPdf(detail: Pick<RequestDetail, "ticket" | "categoryLabels">, options: { compress?: boolean } = {}): Promise<Buffer> {
  const locale = "it";
  const t = createTranslator({ locale, timeZone, formats, messages: { requests: it }, namespace: "requests.receipt" });
  const { ticket } = detail;
  const deadline = pendingDeadline(ticket.state, ticket.dueAt);

  const pdf = createPdf({ title: t("title"), subtitle: t("subtitle", { protocol: ticket.protocol }), footer: ticket.protocol, compress: options.compress });

  pdf.keyValues([
    [t("protocol"), ticket.protocol],
    [t("category"), detail.categoryLabels.it],
    [t("openedAt"), formatDateTime(ticket.openedAt, locale)],
    [t("deadline"), deadline ? formatDate(deadline, locale) : t("noDeadline")],
    [t("channel"), t("channelValue")],
  ]);

  pdf.heading(t("subject"));
  pdf.paragraph(ticket.subject);
  pdf.heading(t("description"));
  pdf.paragraph(ticket.description);
  pdf.note(t("note"));

  return pdf.toBuffer();
}
