import "server-only";

import PDFDocument from "pdfkit";

import { toWinAnsi } from "@/lib/pdf/win-ansi-text";

export type PdfAlign = "left" | "right" | "center";

export type PdfColumn = {
  label: string;
  /** Relative width: a column of weight 2 is twice as wide as one of weight 1. Defaults to 1. */
  width?: number;
  align?: PdfAlign;
};

export type PdfTable = { columns: PdfColumn[]; rows: string[][] };

export type PdfMeta = {
  title: string;
  subtitle?: string;
  /** BCP 47 language of the text, for screen readers. Italian unless told. */
  lang?: string;
  /** Footer line printed on every page before the page number, such as a protocol number. */
  footer?: string;
  /** Compress the page streams. Tests turn it off to read the text back. */
  compress?: boolean;
};

type Block =
  | { kind: "heading"; text: string }
  | { kind: "paragraph"; text: string }
  | { kind: "note"; text: string }
  | { kind: "keyValues"; rows: [string, string][] }
  | { kind: "table"; table: PdfTable }
  | { kind: "image"; bytes: Buffer; width: number; caption?: string };

const margin = 50;
const regular = "Helvetica";
const bold = "Helvetica-Bold";
const ink = "#1e293b";
const muted = "#475569";
const rule = "#94a3b8";

/**
 * Collects the blocks of a document (headings, paragraphs, label-value pairs, tables) and lays
 * them out on A4 pages with the company header and a numbered footer. Text goes through
 * `toWinAnsi` because the standard fonts cover Western European characters only.
 */
export class PdfBuilder {
  private readonly blocks: Block[] = [];

  constructor(private readonly meta: PdfMeta) {}

  heading(text: string): this {
    this.blocks.push({ kind: "heading", text });
    return this;
  }

  paragraph(text: string): this {
    this.blocks.push({ kind: "paragraph", text });
    return this;
  }

  /** Small grey text, for legal notes and explanations. */
  note(text: string): this {
    this.blocks.push({ kind: "note", text });
    return this;
  }

  keyValues(rows: [string, string][]): this {
    this.blocks.push({ kind: "keyValues", rows });
    return this;
  }

  table(table: PdfTable): this {
    this.blocks.push({ kind: "table", table });
    return this;
  }

  /** A PNG or JPEG, such as a payment QR code, `width` points wide. */
  image(bytes: Buffer, width: number, caption?: string): this {
    this.blocks.push({ kind: "image", bytes, width, caption });
    return this;
  }

  async toBuffer(): Promise<Buffer> {
    const doc = new PDFDocument({
      size: "A4",
      margin,
      bufferPages: true,
      compress: this.meta.compress ?? true,
      lang: this.meta.lang ?? "it-IT",
      displayTitle: true,
      info: { Title: toWinAnsi(this.meta.title), Author: "MM S.p.A.", Creator: "Sportello MM" },
    });
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    const finished = new Promise<void>((resolve, reject) => {
      doc.on("end", resolve);
      doc.on("error", reject);
    });

    this.drawHeader(doc);
    for (const block of this.blocks) this.drawBlock(doc, block);
    this.drawFooters(doc);

    doc.end();
    await finished;
    return Buffer.concat(chunks);
  }

  private drawHeader(doc: PDFKit.PDFDocument): void {
    doc.font(bold).fontSize(10).fillColor(muted).text("MM S.p.A.", { continued: false });
    doc.font(regular).fontSize(8).text("Servizio Idrico Integrato di Milano · Casa (Edilizia Residenziale Pubblica)");
    doc.moveDown(1);
    doc.font(bold).fontSize(18).fillColor(ink).text(toWinAnsi(this.meta.title));
    if (this.meta.subtitle) doc.font(regular).fontSize(11).fillColor(muted).text(toWinAnsi(this.meta.subtitle));
    doc.moveDown(0.8);
  }

  private drawBlock(doc: PDFKit.PDFDocument, block: Block): void {
    switch (block.kind) {
      case "heading":
        this.ensureSpace(doc, 40);
        doc.moveDown(0.6).font(bold).fontSize(13).fillColor(ink).text(toWinAnsi(block.text)).moveDown(0.3);
        return;
      case "paragraph":
        doc.font(regular).fontSize(10).fillColor(ink).text(toWinAnsi(block.text)).moveDown(0.5);
        return;
      case "note":
        doc.font(regular).fontSize(8).fillColor(muted).text(toWinAnsi(block.text)).moveDown(0.5);
        return;
      case "keyValues":
        this.drawKeyValues(doc, block.rows);
        return;
      case "table":
        this.drawTable(doc, block.table);
        return;
      case "image":
        this.ensureSpace(doc, block.width + 30);
        doc.image(block.bytes, doc.page.margins.left, doc.y, { width: block.width });
        doc.y += block.width + 4;
        if (block.caption) doc.font(regular).fontSize(8).fillColor(muted).text(toWinAnsi(block.caption));
        doc.moveDown(0.5);
        return;
    }
  }

