import { readFile } from "node:fs/promises";

import type { Page } from "@playwright/test";

import { signIn } from "./support/accounts";
import { expect, expectAccessible, test } from "./support/fixtures";

/** A 1×1 PNG: enough bytes for the upload check to recognize the format. */
const photo = {
  name: "perdita-cucina.png",
  mimeType: "image/png",
  buffer: Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64"),
};

/** Opens the newest statement month from the list; the seed leaves it unpaid for the demo tenant. */
async function openNewestStatement(page: Page): Promise<void> {
  const table = page.getByRole("table");
  await table.getByRole("rowheader").first().getByRole("link").click();
  await page.waitForURL(/\/sportello-virtuale\/canone\/\d{4}-\d{2}$/);
}

async function fileTechnicalReport(page: Page, labels: { category: RegExp; description: RegExp; contactTime: RegExp; photos: RegExp; submit: string }): Promise<void> {
  await page.getByLabel(labels.category).selectOption({ index: 1 });
  await page.getByLabel(labels.description).fill("Dal rubinetto della cucina esce acqua anche quando è chiuso.");
  await page.getByLabel(labels.contactTime).selectOption("morning");
  await page.getByLabel(labels.photos).setInputFiles(photo);
  await page.getByRole("button", { name: labels.submit }).click();
  await page.waitForURL(/\/sportello-virtuale\/segnalazioni\/[0-9a-f-]{36}$/);
}

test("tenant reads the dwelling, the statement and downloads its PDF", async ({ page }) => {
  await signIn(page, "inquilino@sportello-mm.test");

  await page.goto("/sportello-virtuale/alloggio");
  await expect(page.getByRole("heading", { level: 1, name: "Il mio alloggio" })).toBeVisible();
  await expect(page.getByTestId("dwelling-facts")).toContainText("ERP-0001-A-101");
  await expect(page.getByTestId("tenancy-facts")).toContainText(/LOC-\d{6}/);
  await expect(page.getByTestId("caretakers")).toContainText("Giorgio Sala");
  await expect(page.getByTestId("office")).toContainText("Sede Ovest");
  await expectAccessible(page);

  await page.goto("/sportello-virtuale/canone");
  await expect(page.getByRole("heading", { level: 1, name: "Canone e spese" })).toBeVisible();
  await expect(page.getByTestId("arrears-summary")).toContainText("Morosità");
  await expectAccessible(page);

  await openNewestStatement(page);
  await expect(page.getByRole("heading", { level: 1, name: /Estratto conto di/ })).toBeVisible();
  await expect(page.getByTestId("statement-lines")).toContainText("Canone di locazione");
  const notice = page.getByTestId("payment-notice");
  await expect(notice).toBeVisible();
  await expect(page.getByTestId("notice-payload")).toHaveText(/^PAGOPA\|002\|\d{18}\|\d{11}\|\d+$/);
  await expect(page.getByTestId("notice-qr")).toHaveAttribute("alt", /PAGOPA\|002\|/);
  await expectAccessible(page);

  const downloading = page.waitForEvent("download");
  await page.getByTestId("statement-pdf-link").click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^estratto-conto-\d{4}-\d{2}\.pdf$/);
  const bytes = await readFile((await download.path()) ?? "");
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
});

test("another tenant's statement and report answer 404", async ({ page, consoleErrors }) => {
  await signIn(page, "inquilino.titolare@sportello-mm.test");

  // Statement URLs name only the month and load the signed-in tenant's own charge, so a month without one is the case to check.
  const notOwned = await page.goto("/sportello-virtuale/canone/1999-01");
  expect(notOwned?.status()).toBe(404);
  const pdf = await page.request.get("/sportello-virtuale/canone/1999-01/pdf");
  expect(pdf.status()).toBe(404);
  const report = await page.goto("/sportello-virtuale/segnalazioni/00000000-0000-4000-8000-000000000000");
  expect(report?.status()).toBe(404);
  await expectAccessible(page);

  const unexpected = consoleErrors.filter((message) => !message.includes("status of 404"));
  consoleErrors.splice(0, consoleErrors.length, ...unexpected);
});

test("emergency form shows the numbers to call first", async ({ page }) => {
  await signIn(page, "inquilino@sportello-mm.test");

  await page.goto("/sportello-virtuale/segnalazioni/nuova/emergenza");
  const numbers = page.getByTestId("emergency-numbers");
  await expect(numbers).toContainText("800 013 191");
  await expect(numbers).toContainText("112");
  const numbersBox = await numbers.boundingBox();
  const formBox = await page.getByTestId("report-form").boundingBox();
  expect(numbersBox).not.toBeNull();
  expect(formBox).not.toBeNull();
  expect(numbersBox!.y).toBeLessThan(formBox!.y);
  await expectAccessible(page);
});

test("caretaker lists the common-area reports of their buildings", async ({ page }) => {
  await signIn(page, "custode@sportello-mm.test");

  await page.goto("/sportello-virtuale/segnalazioni");
  await expect(page.getByRole("heading", { level: 1, name: "Le mie segnalazioni" })).toBeVisible();
  await expectAccessible(page);

  await page.goto("/sportello-virtuale/segnalazioni/nuova/tecnica");
  await expect(page.getByLabel(/^Stabile/)).toBeVisible();
  await expectAccessible(page);
});

