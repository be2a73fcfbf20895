import { signIn } from "./support/accounts";
import { expect, expectAccessible, test } from "./support/fixtures";

test("holder files and lists a complaint", async ({ page }) => {
  await signIn(page, "titolare@sportello-mm.test");

  await page.goto("/sportello-online/richieste");
  await expect(page.getByRole("heading", { level: 1, name: "Le mie richieste" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Nuova richiesta" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nuova richiesta" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Reclamo" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Reclamo" })).toBeVisible();

  // The regulation's minimum data comes prefilled from the account.
  await expect(page.getByLabel(/^Nome e cognome/)).not.toHaveValue("");
  await expect(page.getByLabel(/^Indirizzo di fornitura/)).not.toHaveValue("");
  await expect(page.getByLabel(/^Codice cliente/)).not.toHaveValue("");

  // A first submit with a too-short text keeps the values and explains the error in Italian.
  await page.getByLabel(/^Servizio/).selectOption({ label: "Fatturazione" });
  await page.getByLabel(/^Descrizione/).fill("Breve");
  await page.getByRole("button", { name: "Invia la richiesta" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Scrivi una descrizione di almeno 10 caratteri.");
  await expect(page.getByLabel(/^Descrizione/)).toHaveValue("Breve");
  await expectAccessible(page);

  await page.getByLabel(/^Descrizione/).fill("L'ultima bolletta riporta consumi doppi rispetto allo stesso periodo dell'anno scorso.");
  await page.getByRole("button", { name: "Invia la richiesta" }).click();

  await page.waitForURL(/\/sportello-online\/richieste\/[0-9a-f-]{36}$/);
  const receipt = page.getByTestId("request-receipt");
  await expect(receipt).toContainText(/SII-\d{4}-\d{6}/);
  await expect(receipt).toContainText(/Risposta entro il \d{2}\/\d{2}\/\d{4}/);
  const protocol = (await receipt.textContent())?.match(/SII-\d{4}-\d{6}/)?.[0] ?? "";
  await expectAccessible(page);

  await page.getByRole("link", { name: "Le mie richieste" }).first().click();
  await expect(page).toHaveURL("/sportello-online/richieste");
  const row = page.getByRole("row", { name: new RegExp(protocol) });
  await expect(row).toContainText("Reclamo");
  await expect(row).toContainText(/risposta entro il \d{2}\/\d{2}\/\d{4}/);
  await expectAccessible(page);
});

test("unknown request id answers 404", async ({ page, consoleErrors }) => {
  await signIn(page, "titolare@sportello-mm.test");

  const response = await page.goto("/sportello-online/richieste/00000000-0000-4000-8000-000000000000");

  expect(response?.status()).toBe(404);
  await expectAccessible(page);
  // Chromium reports the refused document itself as a console error; it is the expected 404.
  const unexpected = consoleErrors.filter((message) => !message.includes("status of 404"));
  consoleErrors.splice(0, consoleErrors.length, ...unexpected);
});
