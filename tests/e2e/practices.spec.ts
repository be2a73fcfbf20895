import { signIn } from "./support/accounts";
import { expect, expectAccessible, test } from "./support/fixtures";

/** The smallest file the portal's content check recognises as a PDF. */
const samplePdf = {
  name: "carta-identita.pdf",
  mimeType: "application/pdf",
  buffer: Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"),
};

test("holder files a complaint with an attachment and gets the receipt", async ({ page }) => {
  await signIn(page, "titolare@sportello-mm.test");

  await page.goto("/sportello-online/richieste/nuova/reclamo");
  await expect(page.getByRole("heading", { level: 1, name: "Reclamo" })).toBeVisible();

  await page.getByLabel(/^Servizio/).selectOption({ label: "Fatturazione" });
  await page.getByLabel(/^Descrizione/).fill("La bolletta allegata riporta una lettura che non corrisponde al contatore.");
  await page.getByLabel(/^Allegati/).setInputFiles({ ...samplePdf, name: "bolletta.pdf" });
  await page.getByRole("button", { name: "Invia la richiesta" }).click();

  await page.waitForURL(/\/sportello-online\/richieste\/[0-9a-f-]{36}$/);
  const receipt = page.getByTestId("request-receipt");
  await expect(receipt).toContainText(/SII-\d{4}-\d{6}/);
  await expect(receipt).toContainText(/Risposta entro il \d{2}\/\d{2}\/\d{4}/);
  await expect(page.getByTestId("request-timeline")).toContainText("bolletta.pdf");
  await expectAccessible(page);

  const receiptUrl = await page.getByTestId("request-receipt-link").getAttribute("href");
  const pdf = await page.request.get(receiptUrl ?? "");
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
});

