import type { Page } from "@playwright/test";

import { signIn } from "./support/accounts";
import { expect, expectAccessible, test } from "./support/fixtures";

/** Reads an Italian-formatted whole number such as "1.234". */
function wholeNumber(text: string): number {
  return Number(text.replace(/\D/g, ""));
}

/** Returns the links of the supply codes in the list on the page. */
function supplyLinks(page: Page) {
  return page.getByRole("table", { name: /Le tue forniture/ }).getByRole("rowheader").getByRole("link");
}

test("holder sends a self-reading and sees it in the history", async ({ page }) => {
  await signIn(page, "titolare@sportello-mm.test");

  await page.goto("/sportello-online/forniture");
  await expect(page.getByRole("heading", { level: 1, name: "Forniture" })).toBeVisible();
  await expectAccessible(page);

  await supplyLinks(page).first().click();
  await expect(page.getByRole("heading", { level: 1, name: /^Fornitura \d{10}$/ })).toBeVisible();
  await expectAccessible(page);

  // The new value is one above the highest reading shown, so it is never lower than the last valid one.
  const history = page.getByRole("table", { name: /Storico delle letture/ });
  const figures = await history.locator("tbody tr td:nth-child(2)").allTextContents();
  const value = Math.max(...figures.map(wholeNumber)) + 1;

  await page.getByRole("link", { name: "Invia l'autolettura" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Invia l'autolettura" })).toBeVisible();
  await expectAccessible(page);

  // A value with a comma is refused with its own message, and the typed text stays.
  await page.getByLabel(/^Lettura in metri cubi/).fill("12,5");
  await page.getByRole("button", { name: "Invia la lettura" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Inserisci solo i metri cubi interi");
  await expect(page.getByLabel(/^Lettura in metri cubi/)).toHaveValue("12,5");
  await expectAccessible(page);

  await page.getByLabel(/^Lettura in metri cubi/).fill(String(value));
  await page.getByRole("button", { name: "Invia la lettura" }).click();

  // The demo data may contain an unusual reading above the last valid one. The form then requests a confirmation.
  const receiptUrl = /\/sportello-online\/forniture\/[0-9a-f-]{36}\/letture\/[0-9a-f-]{36}$/;
  const confirmation = page.getByLabel("Confermo che la lettura è corretta");
  await expect(page).toHaveURL(receiptUrl).catch(async () => {
    await confirmation.check();
    await page.getByRole("button", { name: "Invia la lettura" }).click();
    await expect(page).toHaveURL(receiptUrl);
  });

  await expect(page.getByRole("heading", { level: 1, name: "Ricevuta dell'autolettura" })).toBeVisible();
  const protocol = (await page.getByTestId("reading-protocol").textContent()) ?? "";
  expect(protocol).toMatch(/^AL-\d{4}-\d{6}$/);
  await expectAccessible(page);

  await page.getByRole("link", { name: "Torna alla fornitura" }).click();
  const row = page.getByRole("table", { name: /Storico delle letture/ }).getByRole("row", { name: new RegExp(protocol) });
  await expect(row).toContainText("Autolettura");
  await expect(row).toContainText(new Intl.NumberFormat("it-IT").format(value));
  await expectAccessible(page);

  // The menu entry leads to the same form through a supply picker.
  await page.goto("/sportello-online/autolettura");
  await expect(page.getByRole("heading", { level: 1, name: "Autolettura" })).toBeVisible();
  await expectAccessible(page);
});

test("administrator switches building and sees only its data", async ({ page, browser }) => {
  await signIn(page, "amministratore@sportello-mm.test");

  await page.goto("/sportello-online/forniture");
  const codes = await supplyLinks(page).allTextContents();
  expect(codes.length).toBeGreaterThanOrEqual(2);
  await expectAccessible(page);

  await supplyLinks(page).nth(0).click();
  await expect(page.getByRole("heading", { level: 1, name: `Fornitura ${codes[0]}` })).toBeVisible();
  await expect(page.getByText("Condominiale").first()).toBeVisible();
  const firstUrl = page.url();

  await page.getByRole("link", { name: "Cambia fornitura" }).click();
  await page.getByRole("searchbox", { name: "Cerca" }).fill(codes[1]!);
  await page.getByRole("button", { name: "Cerca", exact: true }).click();
  await expect(supplyLinks(page)).toHaveText([codes[1]!]);
  await supplyLinks(page).first().click();

  await expect(page.getByRole("heading", { level: 1, name: `Fornitura ${codes[1]}` })).toBeVisible();
  await expect(page.getByRole("main")).not.toContainText(codes[0]!);
  await expectAccessible(page);

  // The revoked mandate's supply is listed among the mandates but cannot be opened or found.
  await page.goto("/sportello-online/mandati");
  await expect(page.getByRole("heading", { level: 1, name: "Mandati" })).toBeVisible();
  const revokedRow = page.getByRole("row").filter({ hasText: "Revocato" }).first();
  const revokedCode = ((await revokedRow.getByRole("rowheader").textContent()) ?? "").trim();
  await expectAccessible(page);

  await page.goto(`/sportello-online/forniture?q=${revokedCode}`);
  await expect(page.getByText("Nessuna fornitura corrisponde alla ricerca")).toBeVisible();

  await page.goto("/sportello-online/mandati/nuovo");
  await page.getByRole("button", { name: "Invia la richiesta" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Inserisci il codice utenza del condominio.");
  await expect(page.getByTestId("error-summary")).toContainText("Allega almeno un documento.");
  await expectAccessible(page);

  // A holder opening the administrator's building gets the same 404 as an unknown id.
  const holderContext = await browser.newContext({ locale: "it-IT" });
  const holderPage = await holderContext.newPage();
  await signIn(holderPage, "titolare@sportello-mm.test");
  const response = await holderPage.goto(firstUrl);
  expect(response?.status()).toBe(404);
  await holderContext.close();
});

test("operator reviews readings and mandates", async ({ page }) => {
  await signIn(page, "operatore.sii@sportello-mm.test");

  await page.goto("/back-office/letture");
  await expect(page.getByRole("heading", { level: 1, name: "Letture da verificare" })).toBeVisible();
  await expectAccessible(page);

  const readingLinks = page.getByRole("table", { name: /Letture in attesa/ }).getByRole("rowheader").getByRole("link");
  const protocol = ((await readingLinks.first().textContent()) ?? "").trim();
  await readingLinks.first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Verifica della lettura" })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel(/^Esito/).selectOption("reject");
  await page.getByRole("button", { name: "Registra la decisione" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Scrivi il motivo del rifiuto");
  await page.getByLabel(/^Motivo/).fill("La foto non mostra le cifre: invia una nuova lettura.");
  await page.getByRole("button", { name: "Registra la decisione" }).click();
  await expect(page).toHaveURL("/back-office/letture");
  await expect(page.getByRole("main")).not.toContainText(protocol);

  await page.goto("/back-office/mandati");
  await expect(page.getByRole("heading", { level: 1, name: "Mandati degli amministratori" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("table", { name: /Mandati nello stato/ }).getByRole("rowheader").getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 2, name: "Decisione" })).toBeVisible();
  await expectAccessible(page);
});
