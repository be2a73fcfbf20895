import { signIn } from "./support/accounts";
import { expect, expectAccessible, test } from "./support/fixtures";

test("Italian is the default language", async ({ page }) => {
  await page.goto("/");

  await expect(page.locator("html")).toHaveAttribute("lang", "it");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
});

test("switch to English and back", async ({ page }) => {
  await page.goto("/contatti");

  await page.getByRole("button", { name: "English" }).click();

  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page).toHaveURL("/contatti");
  await expect(page.getByRole("link", { name: "Skip to main content" })).toBeAttached();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Italiano" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "it");
});

test("Arabic renders right to left", async ({ page }) => {
  await page.goto("/");

  await page.getByRole("button", { name: "العربية" }).click();

  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expectAccessible(page);
});

test("tenant area in Arabic stays right to left", async ({ page }) => {
  await signIn(page, "inquilino@sportello-mm.test");

  await page.getByRole("button", { name: "العربية" }).click();

  await expect(page).toHaveURL("/sportello-virtuale");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessible(page);
});
