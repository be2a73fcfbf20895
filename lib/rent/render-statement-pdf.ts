import "server-only";

import QRCode from "qrcode";

import { formatCalendarDate, formatDateTime, formatMoneyCents } from "@/lib/i18n/format";
import { createPdf } from "@/lib/pdf/pdf-document";
import type { RentStatement } from "@/lib/rent/load-rent-statement";
import { statementStatusOf } from "@/lib/rent/statement-status";

/** Translator of the `rent` namespace, as next-intl's `getTranslations` returns it. */
type RentTranslator = (key: string, values?: Record<string, string | number>) => string;

/** Formats a statement month (`YYYY-MM`) as "dicembre 2026". */
function monthName(month: string, locale: "it" | "en"): string {
  const [year, monthNumber] = month.split("-").map(Number);
  return new Intl.DateTimeFormat(locale === "it" ? "it-IT" : "en-GB", { month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(Date.UTC(year ?? 1970, (monthNumber ?? 1) - 1, 15)),
  );
}

/**
 * Builds the PDF of one monthly statement: the contract, every line, the payments and, for an
 * unpaid month, the pagoPA notice with its QR code and the code in text.
 */
export async function renderStatementPdf(statement: RentStatement, locale: "it" | "en", t: RentTranslator): Promise<Buffer> {
  const money = (cents: number) => formatMoneyCents(cents, locale);
  const month = monthName(statement.month, locale);
  const status = statementStatusOf(statement);

  const pdf = createPdf({
    title: t("statement.title", { month }),
    subtitle: t("statement.description", { contract: statement.contractCode, address: statement.buildingAddress }),
    lang: locale === "it" ? "it-IT" : "en-GB",
    footer: `${statement.contractCode} · ${statement.month}`,
  });

  pdf.keyValues([
    [t("pdf.holder"), statement.holderName],
    [t("pdf.dwelling"), statement.dwellingCode],
    [t("statement.status"), t(`status.${status.key}`)],
    [t("statement.issuedOn"), formatCalendarDate(statement.issuedOn, locale)],
    [t("columns.dueOn"), formatCalendarDate(statement.dueOn, locale)],
  ]);

  pdf.heading(t("statement.linesTitle"));
  pdf.table({
    columns: [{ label: t("statement.lineItem"), width: 3 }, { label: t("statement.lineAmount"), align: "right" }],
    rows: [
      ...statement.lines.map((line) => [line.kind === "serviceCharge" && line.service ? t(`services.${line.service}`) : t(`lineKinds.${line.kind}`), money(line.amountCents)]),
      [t("statement.serviceChargesTotal"), money(statement.serviceChargesCents)],
      [t("statement.total"), money(statement.dueCents)],
    ],
  });

  pdf.keyValues([
    [t("columns.paid"), money(statement.paidCents)],
    [t("columns.balance"), money(statement.balanceCents)],
  ]);

  if (statement.payments.length > 0) {
    pdf.heading(t("statement.paymentsTitle"));
    pdf.table({
      columns: [{ label: t("pdf.paidAt"), width: 2 }, { label: t("pdf.method"), width: 2 }, { label: t("statement.lineAmount"), align: "right" }],
      rows: statement.payments.map((payment) => [formatDateTime(payment.paidAt, locale), t(`methods.${payment.method}`), money(payment.amountCents)]),
    });
  }

  if (statement.notice) {
    pdf.heading(t("notice.title"));
    pdf.paragraph(t("notice.description"));
    pdf.keyValues([
      [t("notice.code"), statement.notice.noticeCodeFormatted],
      [t("notice.creditor"), statement.notice.creditorFiscalCode],
      [t("notice.amount"), money(statement.notice.amountCents)],
    ]);
    const qrPng = await QRCode.toBuffer(statement.notice.qrPayload, { type: "png", errorCorrectionLevel: "M", margin: 2, width: 300 });
    pdf.image(qrPng, 140, statement.notice.qrPayload);
  }

  if (!statement.linesMatchTotal) pdf.note(t("statement.linesMismatch"));

  return pdf.toBuffer();
}