test("holder submits a direct-debit practice with a document", async ({ page }) => {
  await signIn(page, "titolare@sportello-mm.test");

  await page.goto("/sportello-online/richieste");
  await page.getByRole("navigation", { name: "Le mie richieste" }).getByRole("link", { name: "Pratiche" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Le mie pratiche" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Nuova pratica" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nuova pratica" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Domiciliazione bancaria (SEPA)" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Domiciliazione bancaria (SEPA)" })).toBeVisible();
  await expectAccessible(page);

  // A first submit with a wrong IBAN and no document keeps the values and explains both errors.
  await page.getByLabel(/^Fornitura|^Codice utenza/).selectOption({ index: 1 });
  await page.getByLabel(/^Intestatario del conto/).fill("Mario Rossi");
  await page.getByLabel(/^Codice fiscale dell'intestatario del conto/).fill("RSSMRA45D25F205N");
  await page.getByLabel(/^IBAN/).fill("IT61X0542811101000000123456");
  await page.getByLabel(/^Autorizzo MM/).check();
  await page.getByRole("button", { name: "Invia la pratica" }).click();

  const summary = page.getByTestId("error-summary");
  await expect(summary).toContainText("L'IBAN contiene un errore");
  await expect(summary).toContainText("Allega almeno un documento.");
  await expect(page.getByLabel(/^Intestatario del conto/)).toHaveValue("Mario Rossi");
  await expectAccessible(page);

  await page.getByLabel(/^IBAN/).fill("IT60 X054 2811 1010 0000 0123 456");
  await page.getByLabel(/^Documento d'identità/).setInputFiles(samplePdf);
  await page.getByRole("button", { name: "Invia la pratica" }).click();

  await page.waitForURL(/\/sportello-online\/pratiche\/[0-9a-f-]{36}$/);
  const receipt = page.getByTestId("practice-receipt");
  await expect(receipt).toContainText(/PR-\d{4}-\d{6}/);
  await expect(receipt).toContainText("Inviata");
  await expect(page.getByTestId("practice-documents")).toContainText("carta-identita.pdf");
  await expect(page.getByTestId("practice-timeline")).toContainText("Pratica inviata");
  const protocol = (await receipt.textContent())?.match(/PR-\d{4}-\d{6}/)?.[0] ?? "";
  await expectAccessible(page);

  const pdf = await page.request.get((await page.getByTestId("practice-receipt-link").getAttribute("href")) ?? "");
  expect(pdf.headers()["content-type"]).toBe("application/pdf");

  const document = await page.request.get((await page.getByTestId("practice-documents").getByRole("link").first().getAttribute("href")) ?? "");
  expect(document.status()).toBe(200);

  await page.goto("/sportello-online/pratiche");
  const row = page.getByRole("row", { name: new RegExp(protocol) });
  await expect(row).toContainText("Domiciliazione bancaria (SEPA)");
  await expect(row).toContainText("Inviata");
  await expectAccessible(page);

  await page.goto("/notifiche");
  await page.getByRole("link", { name: `Abbiamo ricevuto la tua pratica ${protocol}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Pratica ${protocol}` })).toBeVisible();
});

test("every practice form passes axe", async ({ page }) => {
  await signIn(page, "titolare@sportello-mm.test");

  for (const slug of ["allacciamento", "subentro", "voltura", "cessazione", "variazione-recapiti", "bolletta-email"]) {
    await page.goto(`/sportello-online/pratiche/nuova/${slug}`);
    await expect(page.getByTestId("practice-form")).toBeVisible();
    await expectAccessible(page);
  }
});

test("operator asks the customer for more documents", async ({ page }) => {
  await signIn(page, "operatore.sii@sportello-mm.test");

  await page.goto("/back-office/pratiche");
  await expect(page.getByRole("heading", { level: 1, name: "Pratiche" })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Tipo di pratica").selectOption({ label: "Domiciliazione bancaria (SEPA)" });
  await page.getByLabel("Stato").selectOption({ label: "Inviata" });
  await page.getByRole("button", { name: "Applica i filtri" }).click();
  await expect(page).toHaveURL(/kind=sepaMandate/);

  await page.getByRole("table").getByRole("link").first().click();
  await page.waitForURL(/\/back-office\/pratiche\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("practice-payload")).toContainText("IT60 X054 2811 1010 0000 0123 456");
  await expectAccessible(page);

  // The waiting state needs a message for the customer.
  await page.getByLabel(/^Nuovo stato/).selectOption({ label: "In attesa di tue integrazioni" });
  await page.getByRole("button", { name: "Aggiorna lo stato" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Scrivi il messaggio per il cliente");
  await expectAccessible(page);

  await page.getByLabel(/^Messaggio per il cliente/).fill("Serve anche il retro del documento d'identità.");
  await page.getByRole("button", { name: "Aggiorna lo stato" }).click();
  await expect(page.getByTestId("practice-timeline")).toContainText("Serve anche il retro del documento d'identità.");
  await expect(page.getByTestId("practice-timeline")).toContainText("Stato: In attesa di tue integrazioni");
  await expectAccessible(page);
  const practicePath = new URL(page.url()).pathname.replace("/back-office/", "/sportello-online/");

  // The customer reads the operator's message in the practice's timeline.
  await page.context().clearCookies();
  await signIn(page, "titolare@sportello-mm.test");
  await page.goto(practicePath);
  await expect(page.getByTestId("practice-timeline")).toContainText("Serve anche il retro del documento d'identità.");
  await expectAccessible(page);
});

test("holder answers the operator with a document", async ({ page }) => {
  await signIn(page, "titolare@sportello-mm.test");

  // The seeded change of contacts waits for the holder's identity document.
  await page.goto("/sportello-online/pratiche");
  const row = page.getByRole("row").filter({ hasText: "Variazione di indirizzo o recapiti" }).filter({ hasText: "In attesa di tue integrazioni" });
  await row.getByRole("link").click();
  await page.waitForURL(/\/sportello-online\/pratiche\/[0-9a-f-]{36}$/);
  const protocol = (await page.getByTestId("practice-receipt").textContent())?.match(/PR-\d{4}-\d{6}/)?.[0] ?? "";
  await expect(page.getByTestId("practice-timeline")).toContainText("ci serve una copia del documento d'identità");
  await expect(page.getByRole("heading", { level: 2, name: "Rispondi alla richiesta" })).toBeVisible();
  await expectAccessible(page);

  // An answer without a message is rejected with the reason next to the field.
  await page.getByRole("button", { name: "Invia la risposta" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Scrivi la tua risposta.");
  await expectAccessible(page);

  await page.getByLabel(/^La tua risposta/).fill("Allego la carta d'identità, fronte e retro.");
  await page.getByLabel("Documenti", { exact: true }).setInputFiles({ ...samplePdf, name: "carta-identita-rossi.pdf" });
  await page.getByRole("button", { name: "Invia la risposta" }).click();

  await expect(page.getByText(`Risposta inviata. La pratica ${protocol} torna all'operatore.`)).toBeVisible();
  await expect(page.getByTestId("practice-timeline")).toContainText("Risposta del cliente. Stato: In lavorazione");
  await expect(page.getByTestId("practice-timeline")).toContainText("Allego la carta d'identità, fronte e retro.");
  await expect(page.getByTestId("practice-documents")).toContainText("carta-identita-rossi.pdf");
  await expect(page.getByTestId("practice-answer-form")).toHaveCount(0);
  await expectAccessible(page);

  // The assigned operator is notified and finds the answer and the document in the back-office.
  await page.context().clearCookies();
  await signIn(page, "operatore.sii@sportello-mm.test");
  await page.goto("/notifiche");
  await page.getByRole("link", { name: `La pratica ${protocol} ha cambiato stato` }).first().click();
  await page.waitForURL(/\/back-office\/pratiche\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("practice-timeline")).toContainText("Allego la carta d'identità, fronte e retro.");
  const documentLink = page.getByTestId("practice-documents").getByRole("link", { name: /carta-identita-rossi\.pdf/ });
  await expect(documentLink).toBeVisible();
  await expectAccessible(page);

  const document = await page.request.get((await documentLink.getAttribute("href")) ?? "");
  expect(document.status()).toBe(200);
  expect((await document.body()).subarray(0, 5).toString()).toBe("%PDF-");
});
