import { signIn } from "./support/accounts";
import { expect, expectAccessible, test } from "./support/fixtures";

// One story across three roles, so the tests share the application filed by the first one.
test.describe.configure({ mode: "serial" });

let applicationReference = "";

/** Today's date and a time in the past, as a datetime-local input takes them. */
function earlierToday(): string {
  const now = new Date();
  const date = now.toISOString().slice(0, 10);
  return `${date}T00:05`;
}

test("CAF files an application that fails the address check", async ({ page }) => {
  await signIn(page, "caf@sportello-mm.test");

  await page.goto("/caf/domande-bonus");
  await expect(page.getByRole("heading", { level: 1, name: "Domande bonus idrico" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Nuova domanda" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nuova domanda di bonus idrico" })).toBeVisible();
  await expectAccessible(page);

  // A wrong check letter is reported next to the field and in the summary, and the values stay.
  await page.locator("#applicantFamilyName").fill("Rossi");
  await page.locator("#applicantGivenName").fill("Mario");
  await page.locator("#applicantFiscalCode").fill("RSSMRA45D25F205A");
  await page.locator("#street").fill("C.so Buenos Aires");
  await page.locator("#houseNumber").fill("47");
  await page.locator("#postalCode").fill("20124");
  await page.locator("#iseeEuros").fill("7.500,00");
  await page.locator("#dsuProtocol").fill("INPS-ISEE-2026-00098765-00");
  await page.locator("#dsuDate").fill("2026-01-15");
  await page.locator("#competenceYear").selectOption("2026");
  await page.locator("#supplyKind").selectOption("direct");
  await page.getByRole("button", { name: "Presenta la domanda" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("L'ultimo carattere del codice fiscale non corrisponde");
  await expect(page.locator("#street")).toHaveValue("C.so Buenos Aires");
  await expectAccessible(page);

  await page.locator("#applicantFiscalCode").fill("RSSMRA45D25F205N");
  await page.getByRole("button", { name: "Presenta la domanda" }).click();
  await page.waitForURL(/\/caf\/domande-bonus\/[0-9a-f-]{36}$/);

  const heading = await page.getByRole("heading", { level: 1 }).textContent();
  applicationReference = heading?.match(/CAF-[A-Z0-9-]+/)?.[0] ?? "";
  expect(applicationReference).not.toBe("");
  await expect(page.locator('[data-check="addressMatch"]')).toHaveAttribute("data-outcome", "failed");
  await expect(page.locator('[data-check="addressMatch"]')).toContainText("Indirizzo simile ma non identico");
  await expectAccessible(page);
});

test("operator inspects and accepts the application", async ({ page }) => {
  await signIn(page, "operatore.sii@sportello-mm.test");

  await page.goto("/back-office/bonus-idrico?failedCheck=addressMatch");
  await expect(page.getByRole("heading", { level: 1, name: "Bonus sociale idrico" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: applicationReference }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Domanda ${applicationReference}` })).toBeVisible();
  await expectAccessible(page);

  const schedule = page.getByRole("region", { name: "Programma un sopralluogo" });
  await schedule.getByLabel(/^Data e ora/).fill(earlierToday());
  await schedule.getByLabel(/^Ispettore/).selectOption({ index: 1 });
  await schedule.getByRole("button", { name: "Programma il sopralluogo" }).click();
  await expect(page.getByText("Sopralluogo programmato.")).toBeVisible();

  const record = page.getByRole("region", { name: "Registra il sopralluogo" });
  await record.getByLabel(/^Esito/).selectOption("confirmed");
  await record.getByLabel(/^Eseguito il/).fill(earlierToday());
  await record.getByLabel(/^Note/).fill("Il nucleo risiede al civico 45: il 47 è un errore di trascrizione.");
  await record.getByRole("button", { name: "Registra l'esito" }).click();
  await expect(page.getByText("Esito del sopralluogo registrato.")).toBeVisible();
  await expect(page.locator('[data-check="addressMatch"]')).toHaveAttribute("data-outcome", "waived");
  await expectAccessible(page);

  const decide = page.getByRole("region", { name: "Decidi la domanda" });
  await decide.getByLabel(/^Decisione/).selectOption("accepted");
  await decide.getByRole("button", { name: "Registra la decisione" }).click();
  await expect(page.getByText("Domanda accolta.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Cronologia" })).toContainText("Domanda accolta");
  await expectAccessible(page);
});

test("operator sees batches and the historic statistics", async ({ page }) => {
  await signIn(page, "operatore.sii@sportello-mm.test");

  await page.goto("/back-office/bonus-idrico/lotti");
  await expect(page.getByRole("heading", { level: 1, name: "Lotti nazionali" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Tracciato del file" })).toBeVisible();
  await expectAccessible(page);

  // One good row and one with an ISEE that is not an amount: the good one is imported, the other listed.
  const header = (await page.locator("pre").textContent())?.split("\n")[0] ?? "";
  const suffix = Date.now();
  const member = "BNCLRA80C52F205Q";
  const rows = [
    `E2E-${suffix}-1;${member};Bianchi;Laura;${member}/Bianchi/Laura;1;0;6000,00;DSU-E2E-${suffix};2026-01-10;Via Padova;30;20127;Milano;2026-01-01;2026-12-31;INDIRETTA;`,
    `E2E-${suffix}-2;${member};Bianchi;Laura;${member}/Bianchi/Laura;1;0;seimila;DSU-E2E-${suffix};2026-01-10;Via Padova;30;20127;Milano;2026-01-01;2026-12-31;INDIRETTA;`,
  ];
  const file = { name: `lotto-${suffix}.csv`, mimeType: "text/csv", buffer: Buffer.from([header, ...rows].join("\n")) };

  await page.getByLabel(/^File del lotto/).setInputFiles(file);
  await page.getByRole("button", { name: "Importa il lotto" }).click();
  await expect(page.getByText(/importato: 1 domanda creata/)).toBeVisible();
  await expect(page.getByTestId("batch-row-error")).toHaveCount(1);
  await expect(page.getByTestId("batch-row-error")).toContainText("Il valore ISEE non è un importo in euro");
  await expectAccessible(page);

  await page.getByLabel(/^File del lotto/).setInputFiles(file);
  await page.getByRole("button", { name: "Importa il lotto" }).click();
  await expect(page.getByText(/è già stato importato nel lotto/)).toBeVisible();

  await page.goto("/back-office/bonus-idrico/statistiche?anno=2019");
  const cards = page.getByTestId("bonus-stat-cards");
  await expect(cards).toContainText("1671");
  await expect(cards).toContainText("1591");
  await expect(cards).toContainText("95,2%");
  await expect(page.getByRole("region", { name: "Per anno di inizio" })).toContainText("1562");
  await expect(page.getByRole("region", { name: "Per anno di inizio" })).toContainText("109");
  await expectAccessible(page);
});

test("holder sees the credit for the next bill", async ({ page }) => {
  await signIn(page, "titolare@sportello-mm.test");

  await page.goto("/sportello-online/bonus");
  await expect(page.getByRole("heading", { level: 1, name: "Bonus idrico" })).toBeVisible();
  const application = page.getByTestId("holder-bonus-application").filter({ hasText: applicationReference });
  await expect(application).toContainText("Accolta");
  await expect(application.getByTestId("holder-next-bill-credit")).toContainText("Nella prossima bolletta: accredito di");
  await expectAccessible(page);
});
