import { signIn } from "./support/accounts";
import { expect, expectAccessible, test } from "./support/fixtures";

const dashboardPath = "/back-office/cruscotto";

test("supervisor changes the dashboard period", async ({ page }) => {
  await signIn(page, "supervisore@sportello-mm.test");
  await page.goto("/back-office");
  await page.getByRole("link", { name: "Cruscotto" }).first().click();

  await expect(page.getByRole("heading", { level: 1, name: "Cruscotto" })).toBeVisible();
  await expect(page.getByTestId("dashboard-period")).toContainText("Periodo mostrato: dal");
  await expectAccessible(page);

  await page.getByLabel("Dal", { exact: true }).fill("2026-01-01");
  await page.getByLabel("Al", { exact: true }).fill("2026-11-30");
  await page.getByRole("button", { name: "Aggiorna" }).click();

  await expect(page).toHaveURL(/dal=2026-01-01&al=2026-11-30/);
  await expect(page.getByTestId("dashboard-period")).toHaveText("Periodo mostrato: dal 01/01/2026 al 30/11/2026.");

  // The seed opens tickets in both divisions during 2026, so both indicator tables show a count above zero.
  for (const division of ["sii", "casa"]) {
    const indicators = page.getByTestId(`tickets-${division}`).getByRole("table").first();
    const opened = indicators.getByRole("row", { name: /Aperte nel periodo/ });
    await expect(opened.getByRole("cell")).toHaveText(/^[1-9][\d.]*$/);
  }
  await expect(page.getByRole("heading", { level: 2, name: "Soddisfazione dei clienti" })).toBeVisible();
  // The seed rates part of the resolved tickets of both divisions.
  const ratings = page.getByRole("table", { name: "Valutazioni ricevute nel periodo per divisione" });
  for (const division of ["Servizio Idrico Integrato", "Divisione Casa"]) {
    const row = ratings.getByRole("row", { name: new RegExp(division) });
    await expect(row.getByRole("cell").first()).toHaveText(/^[1-9][\d.]*$/);
  }
  await expect(page.getByRole("heading", { level: 2, name: "Anagrafe utenza" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Componenti dei nuclei per fascia d'età" })).toBeVisible();
  await expectAccessible(page);
});

test("invalid dashboard period keeps the default", async ({ page }) => {
  await signIn(page, "supervisore@sportello-mm.test");
  await page.goto(`${dashboardPath}?dal=2026-03-10&al=2026-03-01`);

  await expect(page.getByText("La data di inizio viene dopo la data di fine.").first()).toBeVisible();
  await expect(page.getByLabel("Dal", { exact: true })).toHaveValue("2026-03-10");
  await expectAccessible(page);
});

test("tenant gets 403 on the dashboard", async ({ page, consoleErrors }) => {
  await signIn(page, "inquilino@sportello-mm.test");
  const missing: string[] = [];
  page.on("response", (reply) => {
    if (reply.status() === 404) missing.push(new URL(reply.url()).pathname);
  });
  const response = await page.goto(dashboardPath);

  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Non hai accesso a questa pagina" })).toBeVisible();

  // Chromium reports the refused document itself as a console error; it is the expected 403.
  // The portal serves no /favicon.ico, and Chromium may request it for the 403 page.
  const onlyFaviconMissing = missing.every((path) => path === "/favicon.ico");
  const unexpected = consoleErrors.filter((message) => !message.includes("status of 403") && !(onlyFaviconMissing && message.includes("status of 404")));
  consoleErrors.splice(0, consoleErrors.length, ...unexpected);
});