  private drawKeyValues(doc: PDFKit.PDFDocument, rows: [string, string][]): void {
    const left = doc.page.margins.left;
    const labelWidth = 170;
    const valueWidth = this.contentWidth(doc) - labelWidth - 10;

    for (const [label, value] of rows) {
      const labelText = toWinAnsi(label);
      const valueText = toWinAnsi(value);
      doc.fontSize(10);
      const height = Math.max(doc.font(bold).heightOfString(labelText, { width: labelWidth }), doc.font(regular).heightOfString(valueText, { width: valueWidth }));
      this.ensureSpace(doc, height + 4);

      const top = doc.y;
      doc.font(bold).fillColor(muted).text(labelText, left, top, { width: labelWidth });
      doc.font(regular).fillColor(ink).text(valueText, left + labelWidth + 10, top, { width: valueWidth });
      doc.x = left;
      doc.y = top + height + 4;
    }
    doc.moveDown(0.4);
  }

  private drawTable(doc: PDFKit.PDFDocument, table: PdfTable): void {
    const widths = this.columnWidths(doc, table.columns);
    const header = table.columns.map((column) => column.label);

    this.ensureSpace(doc, 40);
    this.drawRow(doc, header, table.columns, widths, bold);
    for (const row of table.rows) {
      if (this.rowHeight(doc, row, widths, regular) + doc.y > this.bottom(doc)) {
        doc.addPage();
        this.drawRow(doc, header, table.columns, widths, bold);
      }
      this.drawRow(doc, row, table.columns, widths, regular);
    }
    doc.moveDown(0.6);
  }

  private drawRow(doc: PDFKit.PDFDocument, cells: string[], columns: PdfColumn[], widths: number[], font: string): void {
    const left = doc.page.margins.left;
    const top = doc.y;
    const height = this.rowHeight(doc, cells, widths, font);

    let x = left;
    cells.forEach((cell, index) => {
      const width = widths[index] ?? 0;
      doc.font(font).fontSize(9).fillColor(ink).text(toWinAnsi(cell), x + 3, top + 3, { width: width - 6, align: columns[index]?.align ?? "left" });
      x += width;
    });

    const bottom = top + height;
    doc.moveTo(left, bottom).lineTo(left + this.contentWidth(doc), bottom).lineWidth(font === bold ? 1 : 0.5).strokeColor(rule).stroke();
    doc.x = left;
    doc.y = bottom + 1;
  }

  private rowHeight(doc: PDFKit.PDFDocument, cells: string[], widths: number[], font: string): number {
    doc.font(font).fontSize(9);
    return Math.max(...cells.map((cell, index) => doc.heightOfString(toWinAnsi(cell), { width: (widths[index] ?? 0) - 6 }))) + 6;
  }

  private columnWidths(doc: PDFKit.PDFDocument, columns: PdfColumn[]): number[] {
    const total = columns.reduce((sum, column) => sum + (column.width ?? 1), 0);
    return columns.map((column) => (this.contentWidth(doc) * (column.width ?? 1)) / total);
  }

  private contentWidth(doc: PDFKit.PDFDocument): number {
    return doc.page.width - doc.page.margins.left - doc.page.margins.right;
  }

  private bottom(doc: PDFKit.PDFDocument): number {
    return doc.page.height - doc.page.margins.bottom - 20;
  }

  private ensureSpace(doc: PDFKit.PDFDocument, height: number): void {
    if (doc.y + height > this.bottom(doc)) doc.addPage();
  }

  private drawFooters(doc: PDFKit.PDFDocument): void {
    const range = doc.bufferedPageRange();

    for (let index = range.start; index < range.start + range.count; index += 1) {
      doc.switchToPage(index);
      const footer = [this.meta.footer, `Pagina ${index + 1} di ${range.count}`].filter(Boolean).join(" · ");
      const y = doc.page.height - doc.page.margins.bottom + 10;
      // Writing below the bottom margin would add a page, so the margin is lifted for the footer.
      const savedBottom = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      doc.font(regular).fontSize(8).fillColor(muted).text(toWinAnsi(footer), doc.page.margins.left, y, { width: this.contentWidth(doc), align: "center" });
      doc.page.margins.bottom = savedBottom;
    }
  }
}

export function createPdf(meta: PdfMeta): PdfBuilder {
  return new PdfBuilder(meta);
}
