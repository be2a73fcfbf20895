import "server-only";

import { formatBillTotal } from "@/lib/bills/bill-amounts";
import { billPaymentStatus } from "@/lib/bills/bill-payment-status";
import { groupBillLines } from "@/lib/bills/bill-sections";
import type { BillDetail, BillLineView, BillReadingView } from "@/lib/bills/bill-view";
import { paymentQrCodePng } from "@/lib/bills/payment-qr-code";
import { presentBillLine, type BillsTranslator } from "@/lib/bills/present-bill-line";
import type { Locale } from "@/lib/i18n/config";
import { formatCalendarDate, formatDate, formatMoneyCents, formatNumber } from "@/lib/i18n/format";
import { formatPagoPaNoticeCode } from "@/lib/identifiers/pagopa-notice";
import { createPdf } from "@/lib/pdf/pdf-document";

/**
 * Returns the language a bill's PDF is printed in. The PDF's standard fonts cover Western
 * European scripts only, so an Arabic reader gets the Italian bill.
 */
export function pdfLocaleFor(locale: Locale): Locale {
  return locale === "en" ? "en" : "it";
}

type PdfRow = string[];

function lineRows(title: string, lines: BillLineView[], bill: BillDetail, locale: Locale, t: BillsTranslator): PdfRow[] {
  if (lines.length === 0) return [];

  const rows = lines.map((line) => {
    const presented = presentBillLine(line, bill.vatRate, locale, t);
    return [presented.label, presented.quantity, presented.unitPrice, presented.amount];
  });
  return [[title.toUpperCase(), "", "", ""], ...rows];
}

function readingRow(label: string, reading: BillReadingView | null, locale: Locale, t: BillsTranslator): PdfRow {
  if (!reading) return [label, t("detail.noReading"), "", ""];
  return [label, formatDate(reading.readAt, locale), formatNumber(reading.cubicMetres, locale), t(`readingSources.${reading.source}`)];
}

/**
 * Builds the PDF of a bill from the same data as its page: holder and supply, dates, readings,
 * lines by section with the total, and the payment reference with its pagoPA QR code when a
 * creditor is configured. `t` must translate the `bills` namespace in `locale`.
 */
export async function renderBillPdf(bill: BillDetail, locale: Locale, t: BillsTranslator, today: Date = new Date()): Promise<Buffer> {
  const period = { start: formatCalendarDate(bill.periodStart, locale), end: formatCalendarDate(bill.periodEnd, locale) };
  const total = formatBillTotal(bill.totalCents, locale);
  const status = billPaymentStatus(bill, today);
  const sections = groupBillLines(bill.lines, bill.issuedOn);

  const pdf = createPdf({
    title: t("pdf.title", { number: bill.number }),
    subtitle: t("pdf.subtitle", { supplyCode: bill.supply.supplyCode }),
    lang: locale === "en" ? "en-GB" : "it-IT",
    footer: t("pdf.footer", { number: bill.number }),
  });

  if (bill.cancelled) pdf.paragraph(t("detail.cancelledNotice"));

  pdf.heading(t("pdf.customerHeading")).keyValues([
    [t("detail.holder"), bill.supply.holderName],
    [t("detail.supplyCode"), bill.supply.supplyCode],
    [t("detail.address"), bill.supply.address],
    ...(bill.tariffName ? ([[t("detail.tariff"), bill.tariffName]] as [string, string][]) : []),
  ]);

  pdf.heading(t("pdf.datesHeading")).keyValues([
    [t("detail.period"), t("list.periodRange", period)],
    [t("detail.issuedOn"), formatCalendarDate(bill.issuedOn, locale)],
    [t("detail.dueOn"), formatCalendarDate(bill.dueOn, locale)],
    [total.credit ? t("detail.totalCredit") : t("detail.total"), total.amount],
    [t("detail.paymentState"), t(`paymentStates.${status}`)],
  ]);

  pdf.heading(t("pdf.readingsHeading")).table({
    columns: [{ label: t("detail.readingColumn"), width: 2 }, { label: t("detail.readingDate") }, { label: t("detail.readingValue"), align: "right" }, { label: t("detail.readingSource"), width: 2 }],
    rows: [readingRow(t("detail.openingReading"), bill.fromReading, locale, t), readingRow(t("detail.closingReading"), bill.toReading, locale, t)],
  });
  pdf.paragraph(t("detail.consumption", { value: formatNumber(bill.consumptionCubicMetres, locale) }));
  if (bill.estimated) pdf.note(t("detail.estimatedNotice"));

  pdf.heading(t("pdf.linesHeading")).table({
    columns: [
      { label: t("detail.lineColumn"), width: 4 },
      { label: t("detail.quantityColumn"), width: 1.4, align: "right" },
      { label: t("detail.unitPriceColumn"), width: 1.6, align: "right" },
      { label: t("detail.amountColumn"), width: 1.4, align: "right" },
    ],
    rows: [
      ...lineRows(t("detail.chargesHeading"), sections.charges, bill, locale, t),
      ...lineRows(t("detail.olderChargesHeading"), sections.olderCharges, bill, locale, t),
      [t("detail.taxable"), "", "", formatMoneyCents(sections.taxableCents, locale)],
      ...lineRows(t("detail.vatHeading"), sections.vat, bill, locale, t),
      ...lineRows(t("detail.creditsHeading"), sections.credits, bill, locale, t),
      [t("detail.totalRow"), "", "", formatMoneyCents(bill.totalCents, locale)],
    ],
  });
  if (sections.olderCharges.length > 0) pdf.note(t("detail.olderChargesNote"));
  if (sections.credits.length > 0) pdf.note(t("detail.creditsNote"));

  pdf.heading(t("pdf.paymentHeading"));
  if (bill.pagoPaNoticeCode && !bill.cancelled) {
    pdf.keyValues([
      [t("detail.noticeCode"), formatPagoPaNoticeCode(bill.pagoPaNoticeCode)],
      [t("detail.total"), total.amount],
    ]);
    pdf.note(t("detail.noticeCodeHint"));

    const qrCode = await paymentQrCodePng(bill.pagoPaNoticeCode, bill.totalCents);
    if (qrCode) pdf.image(qrCode, 110, t("pdf.qrCaption"));
  } else {
    pdf.paragraph(bill.cancelled ? t("detail.cancelledNotice") : t("detail.noNoticeCode"));
  }
  if (bill.supply.paymentMethod === "sepaDirectDebit" && !bill.cancelled) pdf.note(t("detail.directDebitActive"));
  pdf.note(t("pdf.demoNote"));

  return pdf.toBuffer();
}
