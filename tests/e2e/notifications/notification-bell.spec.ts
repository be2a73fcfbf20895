import { signIn } from "../support/accounts";
import { expect, expectAccessible, test } from "../support/fixtures";

const bellName = /^Notifiche: (nessuna non letta|\d+ non lett[ae])$/;

test("signed-in holder sees the notification bell", async ({ page }) => {
  await signIn(page, "titolare@sportello-mm.test");

  const bell = page.getByRole("banner").getByRole("link", { name: bellName });
  await expect(bell).toBeVisible();
  await expectAccessible(page);

  await bell.click();

  await expect(page).toHaveURL("/notifiche");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessible(page);
});

test("visitor sees no notification bell", async ({ page }) => {
  await page.goto("/");

  await expect(page.getByTestId("notification-bell")).toHaveCount(0);
});
