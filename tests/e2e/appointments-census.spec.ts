import { signIn } from "./support/accounts";
import { expect, expectAccessible, test } from "./support/fixtures";

// A minimal PDF: the upload check reads the "%PDF-" signature.
const attestationPdf = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

test("tenant books and cancels an appointment", async ({ page }) => {
  // Six pages with an axe check each: on a loaded 2-core runner this can pass the default 60 s.
  test.slow();
  await signIn(page, "inquilino@sportello-mm.test");

  await page.goto("/sportello-virtuale/appuntamenti");
  await expect(page.getByRole("heading", { level: 1, name: "I miei appuntamenti" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Sedi e orari" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sedi e sportelli territoriali" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Sede Centro" })).toBeVisible();
  await expectAccessible(page);

  await page.goto("/sportello-virtuale/appuntamenti/nuovo");
  await expect(page.getByRole("heading", { level: 1, name: "Prenota un appuntamento" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel(/^Sede/).selectOption({ label: "Sede Centro – Via Larga 12, 20122 Milano" });
  await page.getByLabel(/^Servizio/).selectOption({ label: "Contratto e nucleo familiare" });
  await page.getByRole("button", { name: "Mostra gli orari liberi" }).click();

  // The next week is always more than 24 hours away, so the booking can be cancelled online.
  await page.getByRole("link", { name: "Settimana successiva" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "2. Orario" })).toBeVisible();
  await expectAccessible(page);

  // Booking without a time explains what is missing.
  await page.getByRole("button", { name: "Prenota" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Scegli un orario tra quelli liberi.");

  await page.getByRole("radio").first().check();
  await page.getByLabel(/^Note per l'operatore/).fill("Cambio di residenza del coniuge");
  await page.getByRole("button", { name: "Prenota" }).click();

  await page.waitForURL(/\/sportello-virtuale\/appuntamenti\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("status").filter({ hasText: "Appuntamento prenotato" })).toBeVisible();
  await expect(page.getByText("Contratto e nucleo familiare")).toBeVisible();
  await expectAccessible(page);

  const calendarHref = await page.getByRole("link", { name: /Scarica l'appuntamento per il calendario/ }).getAttribute("href");
  const calendarFile = await page.request.get(calendarHref!);
  expect(calendarFile.status()).toBe(200);
  expect(calendarFile.headers()["content-type"]).toContain("text/calendar");
  expect(await calendarFile.text()).toContain("BEGIN:VEVENT");

  await page.getByLabel(/^Motivo/).fill("Impegno di lavoro");
  await page.getByRole("button", { name: "Annulla l'appuntamento" }).click();
  await page.waitForURL("/sportello-virtuale/appuntamenti");
  await expect(page.getByRole("status").filter({ hasText: "Appuntamento annullato." })).toBeVisible();
  await expect(page.getByRole("table", { name: /Appuntamenti passati e annullati/ })).toContainText("Annullato");
  await expectAccessible(page);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("tenant fills and submits the census declaration", async ({ page }) => {
    await signIn(page, "inquilino@sportello-mm.test");

    await page.goto("/sportello-virtuale/anagrafe");
    await expect(page.getByRole("heading", { level: 1, name: "Anagrafe utenza" })).toBeVisible();
    await expect(page.getByText("Da compilare")).toBeVisible();
    await expectAccessible(page);

    // The members on file come prefilled, and a first submit shows what is still missing.
    await expect(page.getByLabel(/^Codice fiscale/).first()).not.toHaveValue("");
    await page.getByRole("button", { name: "Invia la dichiarazione" }).click();
    const summary = page.getByTestId("error-summary");
    await expect(summary).toContainText("Scegli la condizione lavorativa.");
    await expect(summary).toContainText("Indica se il nucleo risiede nell'alloggio.");
    await expectAccessible(page);

    const employment = page.locator('select[name$="-employment"]');
    const members = (await employment.count()) - 1;
    for (let index = 0; index < members; index++) {
      await employment.nth(index).selectOption({ label: "Lavoro dipendente" });
    }
    await page.getByRole("radio", { name: "Sì" }).check();
    await page.getByLabel(/^Valore ISEE-ERP/).fill("8.750,00");
    await page.getByLabel(/^Protocollo DSU/).fill("INPS-ISEE-2026-12345678-00");
    await page.getByLabel(/^Data di presentazione della DSU/).fill("2026-11-02");
    await page.getByLabel(/^Telefono$/).fill("+39 333 1234567");

    // Every field is right now but the attestation is missing, and the typed values stay.
    await page.getByRole("button", { name: "Invia la dichiarazione" }).click();
    await expect(summary).toContainText("Allega l'attestazione ISEE in PDF.");
    await expect(page.getByLabel(/^Protocollo DSU/)).toHaveValue("INPS-ISEE-2026-12345678-00");

    await page.getByLabel(/^Attestazione ISEE/).setInputFiles({ name: "attestazione-isee.pdf", mimeType: "application/pdf", buffer: attestationPdf });
    await page.getByRole("button", { name: "Invia la dichiarazione" }).click();

    await expect(page.getByRole("status").filter({ hasText: "Dichiarazione inviata." })).toBeVisible();
    await expect(page.getByRole("region", { name: "Anagrafe utenza 2027" })).toContainText(/Stato:\W*Inviata/);
    await expect(page.getByRole("link", { name: "attestazione-isee.pdf" })).toBeVisible();
    await expectAccessible(page);
  });

  test("tenant books an appointment", async ({ page }) => {
    await signIn(page, "inquilino.titolare@sportello-mm.test");

    await page.goto("/sportello-virtuale/appuntamenti/nuovo");
    await page.getByLabel(/^Sede/).selectOption({ index: 1 });
    await page.getByLabel(/^Servizio/).selectOption({ label: "Segnalazioni di manutenzione" });
    await page.getByRole("button", { name: "Mostra gli orari liberi" }).click();
    await page.getByRole("link", { name: "Settimana successiva" }).click();
    await expectAccessible(page);

    await page.getByRole("radio").first().check();
    await page.getByRole("button", { name: "Prenota" }).click();
    await page.waitForURL(/\/sportello-virtuale\/appuntamenti\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("link", { name: "Sposta l'appuntamento" })).toBeVisible();
    await page.getByRole("link", { name: "Sposta l'appuntamento" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Sposta l'appuntamento" })).toBeVisible();
    await expectAccessible(page);
  });
});

test("operators see the agenda and the census progress", async ({ page }) => {
  await signIn(page, "supervisore@sportello-mm.test");

  await page.goto("/back-office/agenda");
  await expect(page.getByRole("heading", { level: 1, name: "Agenda delle sedi" })).toBeVisible();
  await expectAccessible(page);

  // A date the plain-date arithmetic cannot handle falls back to today instead of failing.
  const farDate = await page.goto("/back-office/agenda?date=9999-12-31");
  expect(farDate?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Agenda delle sedi" })).toBeVisible();

  await page.goto("/back-office/anagrafe");
  await expect(page.getByRole("heading", { level: 1, name: "Anagrafe utenza" })).toBeVisible();
  await expect(page.getByRole("table", { name: /Dichiarazioni di Anagrafe utenza 2027/ })).toBeVisible();
  await expect(page.getByRole("table", { name: "Componenti per fascia d'età" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Dichiarazioni da verificare" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dichiarazioni" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("table").getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1, name: /Dichiarazione di/ })).toBeVisible();
  await expectAccessible(page);

  await page.goto("/back-office/anagrafe/nuova-campagna");
  await expect(page.getByRole("heading", { level: 1, name: "Apri una campagna" })).toBeVisible();
  await expectAccessible(page);
});

test("appointment and census pages in Arabic read right to left", async ({ page }) => {
  await signIn(page, "inquilino.titolare@sportello-mm.test");
  await page.getByRole("button", { name: "العربية" }).click();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");

  await page.goto("/sportello-virtuale/appuntamenti/sedi");
  await expect(page.getByRole("heading", { level: 1, name: "المكاتب ومكاتب الأحياء" })).toBeVisible();
  await expectAccessible(page);

  await page.goto("/sportello-virtuale/anagrafe");
  await expect(page.getByRole("heading", { level: 1, name: "إحصاء المستأجرين" })).toBeVisible();
  await expect(page.getByRole("button", { name: "إرسال الإقرار" })).toBeVisible();
  await expectAccessible(page);
});
