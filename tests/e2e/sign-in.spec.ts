import { demoAccounts, signIn, tenantHolderEmail } from "./support/accounts";
import { expect, expectAccessible, test } from "./support/fixtures";

for (const account of demoAccounts) {
  test(`${account.role} lands on ${account.home}`, async ({ page }) => {
    await signIn(page, account.email);

    await expect(page).toHaveURL(account.home);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectAccessible(page);
  });
}

test("tenant who holds a supply sees both counters", async ({ page }) => {
  await signIn(page, tenantHolderEmail);

  const navigation = page.getByRole("navigation", { name: "Aree riservate" });
  await expect(navigation.getByRole("link", { name: "Sportello Online" })).toBeVisible();
  await expect(navigation.getByRole("link", { name: "Sportello Virtuale" })).toBeVisible();
});

test("wrong password shows a neutral message and keeps the e-mail", async ({ page }) => {
  await page.goto("/accedi");
  await page.getByLabel("Indirizzo e-mail").fill("titolare@sportello-mm.test");
  await page.getByLabel(/^Password/).fill("password-sbagliata");
  await page.getByRole("button", { name: "Accedi", exact: true }).click();

  await expect(page.getByText("Indirizzo e-mail o password non corretti.")).toBeVisible();
  await expect(page.getByLabel("Indirizzo e-mail")).toHaveValue("titolare@sportello-mm.test");
  await expect(page).toHaveURL(/\/accedi/);
  await expectAccessible(page);
});

test("empty form shows field errors", async ({ page }) => {
  await page.goto("/accedi");
  await page.getByRole("button", { name: "Accedi", exact: true }).click();

  await expect(page.getByText("Inserisci l'indirizzo e-mail.").first()).toBeVisible();
  await expect(page.getByLabel("Indirizzo e-mail")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);
});

test("sign-out ends the session", async ({ page }) => {
  await signIn(page, "titolare@sportello-mm.test");

  await page.getByRole("button", { name: "Esci" }).click();
  await page.waitForURL((url) => url.pathname === "/" || url.pathname === "/accedi");

  await page.goto("/sportello-online");
  await expect(page).toHaveURL(/\/accedi\?callbackUrl=%2Fsportello-online/);
});

test("a session cookie copied before sign-out stops working", async ({ page, browser }) => {
  await signIn(page, "titolare@sportello-mm.test");
  const copiedCookies = await page.context().cookies();

  await page.getByRole("button", { name: "Esci" }).click();
  await page.waitForURL((url) => url.pathname === "/" || url.pathname === "/accedi");

  const otherContext = await browser.newContext();
  await otherContext.addCookies(copiedCookies);
  const otherPage = await otherContext.newPage();
  await otherPage.goto("/sportello-online");
  await expect(otherPage).toHaveURL(/\/accedi\?callbackUrl=%2Fsportello-online/);
  await otherContext.close();
});

test("the sign-in library's own sign-out page leads to the Italian sign-in page", async ({ page }) => {
  await page.goto("/api/auth/signout");

  await expect(page).toHaveURL(/\/accedi$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accedi allo Sportello MM");
});
