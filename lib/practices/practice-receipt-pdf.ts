import "server-only";

import { formatCalendarDate, formatDateTime } from "@/lib/i18n/format";
import { createPdf } from "@/lib/pdf/pdf-document";
import { describePracticePayload } from "@/lib/practices/describe-practice-payload";
import { practiceTranslator } from "@/lib/practices/practice-translator";
import type { PracticeDetail } from "@/lib/practices/practice-views";

/**
 * Builds the PDF receipt of a submitted practice: protocol, kind, date, state, the data sent
 * and the list of documents. It is written in Italian, because the standard PDF fonts cover
 * Western European text only and the receipt is the document MM files.
 */
export async function buildPracticeReceiptPdf(practice: PracticeDetail, options: { compress?: boolean } = {}): Promise<Buffer> {
  const locale = "it";
  const t = practiceTranslator(locale);
  const kindName = t(`kinds.${practice.kind}.title`);

  const pdf = createPdf({
    title: t("receipt.title"),
    subtitle: t("receipt.subtitle", { kind: kindName, protocol: practice.protocol }),
    footer: practice.protocol,
    compress: options.compress,
  });

  pdf.keyValues([
    [t("receipt.protocol"), practice.protocol],
    [t("receipt.kind"), kindName],
    [t("receipt.submittedAt"), practice.submittedAt ? formatDateTime(practice.submittedAt, locale) : t("detail.empty")],
    [t("receipt.state"), t(`states.${practice.state}`)],
    [t("receipt.channel"), t("receipt.channelValue")],
  ]);

  pdf.heading(t("receipt.dataHeading"));
  pdf.keyValues(
    describePracticePayload(practice.kind, practice.payload, {
      fieldLabel: (field) => t(`fields.${field}` as "fields.givenName"),
      optionLabel: (group, value) => t(`options.${group}.${value}` as "options.useType.condominium"),
      yes: t("detail.yes"),
      empty: t("detail.empty"),
      formatDate: (isoDate) => formatCalendarDate(isoDate, locale),
    }),
  );

  pdf.heading(t("receipt.documentsHeading"));
  if (practice.documents.length === 0) {
    pdf.paragraph(t("receipt.noDocuments"));
  } else {
    pdf.table({
      columns: [{ label: t("receipt.documentColumn") }, { label: t("receipt.fileColumn"), width: 2 }],
      rows: practice.documents.map((document) => [documentLabel(t, document.kind), document.fileName]),
    });
  }

  pdf.note(t("receipt.note"));
  return pdf.toBuffer();
}

function documentLabel(t: ReturnType<typeof practiceTranslator>, kind: string): string {
  return kind === "identityDocument" || kind === "propertyDocument" ? t(`documents.${kind}.label`) : kind;
}