test("tenant asks for a household change and an operator approves it", async ({ page }) => {
  await signIn(page, "inquilino@sportello-mm.test");

  await page.goto("/sportello-virtuale/contatti");
  await expect(page.getByRole("heading", { level: 1, name: "Recapiti" })).toBeVisible();
  await expectAccessible(page);

  await page.goto("/sportello-virtuale/nucleo");
  await expect(page.getByRole("heading", { level: 1, name: "Nucleo familiare" })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel(/^Tipo di variazione/).selectOption("birth");
  await page.getByLabel(/^Data della variazione/).fill("2026-11-10");
  await page.getByLabel(/^Nome/).fill("Sofia");
  await page.getByLabel(/^Cognome/).fill("Mancini");
  await page.getByLabel(/^Codice fiscale/).fill("MNCSFO26S50F205D");
  await page.getByLabel(/^Data di nascita/).fill("2026-11-10");
  await page.getByLabel(/^Documenti/).setInputFiles({ name: "certificato-nascita.png", mimeType: "image/png", buffer: photo.buffer });
  await page.getByRole("button", { name: "Invia la richiesta" }).click();
  await expect(page.getByTestId("household-requests")).toContainText("Sofia Mancini");
  await expect(page.getByTestId("household-members")).not.toContainText("Sofia Mancini");
  await expectAccessible(page);

  await page.context().clearCookies();
  await signIn(page, "operatore.casa@sportello-mm.test");
  await page.goto("/back-office/nuclei");
  await expect(page.getByRole("heading", { level: 1, name: "Variazioni del nucleo" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("row", { name: /Sofia Mancini/ }).getByRole("link").click();
  await expect(page.getByTestId("household-change-request")).toContainText("MNCSFO26S50F205D");
  await expectAccessible(page);
  await page.getByRole("radio", { name: "Approva e aggiorna il nucleo" }).check();
  await page.getByRole("button", { name: "Conferma la decisione" }).click();
  await expect(page.getByTestId("current-members")).toContainText("Sofia Mancini");
  await expectAccessible(page);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("tenant files a technical report with a photo", async ({ page }) => {
    await signIn(page, "inquilino@sportello-mm.test");

    await page.goto("/sportello-virtuale/segnalazioni");
    await expect(page.getByRole("heading", { level: 1, name: "Le mie segnalazioni" })).toBeVisible();
    await expectAccessible(page);

    await page.getByRole("link", { name: "Nuova segnalazione" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Nuova segnalazione" })).toBeVisible();
    await expect(page.getByTestId("emergency-numbers")).toContainText("800 013 191");
    await expectAccessible(page);

    await page.getByRole("link", { name: "Guasto o problema tecnico" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Guasto o problema tecnico" })).toBeVisible();
    await page.getByRole("button", { name: "Invia la segnalazione" }).click();
    await expect(page.getByTestId("error-summary")).toContainText("Scegli il tipo di problema.");
    await expectAccessible(page);

    await fileTechnicalReport(page, { category: /^Tipo di problema/, description: /^Descrizione/, contactTime: /^Quando possiamo contattarti/, photos: /^Foto o documenti/, submit: "Invia la segnalazione" });
    const receipt = page.getByTestId("report-receipt");
    await expect(receipt).toContainText(/CASA-\d{4}-\d{6}/);
    await expect(page.getByTestId("report-photos")).toContainText("perdita-cucina.png");
    await expectAccessible(page);
  });

  test("tenant reads the statement on a phone", async ({ page }) => {
    await signIn(page, "inquilino@sportello-mm.test");

    await page.goto("/sportello-virtuale/canone");
    await openNewestStatement(page);
    await expect(page.getByTestId("payment-notice")).toBeVisible();
    await expectAccessible(page);
  });
});

test("the tenant flow in Arabic renders right to left", async ({ page }) => {
  await signIn(page, "inquilino@sportello-mm.test");
  await page.getByRole("button", { name: "العربية" }).click();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");

  await page.goto("/sportello-virtuale/canone");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1, name: "الإيجار والرسوم" })).toBeVisible();
  await expectAccessible(page);

  await openNewestStatement(page);
  await expect(page.getByTestId("payment-notice")).toBeVisible();
  await expectAccessible(page);

  await page.goto("/sportello-virtuale/segnalazioni/nuova/tecnica");
  await expect(page.getByRole("heading", { level: 1, name: "عطل أو مشكلة فنية" })).toBeVisible();
  await expectAccessible(page);
  await fileTechnicalReport(page, { category: /^نوع المشكلة/, description: /^الوصف/, contactTime: /^متى يمكننا التواصل معك/, photos: /^صور أو وثائق/, submit: "أرسل البلاغ" });
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByTestId("report-receipt")).toContainText(/CASA-\d{4}-\d{6}/);
  await expectAccessible(page);
});
