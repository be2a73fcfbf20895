import { expect, expectAccessible, test } from "./support/fixtures";

const publicPages = ["/", "/contatti", "/carta-dei-servizi", "/accessibilita", "/privacy", "/accedi"];

for (const path of publicPages) {
  test(`public page ${path} is accessible`, async ({ page }) => {
    const response = await page.goto(path);

    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page).toHaveTitle(/Sportello MM/);
    await expectAccessible(page);
  });
}

test("footer lists both contact numbers", async ({ page }) => {
  await page.goto("/");

  const footer = page.getByRole("contentinfo");
  await expect(footer).toContainText("800 021 800");
  await expect(footer).toContainText("800 013 191");
  await expect(footer.locator('[data-element="accessibility-link"]')).toHaveAttribute("href", "/accessibilita");
  await expect(footer.locator('[data-element="privacy-policy-link"]')).toHaveAttribute("href", "/privacy");
});

test("skip link moves focus to the content", async ({ page }) => {
  await page.goto("/");

  await page.keyboard.press("Tab");
  const skipLink = page.getByRole("link", { name: "Vai al contenuto principale" });
  await expect(skipLink).toBeFocused();
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(/#contenuto$/);
});

test("responses carry the security headers", async ({ page }) => {
  const response = await page.goto("/");
  const headers = response?.headers() ?? {};

  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+'/);
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  // The end-to-end server runs a production build, where HSTS is on.
  expect(headers["strict-transport-security"]).toBe("max-age=31536000");
});

test("health endpoint reports the database and migrations", async ({ request }) => {
  const response = await request.get("/api/health");
  const body = await response.json();

  expect(response.status()).toBe(200);
  expect(body.status).toBe("ok");
  expect(body.database.reachable).toBe(true);
  expect(body.migrations.upToDate).toBe(true);
});
