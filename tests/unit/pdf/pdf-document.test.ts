import { describe, expect, it } from "vitest";

import { createPdf } from "@/lib/pdf/pdf-document";
import { toWinAnsi } from "@/lib/pdf/win-ansi-text";
import { extractPdfText } from "@/tests/support/pdf-text";

describe("createPdf", () => {
  it("writes a PDF whose text holds the title, the pairs, the table cells and the page footer", async () => {
    const rows = Array.from({ length: 80 }, (_, index) => [`Riga ${index + 1}`, `€ ${index + 1},50`]);
    const pdf = await createPdf({ title: "Bolletta n. 2026/0001234", subtitle: "Fornitura 0012345678", footer: "PR-2026-000007" })
      .heading("Dati della fornitura")
      .keyValues([["Totale da pagare", "€ 1.234,56"]])
      .table({ columns: [{ label: "Voce", width: 3 }, { label: "Importo", align: "right" }], rows })
      .note("Documento generato dallo Sportello MM.")
      .toBuffer();

    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.subarray(-6).toString("latin1")).toContain("%%EOF");

    const text = extractPdfText(pdf);
    expect(text).toContain("Bolletta n. 2026/0001234");
    expect(text).toContain("€ 1.234,56");
    expect(text).toContain("Riga 80");
    expect(text).toMatch(/PR-2026-000007 · Pagina 1 di [2-9]/);
  });
});

describe("toWinAnsi", () => {
  it("keeps Italian letters and the euro sign, strips accents WinAnsi lacks and replaces the rest", () => {
    expect(toWinAnsi("Così è, € 10 – «ok»")).toBe("Così è, € 10 – «ok»");
    expect(toWinAnsi("Ștefan Dumitrescu")).toBe("Stefan Dumitrescu");
    expect(toWinAnsi("محمد")).toBe("????");
  });
});
