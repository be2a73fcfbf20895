import { readFile } from "node:fs/promises";

import { extractPdfText, looksLikePdf } from "../fixtures/pdf-text";
import { signIn } from "./support/accounts";
import { expect, expectAccessible, test } from "./support/fixtures";

const holderEmail = "titolare@sportello-mm.test";
const adminEmail = "amministratore@sportello-mm.test";

/** Ids read from the holder's pages, for the checks another account makes on them. */
const seen = { holderBillPath: "", holderSupplyId: "" };

test.describe.serial("bills", () => {
  test("holder reads a bill and downloads its PDF", async ({ page }) => {
    await signIn(page, holderEmail);

    await page.goto("/sportello-online/bollette");
    await expect(page.getByRole("heading", { level: 1, name: "Bollette" })).toBeVisible();
    await expect(page.getByRole("img", { name: /Grafico dei consumi/ })).toBeVisible();
    await expectAccessible(page);

    // The consumption table is read by screen readers all along and shown on request.
    await expect(page.getByTestId("consumption-table")).toHaveClass(/sr-only/);
    await page.getByRole("link", { name: "Mostra i consumi in tabella" }).click();
    await expect(page.getByRole("table", { name: /Consumi per periodo fatturato/ })).toBeVisible();
    await expectAccessible(page);

    const billTable = page.getByRole("table", { name: /Bollette della fornitura/ });
    const rowCount = await billTable.locator("tbody tr").count();
    await expect(billTable.getByRole("link", { name: /^Scarica PDF della bolletta/ })).toHaveCount(rowCount);
    await billTable.getByRole("rowheader").first().getByRole("link").first().click();
    await page.waitForURL(/\/sportello-online\/bollette\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { level: 1, name: /Bolletta n\./ })).toBeVisible();
    await expect(page.getByRole("table", { name: /Voci della bolletta/ })).toBeVisible();
    await expect(page.getByRole("table", { name: /Letture usate/ })).toBeVisible();
    await expectAccessible(page);

    const total = (await page.getByTestId("bill-total").textContent())?.replaceAll("\u00a0", " ").trim() ?? "";
    expect(total).toMatch(/^-?€ \d{1,3}(\.\d{3})*,\d{2}$/);
    seen.holderBillPath = new URL(page.url()).pathname;
    const listHref = await page.getByRole("navigation", { name: "Percorso di navigazione" }).getByRole("link", { name: "Bollette" }).getAttribute("href");
    seen.holderSupplyId = new URLSearchParams(listHref?.split("?")[1] ?? "").get("fornitura") ?? "";
    expect(seen.holderSupplyId).toMatch(/^[0-9a-f-]{36}$/);

    const downloadPromise = page.waitForEvent("download");
    await page.getByRole("link", { name: "Scarica la bolletta in PDF" }).click();
    const download = await downloadPromise;
    const file = await readFile((await download.path())!);

    expect(download.suggestedFilename()).toMatch(/^bolletta-\d{4}-\d+\.pdf$/);
    expect(looksLikePdf(file)).toBe(true);
    expect(extractPdfText(file).join("\n")).toContain(total);
  });

  test("holder filters unpaid bills", async ({ page }) => {
    await signIn(page, holderEmail);
    await page.goto("/sportello-online/bollette");

    await page.getByLabel("Stato del pagamento").selectOption({ label: "Da pagare" });
    await page.getByRole("button", { name: "Applica i filtri" }).click();
    await expect(page).toHaveURL(/pagamento=da-pagare/);

    const rows = page.getByRole("table", { name: /Bollette della fornitura/ }).locator("tbody tr");
    for (const row of await rows.all()) {
      await expect(row).not.toContainText(/Pagata\b(?! in parte)/);
    }
    await expectAccessible(page);
  });

  test("holder opens the guide and the indemnities", async ({ page }) => {
    await signIn(page, holderEmail);

    await page.goto("/sportello-online/guida-bolletta");
    await expect(page.getByRole("heading", { level: 1, name: "Come leggere la bolletta dell'acqua" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: /Quote variabili e fasce di consumo/ })).toBeVisible();
    await expectAccessible(page);

    await page.goto("/sportello-online/indennizzi");
    await expect(page.getByRole("heading", { level: 1, name: "Indennizzi automatici" })).toBeVisible();
    await expectAccessible(page);

    // The demo holder's late meter check earned 30 € that the next bill credited.
    const row = page.getByRole("table", { name: "I tuoi indennizzi" }).locator("tbody tr").first();
    await expect(row).toContainText("Accreditato");
    await expect(row).toContainText(/€\s30,00/);
    const protocol = (await row.getByRole("rowheader").textContent())?.trim() ?? "";
    expect(protocol).toMatch(/^SII-\d{4}-\d{6}$/);

    await row.getByRole("link", { name: /Nella bolletta/ }).click();
    await page.waitForURL(/\/sportello-online\/bollette\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("table", { name: /Voci della bolletta/ })).toContainText(`Indennizzo automatico, richiesta ${protocol}`);

    await page.goto("/sportello-online/indennizzi");
    await page.getByRole("link", { name: protocol }).click();
    await expect(page.getByTestId("ticket-indemnity")).toContainText("accreditato nella bolletta");
    await expectAccessible(page);
  });

  test("tenant opens the housing indemnities", async ({ page }) => {
    await signIn(page, "inquilino@sportello-mm.test");

    await page.goto("/sportello-virtuale/indennizzi");
    await expect(page.getByRole("heading", { level: 1, name: "Indennizzi automatici" })).toBeVisible();
    await expectAccessible(page);
  });

  test("administrator switches building", async ({ page }) => {
    await signIn(page, adminEmail);
    await page.goto("/sportello-online/bollette");

    const switcher = page.getByLabel("Fornitura da mostrare");
    const options = await switcher.locator("option").allTextContents();
    expect(options.length).toBeGreaterThan(1);
    await expectAccessible(page);

    const second = options[1]!;
    const supplyCode = second.split(" – ")[0]!;
    await switcher.selectOption({ label: second });
    await page.getByRole("button", { name: "Mostra le bollette" }).click();
    await expect(page.getByRole("table", { name: `Bollette della fornitura ${supplyCode}` })).toBeVisible();

    await page.getByRole("table", { name: /Bollette della fornitura/ }).getByRole("rowheader").first().getByRole("link").first().click();
    await page.waitForURL(/\/sportello-online\/bollette\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.locator("dl").first()).toContainText(supplyCode);
    await expectAccessible(page);
  });

  test("administrator cannot open a holder's bill", async ({ page, consoleErrors }) => {
    await signIn(page, adminEmail);

    const detail = await page.goto(seen.holderBillPath);
    expect(detail?.status()).toBe(404);

    const pdf = await page.request.get(`${seen.holderBillPath}/pdf`);
    expect(pdf.status()).toBe(404);

    const list = await page.goto(`/sportello-online/bollette?fornitura=${seen.holderSupplyId}`);
    expect(list?.status()).toBe(404);

    // Chromium reports each refused document as a console error, and these are the expected 404s.
    const unexpected = consoleErrors.filter((message) => !message.includes("status of 404"));
    consoleErrors.splice(0, consoleErrors.length, ...unexpected);
  });
});
