import { signIn } from "./support/accounts";
import { expect, expectAccessible, test } from "./support/fixtures";

const billingPath = "/back-office/fatturazione";

// The seed bills every supply up to 31/10/2026, so a run for that date finds nothing due. Issuing
// a bill with the credit of a due indemnity is covered by tests/integration/billing.
test("supervisor previews and runs billing", async ({ page }) => {
  await signIn(page, "supervisore@sportello-mm.test");
  await page.goto("/back-office");
  await page.getByRole("link", { name: "Fatturazione" }).first().click();

  await expect(page.getByRole("heading", { level: 1, name: "Fatturazione" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Emetti le bollette" }).click();
  await expect(page.getByRole("link", { name: "Inserisci la data di fine del periodo." })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Fine del periodo fatturato").fill("2026-10-31");
  await page.getByRole("button", { name: "Anteprima" }).click();
  const result = page.getByTestId("billing-run-result");
  await expect(result.getByRole("heading", { name: "Anteprima per il periodo fino al 31/10/2026: nessuna bolletta emessa" })).toBeVisible();
  await expect(result).toContainText("Forniture da fatturare");
  await expectAccessible(page);

  await page.getByRole("button", { name: "Emetti le bollette" }).click();
  await expect(result.getByRole("heading", { name: "Fatturazione del periodo fino al 31/10/2026" })).toBeVisible();
  await expect(page.getByTestId("billing-issued-count")).toHaveText("0");

  await page.reload();
  const runs = page.getByRole("table", { name: "Ultime 10 esecuzioni e anteprime della fatturazione" });
  await expect(runs.getByRole("row", { name: /Emissione/ })).toHaveCount(1);
  await expect(runs.getByRole("row", { name: /Anteprima/ })).toHaveCount(1);
  await expectAccessible(page);
});

test("operator cannot open billing", async ({ page, consoleErrors }) => {
  await signIn(page, "operatore.sii@sportello-mm.test");

  const response = await page.goto(billingPath);

  expect(response?.status()).toBe(403);
  // Chromium reports the refused document itself as a console error; it is the expected 403.
  const unexpected = consoleErrors.filter((message) => !message.includes("status of 403"));
  consoleErrors.splice(0, consoleErrors.length, ...unexpected);
});
