import { signIn } from "./support/accounts";
import { expect, expectAccessible, test } from "./support/fixtures";

test("visitor is sent to sign-in and back", async ({ page }) => {
  await page.goto("/sportello-online");
  await expect(page).toHaveURL(/\/accedi\?callbackUrl=%2Fsportello-online/);
  await expectAccessible(page);

  await signIn(page, "titolare@sportello-mm.test");

  await expect(page).toHaveURL("/sportello-online");
});

test("tenant opening the back-office gets 403", async ({ page, consoleErrors }) => {
  await signIn(page, "inquilino@sportello-mm.test");

  const response = await page.goto("/back-office");

  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Non hai accesso a questa pagina" })).toBeVisible();
  await expectAccessible(page);
  // Chromium reports the refused document itself as a console error; it is the expected 403.
  const unexpected = consoleErrors.filter((message) => !message.includes("status of 403"));
  consoleErrors.splice(0, consoleErrors.length, ...unexpected);
});

test("external callback URL is ignored", async ({ page }) => {
  await page.goto("/accedi?callbackUrl=https%3A%2F%2Fexample.org%2F");
  await signIn(page, "titolare@sportello-mm.test");

  await expect(page).toHaveURL("/sportello-online");
});
