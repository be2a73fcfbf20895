import type { Page } from "@playwright/test";

import { signIn } from "./support/accounts";
import { expect, expectAccessible, test } from "./support/fixtures";
import { readCapturedEmails, type CapturedEmail } from "./support/smtp-capture";

const customerEmail = "titolare@sportello-mm.test";

// The smallest PNG the upload check accepts: the signature and an IHDR chunk.
const pngBytes = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000a49444154789c6300010000050001", "hex");

/** Waits until the capture server has a message to the customer whose subject contains `subjectPart`. */
async function waitForEmail(subjectPart: string): Promise<CapturedEmail> {
  let found: CapturedEmail | undefined;

  await expect
    .poll(
      () => {
        found = readCapturedEmails().find((email) => email.recipients.includes(customerEmail) && email.subject.includes(subjectPart));
        return found !== undefined;
      },
      { timeout: 30_000, message: `e-mail "${subjectPart}" to ${customerEmail}` },
    )
    .toBe(true);
  return found!;
}

/** Moves the ticket on the operator's page and waits for the move in its timeline. */
async function changeState(page: Page, from: string, to: string): Promise<void> {
  await page.getByLabel(/^Nuovo stato/).selectOption({ label: to });
  await page.getByRole("button", { name: "Cambia stato" }).click();
  await expect(page.getByRole("heading", { name: `Stato cambiato da «${from}» a «${to}»` })).toBeVisible();
}

test("request from filing to rating", async ({ browser, page }) => {
  test.setTimeout(180_000);
  const stamp = Date.now();

  // The customer files an information request and gets its protocol.
  await signIn(page, customerEmail);
  await page.goto("/sportello-online/richieste/nuova");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Richiesta di informazioni" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Richiesta di informazioni" })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel(/^Oggetto/).fill(`Orari dello sportello ${stamp}`);
  await page.getByLabel(/^Descrizione/).fill("Vorrei sapere gli orari di apertura dello sportello di via Meda.");
  await page.getByRole("button", { name: "Invia la richiesta" }).click();
  await page.waitForURL(/\/sportello-online\/richieste\/[0-9a-f-]{36}$/);
  const requestUrl = page.url();
  const receipt = page.getByTestId("request-receipt");
  await expect(receipt).toContainText(/SII-\d{4}-\d{6}/);
  const protocol = (await receipt.textContent())!.match(/SII-\d{4}-\d{6}/)![0];
  await expectAccessible(page);

  const receiptEmail = await waitForEmail(protocol);
  expect(receiptEmail.text).toContain(protocol);

  // The operator finds it by protocol, replies with a file and adds an internal note with another.
  const operatorContext = await browser.newContext();
  const operator = await operatorContext.newPage();
  await signIn(operator, "operatore.sii@sportello-mm.test");
  await operator.goto(`/back-office/ticket?q=${protocol}`);
  await expectAccessible(operator);
  await operator.getByRole("link", { name: protocol }).click();
  await expect(operator.getByRole("heading", { level: 1, name: `Segnalazione ${protocol}` })).toBeVisible();
  await expectAccessible(operator);

  const reply = `Lo sportello di via Meda è aperto dal lunedì al venerdì, 8.30-13.00 (${stamp}).`;
  await operator.getByLabel("Testo della risposta").fill(reply);
  await operator.getByLabel(/^Allegati per il cliente/).setInputFiles({ name: "orari.png", mimeType: "image/png", buffer: pngBytes });
  await operator.getByRole("button", { name: "Invia la risposta" }).click();
  await expect(operator.getByTestId("timeline-entry").filter({ hasText: reply })).toBeVisible();
  await expect(operator.getByRole("link", { name: "orari.png" })).toBeVisible();

  const note = `Verificato con la sede: orari confermati dal responsabile ${stamp}.`;
  await operator.getByLabel("Testo della nota").fill(note);
  await operator.getByLabel(/^Allegati interni/).setInputFiles({ name: "appunto-interno.png", mimeType: "image/png", buffer: pngBytes });
  await operator.getByRole("button", { name: "Salva la nota" }).click();
  await expect(operator.getByTestId("timeline-entry").filter({ hasText: note })).toHaveAttribute("data-visibility", "internal");
  await expect(operator.getByRole("link", { name: "appunto-interno.png" })).toBeVisible();
  await expectAccessible(operator);

  // The customer sees the reply and its file, and neither the note nor the note's file.
  await page.goto(requestUrl);
  await expect(page.getByText(reply)).toBeVisible();
  await expect(page.getByText("orari.png")).toBeVisible();
  await expect(page.getByText(note)).toHaveCount(0);
  await expect(page.getByText("appunto-interno.png")).toHaveCount(0);
  await expectAccessible(page);

  // The reply reaches the customer's mailbox, without the note.
  const replyEmail = await waitForEmail(`Risposta alla segnalazione ${protocol}`);
  expect(replyEmail.text).toContain(reply);
  expect(replyEmail.text).not.toContain(note);

  // The operator resolves the request.
  await operator.reload();
  await changeState(operator, "Nuova", "In lavorazione");
  await changeState(operator, "In lavorazione", "Risolta");
  await expectAccessible(operator);
  await operatorContext.close();

  const resolvedEmail = await waitForEmail(`Segnalazione ${protocol} risolta`);
  expect(resolvedEmail.text).not.toContain(note);

  // The customer rates the reply.
  await page.goto(requestUrl);
  await expect(page.getByTestId("rating-form")).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("5 - Molto soddisfatto").check();
  await page.getByLabel(/^Commento/).fill("Risposta chiara e veloce.");
  await page.getByRole("button", { name: "Invia la valutazione" }).click();
  await expect(page.getByText("La tua valutazione: 5 su 5.")).toBeVisible();
  await expectAccessible(page);
});
